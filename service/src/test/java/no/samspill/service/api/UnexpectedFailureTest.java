package no.samspill.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;

/** An unexpected failure answers as the contract says every refusal does: a problem, 500, with no internals. */
class UnexpectedFailureTest {

    @Test
    void a_bug_is_a_500_problem_that_tells_nothing_of_the_failure() {
        try (RunningSamspill samspill = RunningSamspill.start("demo,unexpected-failure",
                Map.of("spring.datasource.url", "jdbc:h2:mem:failure;DB_CLOSE_DELAY=-1"))) {
            Http.Response failed = Http.as(samspill.baseUrl(), "io-sak", "demo")
                    .get("/api/v1/municipalities/NO-3118/inquiries/unexpected-failure");
            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(failed.json().get("status").asInt()).isEqualTo(500);
            assertThat(failed.json().get("detail").asText()).contains("reference");
            assertThat(failed.body()).doesNotContain("internal detail", "IllegalStateException", "at no.samspill");
        }
    }
}
