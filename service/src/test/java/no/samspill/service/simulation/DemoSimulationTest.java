package no.samspill.service.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.workflows.inquiry.ServicePointDirectory;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
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
        assertThat(byModel.get("pac-man").get("notHandledLocallyShare").asDouble()).isGreaterThan(0.1);
        assertThat(byModel.get("hybrid").get("notHandledLocallyReasons").has("offered-at-other-location")).isTrue();
        assertThat(byModel.get("one-door-in").get("referralsPerInquiry").asDouble()).isGreaterThan(0.1);
        assertThat(byModel.get("pac-man").get("simulatedInquiries").asLong())
                .isEqualTo(byModel.get("pac-man").get("inquiries").asLong());
    }

    /**
     * The simulator routes through the real decision and lets the real aggregate judge: each simulated inquiry's
     * stored route is what the routing table gives its service, channel and model at its service point (the
     * table's inputs read here from the service point's catalogue), and what is resolved after a route away is
     * never first contact, in the stored event itself.
     */
    @Test
    void every_simulated_inquiry_is_routed_by_the_real_decision_and_judged_by_the_real_aggregate() {
        long inquiries = count("select inquiries from simulation_run");
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(count("select count(*) from analytics_inquiry where route is not null")).isEqualTo(inquiries));
        DecisionService decisions = samspill.bean(DecisionService.class);
        ServicePointDirectory directory = samspill.bean(ServicePointDirectory.class);
        List<Map<String, Object>> rows = samspill.database().queryForList("select municipality, service_point, model, "
                + "service, channel, route, handled_locally from analytics_inquiry where simulated = true");
        Map<String, Long> routes = new TreeMap<>();
        for (Map<String, Object> row : rows) {
            ServicePointSummary place = directory.find(new ServicePointId(
                    new MunicipalityCode((String) row.get("MUNICIPALITY")), (String) row.get("SERVICE_POINT"))).orElseThrow();
            ServiceCode service = ServiceCode.fromCode((String) row.get("SERVICE"));
            boolean offeredElsewhere = directory.offeringElsewhere(place.id(), service).isPresent();
            Map<String, Object> inputs = Map.of("model", row.get("MODEL"), "channel", row.get("CHANNEL"),
                    "offeredHere", place.catalogue().containsKey(service),
                    "offeredElsewhere", offeredElsewhere,
                    "neededCompetence", place.catalogue().getOrDefault(service, service.defaultCompetence()).code());
            DmnDecisionRuleResult decided = decisions.evaluateDecisionTableByKey("inquiry-routing", inputs)
                    .getSingleResult();
            assertThat(row.get("ROUTE")).as("route of %s", row).isEqualTo(decided.getEntry("route"));
            assertThat(row.get("HANDLED_LOCALLY")).as("handled locally, %s", row)
                    .isEqualTo(decided.getEntry("handledLocally"));
            routes.merge(row.get("MODEL") + " " + row.get("ROUTE"), 1L, Long::sum);
        }
        // Every model's distinctive routes occur, so the comparison above covered them
        assertThat(routes).containsKeys("hybrid refer-to-other-location", "hybrid serve-here",
                "pac-man route-out-digitally", "pac-man serve-here", "one-door-in send-to-desk",
                "total-collaboration serve-here");
        // The stored resolution after a route away says "not first contact": the aggregate's word, not a fix-up
        List<String> resolvedAfterRouteAway = samspill.database().queryForList("select cast(e.payload as varchar) "
                + "from domain_event_entry e join analytics_inquiry a on a.inquiry_id = e.aggregate_identifier "
                + "where a.route in ('refer-to-other-location', 'route-out-digitally', 'refer-outside') "
                + "and e.payload_type like '%InquiryResolved'", String.class);
        assertThat(resolvedAfterRouteAway).hasSizeGreaterThan(20)
                .allMatch(payload -> payload.contains("\"firstContact\":false"));
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
