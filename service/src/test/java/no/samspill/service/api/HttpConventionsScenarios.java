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
}
