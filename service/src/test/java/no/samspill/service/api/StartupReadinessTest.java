package no.samspill.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import no.samspill.core.shared.MunicipalTime;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case system that calls as soon as the port opens, while the demo is still being set up: it gets 503 with
 * {@code Retry-After} (never a 401 for credentials about to exist), readiness says so, and once ready it is served.
 */
@Timeout(300) // a start that fails must end the polling loops below, not spin forever
class StartupReadinessTest {

    @Test
    void requests_during_start_up_get_503_never_401_and_readiness_tells_the_truth(@TempDir Path folder) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String base = "http://localhost:" + port;
        CompletableFuture<RunningSamspill> starting = CompletableFuture.supplyAsync(() -> RunningSamspill.start("demo",
                Map.of("server.port", port, "spring.datasource.url",
                        "jdbc:h2:file:" + folder.resolve("samspill") + ";DB_CLOSE_ON_EXIT=FALSE")));
        List<Integer> answers = new ArrayList<>();
        List<Integer> readiness = new ArrayList<>();
        Http caseSystem = Http.as(base, "io-sak", "demo");
        while (!starting.isDone()) {
            try {
                Http.Response answer = caseSystem.get("/api/v1/municipalities/NO-3118/service-points");
                answers.add(answer.status());
                if (answer.status() == 503) {
                    assertThat(answer.header("Retry-After")).isEqualTo("5");
                    assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
                }
                readiness.add(Http.anonymous(base).get("/actuator/health/readiness").status());
            } catch (UncheckedIOException notListeningYet) {
                Thread.sleep(20);
            }
        }
        try (RunningSamspill samspill = starting.get()) {
            assertThat(answers).as("answers while starting").isNotEmpty().doesNotContain(401, 403, 500)
                    .contains(503);
            assertThat(readiness).as("readiness while starting").contains(503);
            assertThat(caseSystem.get("/api/v1/municipalities/NO-3118/service-points").status()).isEqualTo(200);
            assertThat(Http.anonymous(base).get("/actuator/health/readiness").status()).isEqualTo(200);
        }
    }

    /**
     * With the simulated history written at start, the analytics processor still has thousands of events to read
     * when the application has started: readiness waits for it, so the first figure served already counts every
     * simulated inquiry (the count the simulation itself recorded, not one the analytics computed).
     */
    @Test
    void the_first_analytics_answer_after_start_counts_the_whole_simulated_history(@TempDir Path folder)
            throws Exception {
        assertEveryFigureCountsTheWholeHistory(folder, Map.of());
    }

    /**
     * Analytics that are slow or stuck do not keep the node from serving for longer than the readiness wait (here
     * none at all): the node serves, and only the figures answer 503 until the analytics have caught up.
     */
    @Test
    void past_the_readiness_wait_the_node_serves_and_only_the_figures_wait(@TempDir Path folder) throws Exception {
        assertEveryFigureCountsTheWholeHistory(folder, Map.of("samspill.analytics.readiness-wait", "PT0S"));
    }

    private static void assertEveryFigureCountsTheWholeHistory(Path folder, Map<String, Object> settings)
            throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String base = "http://localhost:" + port;
        Map<String, Object> all = new java.util.HashMap<>(settings);
        all.putAll(Map.of("server.port", port, "samspill.simulation.enabled", true, "samspill.simulation.days", 150,
                "spring.datasource.url", "jdbc:h2:file:" + folder.resolve("samspill") + ";DB_CLOSE_ON_EXIT=FALSE"));
        CompletableFuture<RunningSamspill> starting = CompletableFuture.supplyAsync(() -> RunningSamspill.start("demo",
                all));
        Http admin = Http.as(base, "admin", "demo");
        LocalDate today = LocalDate.now(MunicipalTime.ZONE);
        String models = "/api/v1/analytics/models?from=" + today.minusDays(400) + "&to=" + today;
        List<Long> counted = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        while (!starting.isDone()
                || !starting.isCompletedExceptionally() && answers.stream().noneMatch(status -> status == 200)) {
            try {
                Http.Response answer = admin.get(models);
                answers.add(answer.status());
                if (answer.status() == 200) {
                    counted.add(StreamSupport.stream(answer.json().spliterator(), false)
                            .mapToLong(row -> row.get("measures").get("inquiries").asLong()).sum());
                } else if (answer.status() == 503) {
                    assertThat(answer.header("Retry-After")).isNotBlank();
                } else if (starting.isDone()) {
                    Thread.sleep(50); // (a figure refused after the start: asked again a little later)
                }
            } catch (UncheckedIOException notListeningYet) {
                Thread.sleep(20);
            }
        }
        try (RunningSamspill samspill = starting.get()) {
            Long simulated = samspill.database().queryForObject("select inquiries from simulation_run", Long.class);
            assertThat(simulated).isGreaterThan(1000);
            assertThat(answers).as("answers while starting").doesNotContain(401, 403, 500).contains(503);
            assertThat(counted).as("every analytics answer, from the first on").isNotEmpty()
                    .allMatch(simulated::equals);
        }
    }
}
