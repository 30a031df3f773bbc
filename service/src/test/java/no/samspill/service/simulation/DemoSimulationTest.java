package no.samspill.service.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default with {@code samspill.simulation.enabled=true}: a simulated history, marked as such, that
 * gives the analytics figures that differ by model, and Krona's model change with inquiries on both sides.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSimulationTest {

    private static final int DAYS = 60;

    private RunningSamspill samspill;

    @BeforeAll
    void start(@TempDir Path dataDirectory) {
        samspill = RunningSamspill.start("demo", Map.of(
                "spring.datasource.url", "jdbc:h2:file:" + dataDirectory.resolve("samspill") + ";DB_CLOSE_ON_EXIT=FALSE",
                "samspill.simulation.enabled", "true",
                "samspill.simulation.days", DAYS));
    }

    @AfterAll
    void stop() {
        samspill.close();
    }

    private long count(String sql, Object... arguments) {
        return samspill.database().queryForObject(sql, Long.class, arguments);
    }

    @Test
    void the_simulated_history_is_marked_and_gives_figures_that_differ_by_model() {
        long inquiries = count("select inquiries from simulation_run");
        assertThat(inquiries).isGreaterThan(DAYS * 5L);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(count("select count(*) from analytics_inquiry where simulated = true")).isEqualTo(inquiries));
        // Every simulated event says so in its metadata
        String anyInquiry = samspill.database().queryForObject(
                "select inquiry_id from analytics_inquiry where simulated = true fetch first 1 rows only", String.class);
        assertThat(samspill.database().query("select meta_data from domain_event_entry where aggregate_identifier = ?",
                (row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8), anyInquiry))
                .isNotEmpty().allMatch(metadata -> metadata.contains("\"simulated\":true"));

        LocalDate today = LocalDate.now();
        JsonNode models = Http.as(samspill.baseUrl(), "eva", "demo").get("/api/v1/analytics/models?from="
                + today.minusDays(DAYS) + "&to=" + today).json();
        Map<String, JsonNode> byModel = new HashMap<>();
        models.forEach(row -> byModel.put(row.get("model").asText(), row.get("measures")));
        assertThat(byModel).containsOnlyKeys("total-collaboration", "one-door-in", "hybrid", "pac-man");
        assertThat(byModel.get("total-collaboration").get("notHandledLocallyShare").asDouble()).isZero();
        assertThat(byModel.get("pac-man").get("notHandledLocallyShare").asDouble()).isGreaterThan(0.2);
        assertThat(byModel.get("hybrid").get("notHandledLocallyReasons").has("offered-at-other-location")).isTrue();
        assertThat(byModel.get("one-door-in").get("referralsPerInquiry").asDouble()).isGreaterThan(0.2);
        assertThat(byModel.get("pac-man").get("simulatedInquiries").asLong())
                .isEqualTo(byModel.get("pac-man").get("inquiries").asLong());
    }

    @Test
    void kronas_model_change_has_inquiries_on_both_sides_and_the_history_is_written_once() {
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            JsonNode figures = Http.as(samspill.baseUrl(), "kongsberg-sak", "demo")
                    .get("/api/v1/analytics/service-points/NO-3303/krona/model-change?days=20").json();
            assertThat(figures.get("change").get("previousModel").asText()).isEqualTo("total-collaboration");
            assertThat(figures.get("change").get("model").asText()).isEqualTo("one-door-in");
            assertThat(figures.get("before").get("measures").get("inquiries").asLong()).isPositive();
            assertThat(figures.get("after").get("measures").get("inquiries").asLong()).isPositive();
        });
        long events = count("select count(*) from domain_event_entry");

        samspill.bean(DemoSimulation.class).simulateOnce();

        assertThat(count("select count(*) from domain_event_entry")).isEqualTo(events);
        assertThat(count("select count(*) from simulation_run")).isOne();
    }
}
