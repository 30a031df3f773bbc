package no.samspill.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import no.samspill.service.support.TasklistSession;
import no.samspill.service.support.TestTokenIssuer;
import org.junit.jupiter.api.Test;

/**
 * Kongsberg (NO-3303) tries to reach an inquiry of Indre Østfold (NO-3118) through every door, with every kind of
 * credential it has: its case system over the REST API (HTTP Basic and a bearer token), its staff member Lise over
 * engine-rest and through Tasklist's own API. None gets through, and the inquiry's task stays untouched.
 */
public interface TenantIsolationScenarios {

    RunningSamspill samspill();

    TestTokenIssuer tokens();

    private JsonNode mysenInquiryWaitingAtTheDesk() {
        Http ioSak = Http.as(samspill().baseUrl(), "io-sak", "demo");
        String id = ioSak.postJson("/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen",
                "channel", "in-person", "service", "passport").json().get("id").asText();
        JsonNode task = Http.as(samspill().baseUrl(), "kari", "demo")
                .get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0);
        return ((ObjectNode) task).put("businessKey", id);
    }

    @Test
    default void another_municipalitys_case_system_gets_404_with_basic_and_bearer_credentials() {
        String id = mysenInquiryWaitingAtTheDesk().get("businessKey").asText();
        for (Http kongsberg : new Http[] {Http.as(samspill().baseUrl(), "kongsberg-sak", "demo"),
                Http.bearer(samspill().baseUrl(), tokens().tokenFor("kongsberg-sak"))}) {
            assertThat(kongsberg.get("/api/v1/municipalities/NO-3118/inquiries/" + id).status()).isEqualTo(404);
            assertThat(kongsberg.get("/api/v1/municipalities/NO-3303/inquiries/" + id).status()).isEqualTo(404);
            assertThat(kongsberg.post("/api/v1/municipalities/NO-3118/inquiries/" + id + "/case-system-answer", "{}")
                    .status()).isEqualTo(404);
            assertThat(kongsberg.get("/api/v1/municipalities/NO-3118/service-points/mysen").status()).isEqualTo(404);
            assertThat(kongsberg.get("/api/v1/counties/NO-55").status()).isEqualTo(404);
            assertThat(kongsberg.postJson("/api/v1/counties/NO-55/library-plans", "title", "Plan",
                    "kickoff", "2027-01-10").status()).isEqualTo(404);
        }
    }

    @Test
    default void another_municipalitys_staff_see_nothing_over_engine_rest_and_cannot_act() {
        JsonNode task = mysenInquiryWaitingAtTheDesk();
        String id = task.get("businessKey").asText();
        Http lise = Http.as(samspill().baseUrl(), "lise", "demo");

        assertThat(lise.get("/engine-rest/task?processInstanceBusinessKey=" + id).json()).isEmpty();
        assertThat(lise.get("/engine-rest/process-instance?businessKey=" + id).json()).isEmpty();
        assertThat(lise.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + id).json()).isEmpty();
        assertThat(lise.get("/engine-rest/task/" + task.get("id").asText()).status()).isEqualTo(404);
        assertAnsweredAsMissing(
                lise.get("/engine-rest/process-instance/" + task.get("processInstanceId").asText() + "/variables"),
                lise.get("/engine-rest/process-instance/" + UUID.randomUUID() + "/variables"));
        assertAnsweredAsMissing(
                lise.postJson("/engine-rest/task/" + task.get("id").asText() + "/claim", "userId", "lise"),
                lise.postJson("/engine-rest/task/" + UUID.randomUUID() + "/claim", "userId", "lise"));
        assertUntouched(task);
    }

    @Test
    default void another_municipalitys_staff_see_nothing_through_tasklists_own_api_and_cannot_act() {
        JsonNode task = mysenInquiryWaitingAtTheDesk();
        TasklistSession lise = TasklistSession.login(samspill().baseUrl(), "lise", "demo");

        assertThat(lise.engine("task?processInstanceBusinessKey=" + task.get("businessKey").asText()).json()).isEmpty();
        assertThat(lise.engine("task").json()).noneMatch(visible -> "NO-3118".equals(visible.path("tenantId").asText()));
        assertThat(lise.engine("task/" + task.get("id").asText()).status()).isEqualTo(404);
        assertAnsweredAsMissing(lise.engine("task/" + task.get("id").asText() + "/claim", Http.json("userId", "lise")),
                lise.engine("task/" + UUID.randomUUID() + "/claim", Http.json("userId", "lise")));
        assertUntouched(task);
    }

    /**
     * "Vis innbygger" opens the citizen's identity for staff who may see the task, through Tasklist's session and
     * CSRF token only: another municipality's staff, a forged request and a visitor who is not logged in get nothing,
     * and nothing is logged as read; the staff member of the task gets it, logged with their name.
     */
    @Test
    default void a_tasks_citizen_opens_only_for_staff_who_may_see_the_task_each_time_logged() {
        String citizenId = "15058545640";
        String id = Http.as(samspill().baseUrl(), "io-sak", "demo").postJson("/api/v1/municipalities/NO-3118/inquiries",
                "servicePoint", "mysen", "channel", "phone", "service", "housing", "citizenId", citizenId)
                .json().get("id").asText();
        String taskId = Http.as(samspill().baseUrl(), "kari", "demo")
                .get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0).get("id").asText();
        String path = "/camunda/api/samspill/tasks/" + taskId + "/citizen";

        Http.Response foreign = TasklistSession.login(samspill().baseUrl(), "lise", "demo").post(path, true);
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain(citizenId);
        Http.Response forged = TasklistSession.login(samspill().baseUrl(), "kari", "demo").post(path, false);
        assertThat(forged.status()).as(forged.toString()).isEqualTo(403);
        Http.Response anonymous = TasklistSession.notLoggedIn(samspill().baseUrl()).post(path, true);
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(readsOf(id)).as("nothing opened, nothing logged").isZero();

        Http.Response shown = TasklistSession.login(samspill().baseUrl(), "kari", "demo").post(path, true);
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(shown.json().get("citizenId").asText()).isEqualTo(citizenId);
        assertThat(samspill().database().queryForList("select read_by from personal_data_read where inquiry_id = ?",
                String.class, id)).containsExactly("kari");
    }

    private long readsOf(String inquiryId) {
        return samspill().database().queryForObject("select count(*) from personal_data_read where inquiry_id = ?",
                Long.class, inquiryId);
    }

    @Test
    default void cockpit_and_admin_are_for_administrators_only() {
        for (String app : new String[] {"cockpit", "admin"}) {
            assertThat(TasklistSession.loginAnswer(samspill().baseUrl(), app, "kari", "demo").status()).as(app)
                    .isEqualTo(403);
            assertThat(TasklistSession.loginAnswer(samspill().baseUrl(), app, "admin", "demo").status()).as(app)
                    .isEqualTo(200);
        }
        assertThat(TasklistSession.loginAnswer(samspill().baseUrl(), "tasklist", "kari", "demo").status())
                .isEqualTo(200);
    }

    /**
     * Another municipality's object is refused exactly as one that does not exist, so nothing is revealed. (Camunda
     * answers a claim of a missing task with a 500 of type NullValueException; that is its own behaviour.)
     */
    private static void assertAnsweredAsMissing(Http.Response foreign, Http.Response missing) {
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(missing.status()).isGreaterThanOrEqualTo(400);
        assertThat(foreign.json().path("type").asText()).isEqualTo(missing.json().path("type").asText());
        assertThat(foreign.body()).doesNotContainIgnoringCase("tenant");
    }

    private void assertUntouched(JsonNode task) {
        JsonNode now = Http.as(samspill().baseUrl(), "kari", "demo").get("/engine-rest/task/" + task.get("id").asText())
                .json();
        assertThat(now.path("assignee").isNull() || now.path("assignee").isMissingNode()).as(now.toString()).isTrue();
    }
}
