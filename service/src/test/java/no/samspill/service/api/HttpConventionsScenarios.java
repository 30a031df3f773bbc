package no.samspill.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;

/** HTTP as a case system's client library expects it: every refusal a problem, CSV by content negotiation too. */
public interface HttpConventionsScenarios {

    RunningSamspill samspill();

    @Test
    default void an_unknown_path_and_a_method_the_path_does_not_take_are_answered_as_problems() {
        Http ioSak = Http.as(samspill().baseUrl(), "io-sak", "demo");

        Http.Response unknown = ioSak.get("/api/v1/municipalities/NO-3118/inquirys");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(unknown.json().get("detail").asText()).contains("/api/v1/municipalities/NO-3118/inquirys");

        Http.Response wrongMethod = ioSak.send(ioSak.request("/api/v1/municipalities/NO-3118/inquiries").DELETE());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(wrongMethod.header("Allow")).contains("POST");
        assertThat(wrongMethod.json().get("status").asInt()).isEqualTo(405);
    }

    @Test
    default void accept_text_csv_gives_the_same_csv_as_format_csv() {
        Http admin = Http.as(samspill().baseUrl(), "admin", "demo");
        String models = "/api/v1/analytics/models?from=2025-03-03&to=2025-03-16";

        Http.Response negotiated = admin.send(admin.request(models).header("Accept", "text/csv"));

        assertThat(negotiated.status()).as(negotiated.toString()).isEqualTo(200);
        assertThat(negotiated.header("Content-Type")).startsWith("text/csv");
        assertThat(negotiated.body()).isEqualTo(admin.get(models + "&format=csv").body()).startsWith("\uFEFFmodel,");
        // A client that takes JSON (or anything) still gets JSON
        assertThat(admin.send(admin.request(models).header("Accept", "application/json, text/csv")).header(
                "Content-Type")).startsWith("application/json");
    }

    @Test
    default void an_answer_the_client_cannot_take_and_a_body_it_did_not_send_as_json_are_problems() {
        Http ioSak = Http.as(samspill().baseUrl(), "io-sak", "demo");
        long before = samspill().database().queryForObject("select count(*) from domain_event_entry", Long.class);

        Http.Response xml = ioSak.send(ioSak.request("/api/v1/municipalities/NO-3118/inquiries")
                .header("Accept", "application/xml"));
        assertThat(xml.status()).isEqualTo(406);
        assertThat(xml.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(xml.json().get("status").asInt()).isEqualTo(406);

        Http.Response text = ioSak.send(ioSak.request("/api/v1/municipalities/NO-3118/inquiries")
                .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "servicePoint=mysen")));
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(text.json().get("status").asInt()).isEqualTo(415);
        assertThat(samspill().database().queryForObject("select count(*) from domain_event_entry", Long.class))
                .as("nothing registered").isEqualTo(before);
    }

    /** A read answers with an ETag; asked again with it in If-None-Match, 304 and no body until the answer changes. */
    @Test
    default void a_read_carries_an_etag_and_an_unchanged_answer_is_not_sent_again() {
        Http ioSak = Http.as(samspill().baseUrl(), "io-sak", "demo");
        Http.Response registered = ioSak.postJson("/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen",
                "channel", "phone", "service", "passport");
        String inquiry = "/api/v1/municipalities/NO-3118/inquiries/" + registered.json().get("id").asText();

        Http.Response first = ioSak.get(inquiry);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        Http.Response again = ioSak.send(ioSak.request(inquiry).header("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);

        // Changed (withdrawn): the same ETag no longer matches, and the new answer comes
        ioSak.postJson(inquiry + "/withdrawal", "reason", "registered-by-mistake");
        Http.Response changed = ioSak.send(ioSak.request(inquiry).header("If-None-Match", etag));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("status").asText()).isEqualTo("withdrawn");
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }
}
