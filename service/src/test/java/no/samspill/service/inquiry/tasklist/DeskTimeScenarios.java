package no.samspill.service.inquiry.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;

/**
 * Time that matters at a desk: an inquiry's tasks are due by its channel's service level counted from its
 * registration (phone: by the same time next working day, application.yaml), and the dates staff set stay.
 */
public interface DeskTimeScenarios {

    DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    RunningSamspill samspill();

    private Http as(String user) {
        return Http.as(samspill().baseUrl(), user, "demo");
    }

    private JsonNode onlyTaskOf(String user, String inquiry) {
        JsonNode tasks = as(user).get("/engine-rest/task?processInstanceBusinessKey=" + inquiry).json();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private static Instant camundaDate(JsonNode date) {
        return OffsetDateTime.parse(date.asText(), CAMUNDA_DATE).toInstant();
    }

    @Test
    default void a_phone_inquirys_tasks_are_due_next_working_day_and_dates_staff_set_are_kept() {
        String inquiry = as("io-sak").postJson("/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen",
                "channel", "phone", "service", "housing").json().get("id").asText();
        Instant registered = Instant.parse(as("io-sak").get("/api/v1/municipalities/NO-3118/inquiries/" + inquiry)
                .json().get("history").get(0).get("time").asText());
        // By hand: the next weekday after the day of registration in Oslo, at the same time
        ZonedDateTime local = registered.atZone(ZoneId.of("Europe/Oslo"));
        int daysToNextWorkingDay = switch (local.getDayOfWeek()) {
            case FRIDAY -> 3;
            case SATURDAY -> 2;
            default -> 1;
        };
        Instant nextWorkingDay = local.plusDays(daysToNextWorkingDay).toInstant();

        JsonNode deskTask = onlyTaskOf("kari", inquiry);
        assertThat(Duration.between(nextWorkingDay, camundaDate(deskTask.get("due"))).abs())
                .isLessThan(Duration.ofSeconds(5));
        assertThat(deskTask.get("followUp").isNull()).isTrue();

        // Kari sets her own follow-up and an earlier due date, as Tasklist's date fields do; both stay
        String taskId = deskTask.get("id").asText();
        String followUp = "2026-12-24T10:00:00.000+0100";
        String due = "2026-12-23T12:00:00.000+0100";
        ObjectNode changed = ((ObjectNode) deskTask).put("followUp", followUp).put("due", due);
        assertThat(as("kari").put("/engine-rest/task/" + taskId, changed.toString()).status()).isEqualTo(204);
        as("kari").postJson("/engine-rest/task/" + taskId + "/claim", "userId", "kari");
        JsonNode kept = as("kari").get("/engine-rest/task/" + taskId).json();
        assertThat(camundaDate(kept.get("followUp"))).isEqualTo(OffsetDateTime.parse(followUp, CAMUNDA_DATE)
                .toInstant());
        assertThat(camundaDate(kept.get("due"))).isEqualTo(OffsetDateTime.parse(due, CAMUNDA_DATE).toInstant());

        // Referred on, the specialist's task is due by the same service level, still counted from registration
        assertThat(as("kari").post("/engine-rest/task/" + taskId + "/submit-form", "{\"variables\":{"
                + "\"outcome\":{\"value\":\"referred\"},\"competence\":{\"value\":\"citizen-service\"},"
                + "\"referralReason\":{\"value\":\"special-competence\"}}}").status()).isEqualTo(204);
        assertThat(Duration.between(nextWorkingDay, camundaDate(onlyTaskOf("per", inquiry).get("due"))).abs())
                .isLessThan(Duration.ofSeconds(5));
    }

    /**
     * Staff sort and filter their list by what the cards show, as Tasklist asks its filter (sorting by a task
     * variable, searching a task variable's value): here sorted by service (registered housing, passport, housing)
     * and then only housing.
     */
    @Test
    default void staff_sort_and_filter_their_list_by_service() {
        for (String service : new String[] {"housing", "passport", "housing"}) {
            as("io-sak").postJson("/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen",
                    "channel", "phone", "service", service);
        }
        String filter = null;
        for (JsonNode candidate : as("kari").get("/engine-rest/filter?resourceType=Task").json()) {
            if (candidate.get("name").asText().endsWith("generalister")) {
                filter = candidate.get("id").asText();
            }
        }
        JsonNode byService = as("kari").post("/engine-rest/filter/" + filter + "/list?maxResults=500",
                "{\"sorting\":[{\"sortBy\":\"taskVariable\",\"sortOrder\":\"asc\",\"parameters\":"
                        + "{\"variable\":\"serviceLabel\",\"type\":\"String\"}}]}").json();
        java.util.List<String> services = new java.util.ArrayList<>();
        for (JsonNode task : byService) {
            services.add(as("kari").get("/engine-rest/task/" + task.get("id").asText()
                    + "/localVariables/serviceLabel").json().get("value").asText());
        }
        assertThat(services).contains("Service: bolig", "Service: pass").isSorted();

        JsonNode housing = as("kari").post("/engine-rest/filter/" + filter + "/list?maxResults=500",
                "{\"taskVariables\":[{\"name\":\"serviceLabel\",\"operator\":\"eq\","
                        + "\"value\":\"Service: bolig\"}]}").json();
        assertThat(housing).hasSizeGreaterThanOrEqualTo(2).allSatisfy(task -> assertThat(as("kari")
                .get("/engine-rest/task/" + task.get("id").asText() + "/localVariables/serviceLabel").json()
                .get("value").asText()).isEqualTo("Service: bolig"));
        assertThat(housing.size()).isLessThan(byService.size());
    }
}
