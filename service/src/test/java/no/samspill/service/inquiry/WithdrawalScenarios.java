package no.samspill.service.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samspill.service.support.Http;
import no.samspill.service.support.Problems;
import no.samspill.service.support.RunningSamspill;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A case system withdraws an inquiry it registered by mistake, twice, or that the citizen no longer wants: the
 * process ends, the open task leaves Tasklist, an event records who withdrew it and why, and the figures count it as
 * the reason says. Bad or late withdrawals are refused and change nothing.
 */
public interface WithdrawalScenarios {

    String KVAEFJORD = "NO-5510";

    RunningSamspill samspill();

    private Http admin() {
        return Http.as(samspill().baseUrl(), "admin", "demo");
    }

    private long count(String sql, Object... arguments) {
        return samspill().database().queryForObject(sql, Long.class, arguments);
    }

    private long eventsOf(String inquiry) {
        return count("select count(*) from domain_event_entry where aggregate_identifier = ?", inquiry);
    }

    /** Kvæfjord, declared for these scenarios alone, so that its figures are only theirs; its case system. */
    private Http kvaefjord() {
        if (admin().get("/api/v1/admin/municipalities/" + KVAEFJORD).status() == 404) {
            List<Map<String, Object>> desks = List.of(Map.of("code", "shared-desk", "name", "Felles skranke",
                    "competence", "generalist"));
            Http.Response declared = admin().put("/api/v1/admin/municipalities/" + KVAEFJORD, Http.json(
                    "name", "Kvæfjord", "language", "nb", "servicePoints", List.of(
                            Map.of("code", "borkenes", "name", "Borkenes bibliotek og servicetorg",
                                    "model", "total-collaboration", "desks", desks),
                            Map.of("code", "tennevoll", "name", "Tennevoll filial", "model", "total-collaboration",
                                    "desks", desks))));
            assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
            assertThat(admin().postJson("/api/v1/admin/case-system-clients", "clientId", "kvaefjord-sak",
                    "municipality", KVAEFJORD, "secret", "kvaefjord-sak-secret-long-enough",
                    "permissions", List.of("inquiries")).status()).isEqualTo(201);
        }
        return Http.as(samspill().baseUrl(), "kvaefjord-sak", "kvaefjord-sak-secret-long-enough");
    }

    private String register(Http caseSystem) {
        return register(caseSystem, "borkenes");
    }

    private String register(Http caseSystem, String servicePoint) {
        Http.Response registered = caseSystem.postJson("/api/v1/municipalities/" + KVAEFJORD + "/inquiries",
                "servicePoint", servicePoint, "channel", "phone", "service", "passport");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().get("id").asText();
    }

    private static String withdrawal(String inquiry) {
        return "/api/v1/municipalities/" + KVAEFJORD + "/inquiries/" + inquiry + "/withdrawal";
    }

    /** Staff resolve it in Tasklist's way (claim, then the form). */
    private void resolve(String inquiry) {
        String task = admin().get("/engine-rest/task?processInstanceBusinessKey=" + inquiry).json().get(0).get("id")
                .asText();
        assertThat(admin().postJson("/engine-rest/task/" + task + "/claim", "userId", "admin").status())
                .isEqualTo(204);
        assertThat(admin().postJson("/engine-rest/task/" + task + "/submit-form", "variables",
                Map.of("outcome", Map.of("value", "resolved"))).status()).isEqualTo(204);
    }

    private long openTasks(String inquiry) {
        return Http.as(samspill().baseUrl(), "admin", "demo")
                .get("/engine-rest/task/count?processInstanceBusinessKey=" + inquiry).json().get("count").asLong();
    }

    @Test
    default void a_case_system_withdraws_an_open_inquiry_and_nothing_else() {
        Http caseSystem = kvaefjord();
        String inquiry = register(caseSystem);
        assertThat(openTasks(inquiry)).isEqualTo(1);
        long before = eventsOf(inquiry);

        // Refused, and nothing changes: an unknown reason, no reason, another municipality's case system
        Problems.assertProblem(caseSystem.postJson(withdrawal(inquiry), "reason", "changed-my-mind"), 400, "reason",
                "unknown value 'changed-my-mind'");
        Problems.assertProblem(caseSystem.postJson(withdrawal(inquiry), "reason", ""), 400, "reason", "is required");
        Problems.assertProblemStatus(Http.as(samspill().baseUrl(), "io-sak", "demo").postJson(
                "/api/v1/municipalities/NO-3118/inquiries/" + inquiry + "/withdrawal", "reason", "duplicate"), 404);
        assertThat(eventsOf(inquiry)).isEqualTo(before);
        assertThat(openTasks(inquiry)).isEqualTo(1);

        // Withdrawn as a duplicate: the process ends, the task is gone, the event says who and why
        Http.Response withdrawn = caseSystem.postJson(withdrawal(inquiry), "reason", "duplicate");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("withdrawn");
        JsonNode history = withdrawn.json().get("history");
        assertThat(history.get(history.size() - 1).get("type").asText()).isEqualTo("InquiryWithdrawn");
        assertThat(openTasks(inquiry)).isZero();
        assertThat(admin().get("/engine-rest/process-instance/count?businessKey=" + inquiry).json().get("count")
                .asLong()).isZero();
        List<String> withdrawal = samspill().database().query("select payload, meta_data from domain_event_entry "
                        + "where aggregate_identifier = ? and payload_type like '%InquiryWithdrawn'",
                (row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8)
                        + new String(row.getBytes(2), StandardCharsets.UTF_8), inquiry);
        assertThat(withdrawal).singleElement().asString().contains("DUPLICATE")
                .contains("\"actor\":\"case-system:kvaefjord-sak\"");

        // Withdrawn once only: 409, and no second event
        Problems.assertProblem(caseSystem.postJson(withdrawal(inquiry), "reason", "citizen-withdrew"), 409,
                "inquiry", "the inquiry is already withdrawn");
        assertThat(eventsOf(inquiry)).isEqualTo(before + 1);
    }

    @Test
    default void a_resolved_inquiry_is_not_withdrawn() {
        Http caseSystem = kvaefjord();
        String other = register(caseSystem);
        resolve(other);
        long before = eventsOf(other);

        Problems.assertProblem(caseSystem.postJson(withdrawal(other), "reason", "registered-by-mistake"), 409,
                "inquiry", "the inquiry is already resolved");
        assertThat(eventsOf(other)).isEqualTo(before);
    }

    /**
     * Counted by hand: four inquiries registered at Tennevoll today (no other scenario registers there); one withdrawn as registered by mistake and one as
     * a duplicate are no inquiries; one the citizen withdrew and one resolved count. So: 2 inquiries, none
     * abandoned, 1 of 2 resolved at first contact.
     */
    @Test
    default void the_figures_count_a_withdrawal_as_its_reason_says() {
        Http caseSystem = kvaefjord();
        for (String reason : List.of("registered-by-mistake", "duplicate", "citizen-withdrew")) {
            assertThat(caseSystem.postJson(withdrawal(register(caseSystem, "tennevoll")), "reason", reason).status())
                    .isEqualTo(200);
        }
        resolve(register(caseSystem, "tennevoll"));
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode tennevoll = null;
            for (JsonNode row : admin().get("/api/v1/analytics/service-point-measures?from=" + today + "&to="
                    + today).json()) {
                if (row.get("municipality").asText().equals(KVAEFJORD)
                        && row.get("servicePoint").asText().equals("tennevoll")) {
                    tennevoll = row.get("measures");
                }
            }
            assertThat(tennevoll).isNotNull();
            assertThat(tennevoll.get("inquiries").asLong()).isEqualTo(2);
            assertThat(tennevoll.get("abandonedShare").asDouble()).isZero();
            assertThat(tennevoll.get("resolvedAtFirstContactShare").asDouble()).isEqualTo(0.5);
        });
    }
}
