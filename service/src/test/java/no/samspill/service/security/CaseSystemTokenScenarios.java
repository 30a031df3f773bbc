package no.samspill.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import no.samspill.service.support.Http;
import no.samspill.service.support.Problems;
import no.samspill.service.support.RunningSamspill;
import no.samspill.service.support.TestTokenIssuer;
import org.junit.jupiter.api.Test;

/**
 * Case systems with OAuth2 bearer tokens (JWT), the production option: a valid token acts as its registered client,
 * bound to that client's municipality; an expired, foreign or forged token is a 401 problem and changes nothing.
 */
public interface CaseSystemTokenScenarios {

    String MYSEN_INQUIRIES = "/api/v1/municipalities/NO-3118/inquiries";
    String NEW_INQUIRY = "{\"servicePoint\":\"mysen\",\"channel\":\"digital\",\"service\":\"forms\"}";

    RunningSamspill samspill();

    TestTokenIssuer tokens();

    private Http withToken(String token) {
        return Http.bearer(samspill().baseUrl(), token);
    }

    private long events() {
        return samspill().database().queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    default void a_case_system_with_a_valid_token_acts_as_its_registered_client() {
        Http.Response created = withToken(tokens().tokenFor("io-sak")).post(MYSEN_INQUIRIES, NEW_INQUIRY);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String metadata = samspill().database().queryForObject("select meta_data from domain_event_entry "
                        + "where aggregate_identifier = ? and sequence_number = 0",
                (row, n) -> new String(row.getBytes(1), java.nio.charset.StandardCharsets.UTF_8),
                created.json().get("id").asText());
        assertThat(metadata).contains("case-system:io-sak");
    }

    @Test
    default void a_token_is_bound_to_its_clients_municipality() {
        Http kongsberg = withToken(tokens().tokenFor("kongsberg-sak"));
        String mysenInquiry = Http.as(samspill().baseUrl(), "io-sak", "demo").post(MYSEN_INQUIRIES, NEW_INQUIRY)
                .json().get("id").asText();

        assertThat(kongsberg.get(MYSEN_INQUIRIES + "/" + mysenInquiry).status()).isEqualTo(404);
        assertThat(kongsberg.get("/api/v1/municipalities/NO-3303/inquiries/" + mysenInquiry).status()).isEqualTo(404);
        assertThat(kongsberg.get("/api/v1/municipalities/NO-3118/service-points").status()).isEqualTo(404);
        assertThat(kongsberg.post(MYSEN_INQUIRIES, NEW_INQUIRY).status()).isEqualTo(404);
    }

    @Test
    default void a_client_may_do_only_what_its_permissions_and_its_tokens_scopes_allow() {
        // A token's scopes narrow what the client may do: an inquiries-only token registers, but changes no catalogue
        Http inquiriesOnly = withToken(tokens().tokenFor("io-sak", "inquiries some-other-api"));
        assertThat(inquiriesOnly.post(MYSEN_INQUIRIES, NEW_INQUIRY).status()).isEqualTo(201);
        Problems.assertProblemStatus(inquiriesOnly.get("/api/v1/municipalities/NO-3118/service-points"), 403);
        Problems.assertProblemStatus(inquiriesOnly.get("/api/v1/analytics/models?from=2026-01-01&to=2026-12-31"), 403);

        // A client registered for analytics only reads them, with Basic or a token, and registers nothing
        Http statistics = Http.as(samspill().baseUrl(), "io-statistikk", "demo");
        assertThat(statistics.get("/api/v1/analytics/models?from=2026-01-01&to=2026-12-31").status()).isEqualTo(200);
        long before = events();
        Problems.assertProblemStatus(statistics.post(MYSEN_INQUIRIES, NEW_INQUIRY), 403);
        Problems.assertProblemStatus(withToken(tokens().tokenFor("io-statistikk")).post(MYSEN_INQUIRIES, NEW_INQUIRY), 403);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    default void expired_foreign_forged_and_unknown_client_tokens_are_refused_and_change_nothing() {
        long before = events();
        for (String token : new String[] {tokens().expiredTokenFor("io-sak"), tokens().tokenFromAnotherIssuerFor("io-sak"),
                tokens().forgedTokenFor("io-sak"), tokens().tokenFor("no-such-client"), "not-a-token",
                tokens().tokenForAnotherAudienceFor("io-sak"), tokens().tokenWithoutClientIdFor("io-sak")}) {
            Http.Response refused = withToken(token).post(MYSEN_INQUIRIES, NEW_INQUIRY);

            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(refused.json().get("detail").asText()).startsWith("The bearer token was refused");
        }
        assertThat(events()).isEqualTo(before);
    }
}
