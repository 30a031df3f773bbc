package no.samspill.service.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions on RFC 9457 problem answers. */
public final class Problems {

    private Problems() {
    }

    /** The answer is an RFC 9457 problem of {@code status}. */
    public static void assertProblemStatus(Http.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
    }

    /** The answer is a problem of {@code status} whose first error names {@code field} with a reason starting so. */
    public static void assertProblem(Http.Response response, int status, String field, String reasonStart) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asText()).as(response.toString()).isEqualTo(field);
        assertThat(error.get("reason").asText()).as(response.toString()).startsWith(reasonStart);
    }
}
