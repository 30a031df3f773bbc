package no.samspill.service.libraryplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import no.samspill.workflows.libraryplan.LibraryPlanProcess;
import no.samspill.service.support.Http;
import no.samspill.service.support.TaskCardsSeen;
import no.samspill.service.support.Problems;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;

/**
 * Troms county's regional library plan over HTTP (demo): the county library works its tasks over engine-rest,
 * answers arrive over the API, the consultation's timer closes it, the council sends the plan back once and then
 * adopts it. The kickoff lies in the past, so the consultation deadline has passed when it is reached.
 */
public interface LibraryPlanScenarios {

    String PLANS = "/api/v1/counties/NO-55/library-plans";

    RunningSamspill samspill();

    @Test
    default void a_whole_plan_from_kickoff_to_adoption_with_a_late_answer_and_a_sending_back() {
        Http troms = Http.as(samspill().baseUrl(), "troms-sak", "demo");
        Http birgit = Http.as(samspill().baseUrl(), "birgit", "demo");
        assertThat(troms.get("/api/v1/counties/NO-55").json().get("regions")).hasSize(3);

        Http.Response started = troms.postJson(PLANS, "title", "Regional bibliotekplan for Troms 2025–2028",
                "kickoff", "2024-06-10");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String id = started.json().get("id").asText();
        assertThat(started.header("Location")).isEqualTo(PLANS + "/" + id);
        assertThat(started.json().get("phase").asText()).isEqualTo("kicked-off");

        // Birgit's list tells the plan's tasks apart: the plan's title on the card (Tasklist shows the due date)
        assertThat(TaskCardsSeen.inFilter(birgit, "fylkesbiblioteket").values()).anySatisfy(card -> assertThat(card)
                .containsEntry("planTitle", "Regional bibliotekplan for Troms 2025–2028"));
        complete(birgit, id, LibraryPlanProcess.EXECUTIVE_CASE, "{\"caseReference\":{\"value\":\"FR-sak 45/24\"}}");
        complete(birgit, id, LibraryPlanProcess.APPOINT_WORKING_GROUP, "{\"regionMembers\":{\"value\":\"nord=nils, midt=mari, sor=sofie\"},"
                + "\"countyLibraryMembers\":{\"value\":\"birgit, tor\"}}");
        complete(birgit, id, LibraryPlanProcess.INFORMATION_LETTER, "{\"sentOn\":" + date("2024-09-01") + "}");
        // One regional meeting per region, each card naming its region
        assertThat(TaskCardsSeen.inFilter(birgit, "fylkesbiblioteket").values().stream()
                .filter(card -> card.containsKey("regionName")).map(card -> card.get("regionName")))
                .containsExactlyInAnyOrder("Nord-Troms", "Midt-Troms", "Sør-Troms");
        for (int meeting = 0; meeting < 3; meeting++) {
            complete(birgit, id, LibraryPlanProcess.REGIONAL_MEETING, "{\"heldOn\":" + date("2024-10-0" + (meeting + 1))
                    + ",\"attendance\":{\"value\":12,\"type\":\"Long\"}}");
        }
        assertThat(troms.postJson(PLANS + "/" + id + "/regional-goals", "region", "nord",
                "goal", "Samisk litteratur i alle folkebibliotek").status()).isEqualTo(201);
        complete(birgit, id, LibraryPlanProcess.DRAFT_PLAN, "{\"documentReference\":{\"value\":\"doc-1\"},\"version\":{\"value\":\"1.0\"}}");

        // Answers: one on time, one after the deadline (30 April 2025)
        assertThat(troms.postJson(PLANS + "/" + id + "/consultation-answers", "from", "NO-5501",
                "receivedOn", "2025-04-20", "documentReference", "svar-tromso").status()).isEqualTo(201);
        assertThat(troms.postJson(PLANS + "/" + id + "/consultation-answers", "from", "Sametinget",
                "receivedOn", "2025-05-06").status()).isEqualTo(201);

        // The deadline has passed: the job executor fires the timer and the council case waits
        awaitTask(birgit, id, LibraryPlanProcess.COUNCIL_CASE);
        complete(birgit, id, LibraryPlanProcess.COUNCIL_CASE, "{\"caseReference\":{\"value\":\"FT-sak 12/25\"}}");
        complete(birgit, id, LibraryPlanProcess.COUNCIL_DECISION, "{\"decision\":{\"value\":\"sent-back\"},"
                + "\"decisionReference\":{\"value\":\"FT-vedtak 12/25\"}}");
        assertThat(troms.get(PLANS + "/" + id).json().get("phase").asText()).isEqualTo("working");

        complete(birgit, id, LibraryPlanProcess.DRAFT_PLAN, "{\"documentReference\":{\"value\":\"doc-1\"},\"version\":{\"value\":\"2.0\"}}");
        awaitTask(birgit, id, LibraryPlanProcess.COUNCIL_CASE);
        complete(birgit, id, LibraryPlanProcess.COUNCIL_CASE, "{\"caseReference\":{\"value\":\"FT-sak 30/25\"}}");
        complete(birgit, id, LibraryPlanProcess.COUNCIL_DECISION, "{\"decision\":{\"value\":\"adopted\"},"
                + "\"decisionReference\":{\"value\":\"FT-vedtak 30/25\"}}");

        JsonNode plan = troms.get(PLANS + "/" + id).json();
        assertThat(plan.get("phase").asText()).isEqualTo("adopted");
        assertThat(plan.get("workingGroup")).hasSize(5);
        assertThat(plan.get("regionalGoals").get(0).get("region").asText()).isEqualTo("nord");
        assertThat(plan.get("consultationAnswers").findValuesAsText("late")).containsExactly("false", "true");
        List<String> history = StreamSupport.stream(plan.get("history").spliterator(), false)
                .map(entry -> entry.get("type").asText()).toList();
        assertThat(history).startsWith("LibraryPlanKickedOff", "PlanProcessStarted", "WorkingGroupAppointed",
                "InformationLetterSent").contains("PlanSentBack").endsWith("PlanAdopted");
    }

    @Test
    default void bad_plans_are_refused_and_other_counties_see_nothing() {
        Http troms = Http.as(samspill().baseUrl(), "troms-sak", "demo");
        long events = samspill().database().queryForObject("select count(*) from domain_event_entry", Long.class);
        long processes = samspill().database().queryForObject("select count(*) from act_hi_procinst", Long.class);
        Problems.assertProblem(troms.postJson(PLANS, "kickoff", "2024-06-10"), 400, "title", "is required");
        Problems.assertProblem(troms.postJson(PLANS, "title", "Plan", "kickoff", "juni"), 400, "kickoff", "has the wrong type");
        assertThat(Http.as(samspill().baseUrl(), "io-sak", "demo").postJson(PLANS, "title", "Plan",
                "kickoff", "2024-06-10").status()).isEqualTo(404);
        assertThat(samspill().database().queryForObject("select count(*) from domain_event_entry", Long.class))
                .isEqualTo(events);
        assertThat(samspill().database().queryForObject("select count(*) from act_hi_procinst", Long.class))
                .isEqualTo(processes);

        String id = troms.postJson(PLANS, "title", "Plan", "kickoff", "2026-06-10").json().get("id").asText();
        Problems.assertProblem(troms.postJson(PLANS + "/" + id + "/consultation-answers", "from", "NO-5501",
                "receivedOn", "2026-07-01"), 422, "consultation", "answers are received once the consultation has opened");
        assertThat(Http.as(samspill().baseUrl(), "io-sak", "demo").get("/api/v1/counties/NO-3118/library-plans/" + id)
                .status()).isEqualTo(404);
    }

    /**
     * The county's plans listed, the first started first, with phase and deadline, narrowed by phase and paged; a bad
     * phase or limit is a problem; another county's client lists nothing of Troms.
     */
    @Test
    default void a_county_lists_its_plans_in_the_order_they_were_started_page_by_page() {
        Http troms = Http.as(samspill().baseUrl(), "troms-sak", "demo");
        String first = troms.postJson(PLANS, "title", "Liste 1", "kickoff", "2027-06-07").json().get("id").asText();
        String second = troms.postJson(PLANS, "title", "Liste 2", "kickoff", "2027-06-08").json().get("id").asText();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> all = troms.get(PLANS + "?limit=200").json().get("items").findValuesAsText("id");
            assertThat(all).contains(first, second);
            assertThat(all.indexOf(first)).isLessThan(all.indexOf(second));
        });
        List<String> all = troms.get(PLANS + "?limit=200").json().get("items").findValuesAsText("id");
        JsonNode listed = null;
        for (JsonNode plan : troms.get(PLANS + "?limit=200").json().get("items")) {
            if (plan.get("id").asText().equals(first)) {
                listed = plan;
            }
        }
        assertThat(listed.get("title").asText()).isEqualTo("Liste 1");
        assertThat(listed.get("kickoff").asText()).isEqualTo("2027-06-07");
        String phase = troms.get(PLANS + "/" + first).json().get("phase").asText();
        assertThat(listed.get("phase").asText()).isEqualTo(phase);
        assertThat(troms.get(PLANS + "?limit=200&phase=" + phase).json().get("items").findValuesAsText("phase"))
                .containsOnly(phase);

        // One at a time, by the Link header: the same plans, none twice
        List<String> paged = new java.util.ArrayList<>();
        String next = PLANS + "?limit=1";
        while (next != null) {
            Http.Response page = troms.get(next);
            paged.addAll(page.json().get("items").findValuesAsText("id"));
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf("/api/"), link.indexOf('>'));
        }
        assertThat(paged).isEqualTo(all);

        Problems.assertProblem(troms.get(PLANS + "?phase=finished"), 400, "phase", "unknown value 'finished'");
        Problems.assertProblem(troms.get(PLANS + "?limit=0"), 400, "limit", "must be between 1 and 200");
        assertThat(Http.as(samspill().baseUrl(), "io-sak", "demo").get(PLANS).status()).isEqualTo(404);
    }

    private static void complete(Http staff, String plan, String taskKey, String variables) {
        JsonNode task = awaitTask(staff, plan, taskKey);
        Http.Response done = staff.post("/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                "{\"variables\":" + variables + "}");
        assertThat(done.status()).as(taskKey + ": " + done).isEqualTo(204);
    }

    /**
     * Waits for the task, up to two minutes: the timer that closes a consultation whose deadline has passed fires as
     * soon as it opens, and when it loses a race with an answer arriving at the same moment (both write the plan),
     * the job executor runs it again after its first retry wait, a minute.
     */
    private static JsonNode awaitTask(Http staff, String plan, String taskKey) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonNode tasks = staff.get("/engine-rest/task?processInstanceBusinessKey=" + plan
                    + "&taskDefinitionKey=" + taskKey).json();
            if (tasks.isEmpty()) {
                return false;
            }
            found.add(tasks.get(0));
            return true;
        });
        return found.get(found.size() - 1);
    }

    private static String date(String day) {
        return "{\"value\":\"" + day + "T12:00:00.000+0000\",\"type\":\"Date\"}";
    }
}
