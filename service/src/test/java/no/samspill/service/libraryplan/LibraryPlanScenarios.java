package no.samspill.service.libraryplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
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

    /**
     * The kickoff lies in 2024, so the seed's calendar deadline (April 2025) has long passed when the consultation
     * opens today: each round gets a window of its own, and an answer in it is on time.
     */
    @Test
    default void a_whole_plan_with_the_working_group_two_consultation_rounds_a_reminder_and_a_sending_back()
            throws Exception {
        Http troms = Http.as(samspill().baseUrl(), "troms-sak", "demo");
        Http birgit = Http.as(samspill().baseUrl(), "birgit", "demo");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
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

        // The working group works: each region's member delivers in their own Tasklist, as themselves
        deliverRegionalInputs(id);
        assertThat(troms.get(PLANS + "/" + id).json().get("workingGroup")).allSatisfy(member -> assertThat(
                member.path("inputDeliveredOn").isMissingNode()).isEqualTo(member.path("region").isMissingNode()));

        // Round 1: the draft goes out with the calendar's window (long passed): a month from today instead
        complete(birgit, id, LibraryPlanProcess.DRAFT_PLAN, "{\"documentReference\":{\"value\":\"doc-1\"},"
                + "\"version\":{\"value\":\"1.0\"},\"otherConsultationBodies\":{\"value\":\"Sametinget\"}}");
        JsonNode round1 = troms.get(PLANS + "/" + id).json().get("consultation");
        assertThat(round1.get("round").asInt()).isEqualTo(1);
        assertThat(round1.get("openedOn").asText()).isEqualTo(today.toString());
        assertThat(round1.get("deadline").asText()).isEqualTo(today.plusMonths(1).toString());
        assertThat(round1.get("bodies").findValuesAsText("code")).containsExactlyInAnyOrder("NO-5543", "NO-5544", "NO-5501",
                "NO-5524", "NO-5503", "NO-5530", "regionrad-nord", "regionrad-midt", "regionrad-sor", "Sametinget");
        assertThat(round1.get("bodies").findValuesAsText("status")).containsOnly("awaiting");

        assertThat(troms.postJson(PLANS + "/" + id + "/consultation-answers", "from", "NO-5501",
                "receivedOn", today.toString(), "documentReference", "svar-tromso").status()).isEqualTo(201);
        Problems.assertProblem(troms.postJson(PLANS + "/" + id + "/consultation-reminders", "body", "NO-5501"),
                422, "body", "NO-5501 has answered this round");
        Http.Response reminded = troms.postJson(PLANS + "/" + id + "/consultation-reminders", "body", "regionrad-nord");
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(201);
        JsonNode bodies = reminded.json().get("consultation").get("bodies");
        assertThat(statusOf(bodies, "NO-5501")).isEqualTo("answered");
        assertThat(statusOf(bodies, "regionrad-nord")).isEqualTo("awaiting");
        assertThat(bodyOf(bodies, "regionrad-nord").get("lastRemindedOn").asText()).isEqualTo(today.toString());

        // The deadline comes (the timer made due now, as an operator can in Cockpit): closed, then sent back
        fireConsultationTimer(id);
        complete(birgit, id, LibraryPlanProcess.COUNCIL_CASE, "{\"caseReference\":{\"value\":\"FT-sak 12/25\"}}");
        complete(birgit, id, LibraryPlanProcess.COUNCIL_DECISION, "{\"decision\":{\"value\":\"sent-back\"},"
                + "\"decisionReference\":{\"value\":\"FT-vedtak 12/25\"}}");
        assertThat(troms.get(PLANS + "/" + id).json().get("phase").asText()).isEqualTo("working");

        // Round 2: the group delivers again; a window under three weeks is refused, and nothing changes
        deliverRegionalInputs(id);
        long events = samspill().database().queryForObject("select count(*) from domain_event_entry", Long.class);
        JsonNode draftTask = awaitTask(birgit, id, LibraryPlanProcess.DRAFT_PLAN);
        Http.Response tooShort = birgit.post("/engine-rest/task/" + draftTask.get("id").asText() + "/submit-form",
                "{\"variables\":{\"documentReference\":{\"value\":\"doc-1\"},\"version\":{\"value\":\"2.0\"},"
                        + "\"chosenConsultationDeadline\":" + date(today.plusDays(10).toString()) + "}}");
        assertThat(tooShort.status()).as(tooShort.toString()).isBetween(400, 499);
        assertThat(tooShort.body()).contains("must be at least three weeks after the consultation opens");
        assertThat(samspill().database().queryForObject("select count(*) from domain_event_entry", Long.class))
                .isEqualTo(events);
        complete(birgit, id, LibraryPlanProcess.DRAFT_PLAN, "{\"documentReference\":{\"value\":\"doc-1\"},"
                + "\"version\":{\"value\":\"2.0\"},\"chosenConsultationDeadline\":"
                + date(today.plusDays(30).toString()) + "}");
        JsonNode round2 = troms.get(PLANS + "/" + id).json().get("consultation");
        assertThat(round2.get("round").asInt()).isEqualTo(2);
        assertThat(round2.get("deadline").asText()).isEqualTo(today.plusDays(30).toString());
        // An answer in the new window is on time, though the first round's (and the calendar's) deadline passed
        JsonNode answered = troms.postJson(PLANS + "/" + id + "/consultation-answers", "from",
                "Regionrådet i Midt-Troms", "receivedOn", today.toString()).json();
        JsonNode last = answered.get("consultationAnswers").get(answered.get("consultationAnswers").size() - 1);
        assertThat(last.get("late").asBoolean()).isFalse();
        assertThat(last.get("round").asInt()).isEqualTo(2);
        assertThat(last.get("body").asText()).isEqualTo("regionrad-midt");
        assertThat(statusOf(answered.get("consultation").get("bodies"), "regionrad-midt")).isEqualTo("answered");
        assertThat(statusOf(answered.get("consultation").get("bodies"), "NO-5501")).as("answered round 1 only")
                .isEqualTo("awaiting");
        assertThat(answered.get("consultationAnswers").findValuesAsText("late")).containsOnly("false");

        fireConsultationTimer(id);
        complete(birgit, id, LibraryPlanProcess.COUNCIL_CASE, "{\"caseReference\":{\"value\":\"FT-sak 30/25\"}}");
        complete(birgit, id, LibraryPlanProcess.COUNCIL_DECISION, "{\"decision\":{\"value\":\"adopted\"},"
                + "\"decisionReference\":{\"value\":\"FT-vedtak 30/25\"}}");

        JsonNode plan = troms.get(PLANS + "/" + id).json();
        assertThat(plan.get("phase").asText()).isEqualTo("adopted");
        assertThat(plan.get("workingGroup")).hasSize(5);
        assertThat(plan.get("regionalGoals").get(0).get("region").asText()).isEqualTo("nord");
        List<String> history = StreamSupport.stream(plan.get("history").spliterator(), false)
                .map(entry -> entry.get("type").asText()).toList();
        assertThat(history).startsWith("LibraryPlanKickedOff", "PlanProcessStarted", "WorkingGroupAppointed",
                "InformationLetterSent").contains("RegionalInputDelivered", "ConsultationReminderSent",
                "PlanSentBack").endsWith("PlanAdopted");
    }

    /** The municipality's case system hears of the reminder by webhook, with the plan, county and deadline. */
    @Test
    default void a_reminded_municipality_is_told_by_its_case_system_webhook() throws Exception {
        Http troms = Http.as(samspill().baseUrl(), "troms-sak", "demo");
        Http birgit = Http.as(samspill().baseUrl(), "birgit", "demo");
        Http admin = Http.as(samspill().baseUrl(), "admin", "demo");
        String ioWebhook = "/api/v1/admin/case-system-clients/io-sak/webhook";
        try (no.samspill.service.support.WebhookReceiver receiver = no.samspill.service.support.WebhookReceiver.start()) {
            assertThat(admin.put(ioWebhook, Http.json("url", receiver.url(), "secret", "io-webhook-secret")).status())
                    .isEqualTo(200);
            try {
                String id = troms.postJson(PLANS, "title", "Påminnelser", "kickoff", "2024-06-10").json().get("id")
                        .asText();
                complete(birgit, id, LibraryPlanProcess.EXECUTIVE_CASE, "{\"caseReference\":{\"value\":\"FR 1\"}}");
                complete(birgit, id, LibraryPlanProcess.APPOINT_WORKING_GROUP, "{\"regionMembers\":{\"value\":"
                        + "\"nord=nils, midt=mari, sor=sofie\"},\"countyLibraryMembers\":{\"value\":\"birgit, tor\"}}");
                complete(birgit, id, LibraryPlanProcess.INFORMATION_LETTER, "{\"sentOn\":" + date("2024-09-01") + "}");
                for (int meeting = 0; meeting < 3; meeting++) {
                    complete(birgit, id, LibraryPlanProcess.REGIONAL_MEETING, "{\"heldOn\":" + date("2024-10-01")
                            + ",\"attendance\":{\"value\":5,\"type\":\"Long\"}}");
                }
                deliverRegionalInputs(id);
                // (a body by its municipality code: here one whose case system, io-sak, Samspill knows)
                complete(birgit, id, LibraryPlanProcess.DRAFT_PLAN, "{\"documentReference\":{\"value\":\"d\"},"
                        + "\"version\":{\"value\":\"1\"},\"otherConsultationBodies\":{\"value\":\"NO-3118\"}}");
                assertThat(troms.postJson(PLANS + "/" + id + "/consultation-reminders", "body", "NO-3118").status())
                        .isEqualTo(201);

                await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().stream()
                        .anyMatch(received -> received.body().contains("library-plan.consultation-reminder")));
                JsonNode payload = new com.fasterxml.jackson.databind.ObjectMapper().readTree(receiver.received().stream()
                        .filter(received -> received.body().contains("consultation-reminder")).findFirst().orElseThrow()
                        .body());
                assertThat(payload.get("municipality").asText()).isEqualTo("NO-3118");
                assertThat(payload.get("county").asText()).isEqualTo("NO-55");
                assertThat(payload.get("planId").asText()).isEqualTo(id);
                assertThat(payload.get("round").asInt()).isEqualTo(1);
                assertThat(payload.get("deadline").asText()).isEqualTo(
                        LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusMonths(1).toString());
            } finally {
                admin.delete(ioWebhook);
            }
        }
    }

    @Test
    default void a_municipality_or_library_gets_goals_of_its_own_and_a_measure_weighs_per_region() {
        Http troms = Http.as(samspill().baseUrl(), "troms-sak", "demo");
        Http birgit = Http.as(samspill().baseUrl(), "birgit", "demo");
        String id = troms.postJson(PLANS, "title", "Lokale mål", "kickoff", "2026-06-10").json().get("id").asText();
        complete(birgit, id, LibraryPlanProcess.EXECUTIVE_CASE, "{\"caseReference\":{\"value\":\"FR 2\"}}");
        complete(birgit, id, LibraryPlanProcess.APPOINT_WORKING_GROUP, "{\"regionMembers\":{\"value\":"
                + "\"nord=nils, midt=mari, sor=sofie\"},\"countyLibraryMembers\":{\"value\":\"birgit, tor\"}}");
        complete(birgit, id, LibraryPlanProcess.INFORMATION_LETTER, "{\"sentOn\":" + date("2026-09-01") + "}");

        Http.Response local = troms.postJson(PLANS + "/" + id + "/local-goals", "municipality", "NO-5501",
                "library", "Tromsø bibliotek, Kvaløya", "goal", "Meråpent bibliotek på Kvaløya");
        assertThat(local.status()).as(local.toString()).isEqualTo(201);
        assertThat(troms.postJson(PLANS + "/" + id + "/local-goals", "municipality", "NO-5543",
                "goal", "Lesekampanje i hele kommunen").status()).isEqualTo(201);
        long events = samspill().database().queryForObject("select count(*) from domain_event_entry", Long.class);
        Problems.assertProblem(troms.postJson(PLANS + "/" + id + "/local-goals", "municipality", "NO-3118",
                "goal", "Ikke i Troms"), 422, "municipality", "'NO-3118' is not a municipality of NO-55");
        Problems.assertProblem(troms.postJson(PLANS + "/" + id + "/measures", "title", "Lesesirkler",
                "weights", java.util.Map.of("nord", "huge")), 400, "weights.nord", "unknown value 'huge'");
        Problems.assertProblem(troms.postJson(PLANS + "/" + id + "/measures", "title", "Lesesirkler",
                "weights", java.util.Map.of("vest", "high")), 422, "region", "'vest' is not a region of this plan");
        assertThat(samspill().database().queryForObject("select count(*) from domain_event_entry", Long.class))
                .isEqualTo(events);

        JsonNode plan = troms.postJson(PLANS + "/" + id + "/measures", "title", "Samisk litteraturformidling",
                "weights", java.util.Map.of("nord", "high", "sor", "low")).json();
        assertThat(plan.get("localGoals")).hasSize(2);
        assertThat(plan.get("localGoals").get(0).get("municipality").asText()).isEqualTo("NO-5501");
        assertThat(plan.get("localGoals").get(0).get("library").asText()).isEqualTo("Tromsø bibliotek, Kvaløya");
        assertThat(plan.get("localGoals").get(1).path("library").isMissingNode()).isTrue();
        JsonNode weights = plan.get("measures").get(0).get("weights");
        assertThat(weights.get("nord").asText()).isEqualTo("high");
        assertThat(weights.get("midt").asText()).as("left out: normal").isEqualTo("normal");
        assertThat(weights.get("sor").asText()).isEqualTo("low");
    }

    /** nils, mari and sofie each find their region's input task assigned to them, and deliver it. */
    private void deliverRegionalInputs(String plan) {
        for (String member : List.of("nils", "mari", "sofie")) {
            Http staff = Http.as(samspill().baseUrl(), member, "demo");
            List<JsonNode> mine = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
                JsonNode tasks = staff.get("/engine-rest/task?processInstanceBusinessKey=" + plan + "&taskDefinitionKey="
                        + LibraryPlanProcess.REGIONAL_INPUT + "&assignee=" + member).json();
                tasks.forEach(mine::add);
                return tasks.size() == 1;
            });
            JsonNode task = mine.get(mine.size() - 1);
            assertThat(task.get("name").asText()).isEqualTo("Levere regionens innspill til planen");
            Http.Response done = staff.post("/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                    "{\"variables\":{\"inputSummary\":{\"value\":\"Innspill fra " + member + "\"}}}");
            assertThat(done.status()).as(member + ": " + done).isEqualTo(204);
        }
    }

    private static String statusOf(JsonNode bodies, String code) {
        return bodyOf(bodies, code).get("status").asText();
    }

    private static JsonNode bodyOf(JsonNode bodies, String code) {
        return StreamSupport.stream(bodies.spliterator(), false).filter(body -> body.get("code").asText().equals(code))
                .findFirst().orElseThrow();
    }

    /** Makes the consultation's closing timer due now, as an operator can in Cockpit; the job executor fires it. */
    private void fireConsultationTimer(String plan) {
        org.camunda.bpm.engine.ManagementService management = samspill().bean(org.camunda.bpm.engine.ManagementService.class);
        org.camunda.bpm.engine.runtime.Job timer = management.createJobQuery().processInstanceId(samspill().database()
                .queryForObject("select proc_inst_id_ from act_ru_execution where business_key_ = ? and parent_id_ is null",
                        String.class, plan)).timers().singleResult();
        management.setJobDuedate(timer.getId(), new java.util.Date());
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
