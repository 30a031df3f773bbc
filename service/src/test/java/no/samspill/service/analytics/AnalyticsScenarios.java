package no.samspill.service.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import no.samspill.service.support.CapturedLogs;
import no.samspill.service.support.Http;
import no.samspill.service.support.Problems;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;

/**
 * Evaluation figures built from the event log only: they follow what staff do, a replay rebuilds them identically
 * (with its progress shown), erasing personal data changes none of them, and each caller sees only the
 * municipalities it may.
 */
public interface AnalyticsScenarios {

    RunningSamspill samspill();

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }

    private static String modelsToday() {
        return "/api/v1/analytics/models?from=" + today() + "&to=" + today();
    }

    private Http as(String user) {
        return Http.as(samspill().baseUrl(), user, "demo");
    }

    /** A Mysen inquiry that Kari hands over to another unit of the municipality, named with Norwegian letters. */
    private String handedOverToAUnit() {
        String id = as("io-sak").postJson("/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen",
                "channel", "phone", "service", "housing").json().get("id").asText();
        Http kari = as("kari");
        String desk = kari.get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0).get("id").asText();
        kari.postJson("/engine-rest/task/" + desk + "/claim", "userId", "kari");
        kari.post("/engine-rest/task/" + desk + "/submit-form", "{\"variables\":{\"outcome\":{\"value\":\"referred\"},"
                + "\"competence\":{\"value\":\"citizen-service\"},\"referralReason\":{\"value\":\"case-processing\"}}}");
        Http per = as("per");
        String referral = per.get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0).get("id").asText();
        per.postJson("/engine-rest/task/" + referral + "/claim", "userId", "per");
        Http.Response handedOver = per.post("/engine-rest/task/" + referral + "/submit-form",
                "{\"variables\":{\"outcome\":{\"value\":\"handed-over\"},\"handOverKind\":{\"value\":\"unit\"},"
                        + "\"handOverTo\":{\"value\":\"Bygg- og miljøetaten\"}}}");
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(204);
        return id;
    }

    private static long modelInquiries(JsonNode rows, String model) {
        for (JsonNode row : rows) {
            if (row.get("model").asText().equals(model)) {
                return row.get("measures").get("inquiries").asLong();
            }
        }
        return 0;
    }

    @Test
    default void figures_follow_the_event_log_and_a_replay_rebuilds_them_identically() {
        Http ioSak = as("io-sak");
        long before = modelInquiries(ioSak.get(modelsToday()).json(), "total-collaboration");
        handedOverToAUnit();

        // The streaming processor catches up with the new events
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(modelInquiries(ioSak.get(modelsToday()).json(), "total-collaboration")).isEqualTo(before + 1);
            assertThat(ioSak.get("/api/v1/analytics/referrals?from=" + today() + "&to=" + today()).body())
                    .contains("\"from\":\"generalist\",\"to\":\"citizen-service\"")
                    .contains("\"to\":\"Bygg- og miljøetaten\"");
        });
        String models = ioSak.get(modelsToday()).body();
        String referrals = ioSak.get("/api/v1/analytics/referrals?from=" + today() + "&to=" + today()).body();

        try (CapturedLogs logs = CapturedLogs.start()) {
            Http.Response started = as("admin").post("/api/v1/analytics/replay", "");
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            assertThat(started.json().get("eventsTotal").asLong()).isPositive();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(as("admin").get("/api/v1/analytics/replay").json().get("state").asText()).isEqualTo("done"));
            JsonNode done = as("admin").get("/api/v1/analytics/replay").json();
            assertThat(done.get("eventsDone").asLong()).isEqualTo(done.get("eventsTotal").asLong());
            assertThat(logs.lines()).anyMatch(line -> line.startsWith("Analytics replay started"));
        }
        assertThat(ioSak.get(modelsToday()).body()).isEqualTo(models);
        assertThat(ioSak.get("/api/v1/analytics/referrals?from=" + today() + "&to=" + today()).body()).isEqualTo(referrals);
    }

    private void replayAndWait() {
        assertThat(as("admin").post("/api/v1/analytics/replay", "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(as("admin").get("/api/v1/analytics/replay").json().get("state").asText()).isEqualTo("done"));
    }

    @Test
    default void erasing_personal_data_changes_no_figure_even_after_a_replay() {
        Http ioSak = as("io-sak");
        String citizen = ioSak.postJson("/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen",
                "channel", "digital", "service", "forms", "citizenId", "15058545640").json().get("citizen").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(samspill().database().queryForObject("select count(*) from analytics_inquiry", Long.class))
                        .isEqualTo(samspill().database().queryForObject(
                                "select count(*) from domain_event_entry where payload_type like '%InquiryRegistered'",
                                Long.class)));
        String models = ioSak.get(modelsToday()).body();

        assertThat(ioSak.send(ioSak.request("/api/v1/municipalities/NO-3118/citizens/" + citizen).DELETE()).status())
                .isEqualTo(204);

        assertThat(ioSak.get(modelsToday()).body()).isEqualTo(models);
        replayAndWait();
        assertThat(ioSak.get(modelsToday()).body()).isEqualTo(models);
    }

    @Test
    default void each_caller_sees_only_the_municipalities_it_may() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(as("eva").get(modelsToday()).json()).hasSizeGreaterThan(1));
        // A case system sees its own municipality: Kongsberg runs one door in only
        assertThat(as("kongsberg-sak").get(modelsToday()).json())
                .allSatisfy(row -> assertThat(row.get("model").asText()).isEqualTo("one-door-in"));
        assertThat(as("kongsberg-sak").get("/api/v1/analytics/service-points/NO-3118/mysen/model-change").status())
                .isEqualTo(404);
        // Staff work tasks; they read no analytics and start no replay
        Problems.assertProblemStatus(as("kari").get(modelsToday()), 403);
        Problems.assertProblemStatus(as("io-sak").post("/api/v1/analytics/replay", ""), 403);
        Problems.assertProblemStatus(as("eva").post("/api/v1/analytics/replay", ""), 403);
        Problems.assertProblem(as("eva").get("/api/v1/analytics/models?from=2026-12-01&to=2026-11-01"), 400, "to",
                "must not be before from");
    }

    @Test
    default void before_and_after_a_model_change_and_every_table_as_csv() {
        Http drammen = as("drammen-sak");
        String servicePoint = "analyse-" + System.nanoTime() % 100000;
        assertThat(drammen.postJson("/api/v1/municipalities/NO-3301/service-points", "code", servicePoint,
                "name", "Åssiden bibliotek", "model", "hybrid", "desks", java.util.List.of(),
                "catalogue", java.util.Map.of("loans-returns", "library")).status()).isEqualTo(201);
        assertThat(drammen.postJson("/api/v1/municipalities/NO-3301/inquiries", "servicePoint", servicePoint,
                "channel", "phone", "service", "loans-returns").status()).isEqualTo(201);
        assertThat(drammen.postJson("/api/v1/municipalities/NO-3301/service-points/" + servicePoint + "/model-changes",
                "model", "pac-man", "decisionReference", "BST 2026/12", "effectiveFrom", today().plusDays(1).toString())
                .status()).isEqualTo(201);

        String path = "/api/v1/analytics/service-points/NO-3301/" + servicePoint + "/model-change?days=7";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(drammen.get(path).status()).isEqualTo(200));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode figures = drammen.get(path).json();
            assertThat(figures.get("change").get("decisionReference").asText()).isEqualTo("BST 2026/12");
            assertThat(figures.get("before").get("measures").get("inquiries").asLong()).isEqualTo(1);
            assertThat(figures.get("before").get("measures").get("byChannel").get("phone").asLong()).isEqualTo(1);
            assertThat(figures.get("after").get("measures").get("inquiries").asLong()).isZero();
            assertThat(figures.get("difference").get("inquiries").asDouble()).isEqualTo(-1.0);
        });

        Http.Response csv = drammen.get(path + "&format=csv");
        assertThat(csv.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains(".csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFperiod,from,to,model,inquiries,");
        assertThat(lines[1]).startsWith("before,").contains(",hybrid,1,");
        assertThat(lines[2]).startsWith("after,").contains(",pac-man,0,");
        String referrals = new String(as("io-sak").get("/api/v1/analytics/referrals?from=" + today() + "&to="
                + today() + "&format=csv").raw().body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(referrals).startsWith("\uFEFFkind,from,to,count\r\n");
        assertThat(as("eva").get(modelsToday() + "&format=csv").body()).startsWith("\uFEFFmodel,inquiries,");
    }
}
