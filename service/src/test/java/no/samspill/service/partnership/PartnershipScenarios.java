package no.samspill.service.partnership;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import no.samspill.service.support.Http;
import no.samspill.service.support.TaskCardsSeen;
import no.samspill.service.support.Problems;
import no.samspill.service.support.RunningSamspill;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * Bibliotekby's (DK-0999) partnerships, network overview and Troms's alliance over HTTP, with the library's
 * partnership coordinator (mette) working the same tasks in Tasklist's API, in Danish.
 */
public interface PartnershipScenarios {

    String PARTNERSHIPS = "/api/v1/municipalities/DK-0999/partnerships";
    String NETWORK = "/api/v1/municipalities/DK-0999/network";
    String ALLIANCES = "/api/v1/counties/NO-55/alliances";

    RunningSamspill samspill();

    private Http bibliotekby() {
        return Http.as(samspill().baseUrl(), "bibliotekby-sak", "demo");
    }

    private String propose(String partner) {
        Http.Response proposed = bibliotekby().postJson(PARTNERSHIPS, "partner", partner, "sector", "culture",
                "purpose", "Musik i bibliotekets rum", "proposedBy", "mette");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        return proposed.json().get("id").asText();
    }

    /**
     * The screening this deployment configures (and the scenarios' start sets, InquiryLifecycleScenarios): How to
     * Say No's fourteen questions and one more, which Bibliotekby requires, as it requires mission fit and funding
     * and nothing else.
     */
    List<String> HOW_TO_SAY_NO = List.of("mission-fit", "internal-motivation", "department-goals",
            "partnership-portfolio", "growth-and-replication", "measurable-lasting-results", "audience-reach",
            "audience-needs", "exceptional-partnership", "leading-position", "learning", "staff-development",
            "capacity", "funding");
    String ADDED_QUESTION = "local-anchoring";
    String ADDED_QUESTION_TEXT = "Forankrer det biblioteket i lokalsamfundet?";

    static Map<String, Object> screeningConfiguration() {
        return Map.of("samspill.partnerships.screening.added-questions[0].code", ADDED_QUESTION,
                "samspill.partnerships.screening.added-questions[0].text", ADDED_QUESTION_TEXT,
                "samspill.partnerships.screening.required-by-library.DK-0999",
                "mission-fit,funding," + ADDED_QUESTION);
    }

    private static Map<String, Object> allYes() {
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        HOW_TO_SAY_NO.forEach(code -> answers.put(code, true));
        answers.put("audience-reach", false);
        answers.put(ADDED_QUESTION, true);
        return answers;
    }

    @Test
    default void a_partnership_from_proposal_through_screening_agreement_and_evaluation_to_its_end() {
        Http bibliotekby = bibliotekby();
        Http mette = Http.as(samspill().baseUrl(), "mette", "demo");
        int evaluationsBefore = partnershipFigures().path("evaluations").asInt();

        Http.Response proposed = bibliotekby.postJson(PARTNERSHIPS, "partner", "Roskilde Festival", "sector", "culture",
                "relation", "network", "purpose", "Musik i bibliotekets rum", "proposedBy", "mette");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.json().get("id").asText();
        assertThat(proposed.header("Location")).isEqualTo(PARTNERSHIPS + "/" + id);
        assertThat(proposed.json().get("stage").asText()).isEqualTo("proposed");
        JsonNode questions = bibliotekby.get(PARTNERSHIPS + "/screening-questions").json();
        assertThat(questions.findValuesAsText("code")).containsExactlyElementsOf(
                java.util.stream.Stream.concat(HOW_TO_SAY_NO.stream(), java.util.stream.Stream.of(ADDED_QUESTION))
                        .toList());
        assertThat(StreamSupport.stream(questions.spliterator(), false).filter(q -> q.get("required").asBoolean())
                .map(q -> q.get("code").asText())).containsExactly("mission-fit", "funding", ADDED_QUESTION);

        // The coordinator sees the screening in Tasklist, in Danish (a Danish municipality)
        JsonNode screening = mette.get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0);
        assertThat(screening.get("name").asText()).isEqualTo("Screen forslaget");
        assertThat(TaskCardsSeen.inFilter(mette, "partnerskaber").get(screening.get("id").asText()))
                .containsEntry("partnerName", "Roskilde Festival");

        JsonNode screened = bibliotekby.post(PARTNERSHIPS + "/" + id + "/screening", Http.json("answers", allYes())).json();
        assertThat(screened.get("stage").asText()).isEqualTo("screened-in");

        // Not yet due: the evaluation is refused until the process raises it
        JsonNode agreed = bibliotekby.postJson(PARTNERSHIPS + "/" + id + "/agreement", "expectations", "Fælles koncerter",
                "roles", "Festivalen booker, biblioteket lægger rum til", "results", "Fire koncerter om året",
                "evaluationIntervalMonths", 6).json();
        assertThat(agreed.get("stage").asText()).isEqualTo("active");
        assertThat(agreed.get("relation").asText()).isEqualTo("partnership");
        assertThat(agreed.get("nextEvaluationDue").asText()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Oslo"))
                .plusMonths(6).toString());
        Problems.assertProblem(evaluate(bibliotekby, id, "renew", null), 409, "partnership",
                "is active and not waiting for its evaluation");

        // The evaluation date comes (the timer's job made due now, as an operator can in Cockpit)
        fireEvaluationTimer(id);
        awaitTask(mette, id, "Evaluer partnerskabet");
        JsonNode renewed = evaluate(bibliotekby, id, "renew", null).json();
        assertThat(renewed.get("evaluations")).hasSize(1);
        assertThat(renewed.get("evaluations").get(0).get("onTime").asBoolean()).isTrue();

        // Ended from outside while it waits for the next evaluation
        JsonNode ended = bibliotekby.postJson(PARTNERSHIPS + "/" + id + "/ending", "reason", "partner-withdrew",
                "explanation", "Festivalen flytter").json();
        assertThat(ended.get("stage").asText()).isEqualTo("ended");
        assertThat(ended.get("endReason").asText()).isEqualTo("partner-withdrew");
        assertThat(ended.get("relationMoves").findValuesAsText("to")).containsExactly("partnership", "network");
        assertThat(samspill().database().queryForObject("select count(*) from act_ru_execution where business_key_ = ?",
                Long.class, id)).isZero();
        Problems.assertProblem(bibliotekby.postJson(PARTNERSHIPS + "/" + id + "/ending", "reason", "partner-withdrew"),
                422, "partnership", "has already ended");

        // The figures are the analytics' (fed after the fact, rebuilt by a replay): they follow within moments
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode figures = partnershipFigures();
            assertThat(figures.path("evaluations").asInt()).isEqualTo(evaluationsBefore + 1);
            assertThat(figures.path("endedByReason").path("partner-withdrew").asInt()).isPositive();
        });
    }

    @Test
    default void a_no_to_a_required_question_stops_the_proposal_and_the_figures_say_which() {
        String id = propose("Aarhus Motorklub");
        Map<String, Object> answers = new java.util.HashMap<>(allYes());
        answers.put("mission-fit", false);

        JsonNode stopped = bibliotekby().post(PARTNERSHIPS + "/" + id + "/screening", Http.json("answers", answers)).json();

        assertThat(stopped.get("stage").asText()).isEqualTo("screened-out");
        assertThat(stopped.get("failedQuestions").get(0).asText()).isEqualTo("mission-fit");
        assertThat(stopped.get("screeningReason").asText()).contains("bibliotekets mål og strategi");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                partnershipFigures().path("screenedOutByQuestion").path("mission-fit").asInt()).isPositive());
        Problems.assertProblem(bibliotekby().postJson(PARTNERSHIPS + "/" + id + "/agreement", "expectations", "x",
                "roles", "x", "results", "x", "evaluationIntervalMonths", 6), 409, "partnership",
                "is screened-out and not waiting for its agreement");
    }

    /** The library's partnerships narrowed by stage, sector and relation; a code the API does not know is a problem. */
    @Test
    default void the_library_lists_its_partnerships_narrowed_by_stage_sector_and_relation() {
        String proposed = propose("Roskilde Bibliotekers Venner " + System.nanoTime());
        String screenedOut = propose("Vejle Vindmøllelaug " + System.nanoTime());
        propose("Aalborg Zoo " + System.nanoTime()); // three at least, for pages of two
        Map<String, Object> answers = new java.util.HashMap<>(allYes());
        answers.put("mission-fit", false);
        bibliotekby().post(PARTNERSHIPS + "/" + screenedOut + "/screening", Http.json("answers", answers));

        List<String> stopped = bibliotekby().get(PARTNERSHIPS + "?stage=screened-out").json().findValuesAsText("id");
        assertThat(stopped).contains(screenedOut).doesNotContain(proposed);
        assertThat(bibliotekby().get(PARTNERSHIPS + "?stage=screened-out").json().findValuesAsText("stage"))
                .containsOnly("screened-out");
        assertThat(bibliotekby().get(PARTNERSHIPS + "?stage=proposed").json().findValuesAsText("id"))
                .contains(proposed).doesNotContain(screenedOut);
        String sector = bibliotekby().get(PARTNERSHIPS + "/" + proposed).json().get("sector").asText();
        assertThat(bibliotekby().get(PARTNERSHIPS + "?stage=proposed&sector=" + sector).json()
                .findValuesAsText("sector")).containsOnly(sector);
        assertThat(bibliotekby().get(PARTNERSHIPS).json().findValuesAsText("id")).contains(proposed, screenedOut);
        // A page at a time, by the Link header: the same partnerships in the same order, none twice
        List<String> all = bibliotekby().get(PARTNERSHIPS).json().findValuesAsText("id");
        List<String> paged = new java.util.ArrayList<>();
        String next = PARTNERSHIPS + "?limit=2";
        while (next != null) {
            Http.Response page = bibliotekby().get(next);
            assertThat(page.json().size()).isLessThanOrEqualTo(2);
            paged.addAll(page.json().findValuesAsText("id"));
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf("/api/"), link.indexOf('>'));
        }
        assertThat(paged).isEqualTo(all).hasSizeGreaterThan(2);
        Problems.assertProblem(bibliotekby().get(PARTNERSHIPS + "?limit=0"), 400, "limit", "must be between 1 and 200");
        Problems.assertProblem(bibliotekby().get(PARTNERSHIPS + "?after=nonsense"), 400, "after", "is not a cursor");
        Problems.assertProblem(bibliotekby().get(PARTNERSHIPS + "?stage=signed"), 400, "stage", "unknown value 'signed'");
        Problems.assertProblem(bibliotekby().get(PARTNERSHIPS + "?relation=friends"), 400, "relation",
                "unknown value 'friends'");
    }

    /**
     * The partnership and alliance figures are the analytics' like the others: a replay empties them and reads
     * them back from the log. A row the log does not hold (put in by hand here) is gone after it, and every figure
     * that came from the log is back as it was.
     */
    @Test
    default void partnership_and_alliance_figures_are_rebuilt_from_the_log_by_the_analytics_replay() {
        Http eva = Http.as(samspill().baseUrl(), "eva", "demo");
        long proposedBefore = partnershipFigures().path("proposed").asLong();
        propose("Vejle Skakklub");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(partnershipFigures().path("proposed").asLong()).isEqualTo(proposedBefore + 1));
        String partnerships = eva.get("/api/v1/analytics/partnerships").body();
        String alliances = eva.get("/api/v1/analytics/alliances").body();
        samspill().database().update("insert into analytics_partnership (partnership_id, municipality, sector, "
                + "relation, stage, last_event_sequence) values ('not-in-the-log', 'DK-0999', 'culture', 'network', "
                + "'active', 0)");
        assertThat(eva.get("/api/v1/analytics/partnerships").body()).isNotEqualTo(partnerships);

        Http admin = Http.as(samspill().baseUrl(), "admin", "demo");
        assertThat(admin.post("/api/v1/analytics/replay", "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(admin.get("/api/v1/analytics/replay").json().get("state").asText()).isEqualTo("done"));

        assertThat(eva.get("/api/v1/analytics/partnerships").body()).isEqualTo(partnerships);
        assertThat(eva.get("/api/v1/analytics/alliances").body()).isEqualTo(alliances);
    }

    @Test
    default void a_no_to_a_question_added_only_in_configuration_stops_a_proposal_and_tasklist_asks_it() {
        Http mette = Http.as(samspill().baseUrl(), "mette", "demo");
        String id = propose("Lokalhistorisk Forening");
        awaitTask(mette, id, "Screen forslaget");
        String task = mette.get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0).get("id").asText();

        // Tasklist's form for the task: every question, in Danish, the required ones marked so, the added one too
        String form = mette.get("/engine-rest/task/" + task + "/rendered-form").body();
        assertThat(form).contains(ADDED_QUESTION_TEXT + " (påkrævet)", "Er det muligt at finansiere? (påkrævet)",
                "Vil vi lære noget af det?", "cam-variable-name=\"localAnchoring\"");
        assertThat(form).doesNotContain("Vil vi lære noget af det? (", "Har vi kapaciteten og ressourcerne til at "
                + "udføre arbejdet, eller kan vi skaffe dem? (");
        assertThat(mette.get("/engine-rest/task/" + task + "/form-variables").json().has("localAnchoring")).isTrue();

        // mette answers in Tasklist: yes to all but the added question, and no to capacity (not required here)
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        allYes().forEach((code, yes) -> variables.put(
                no.samspill.workflows.partnership.ScreeningQuestionnaire.fieldOf(code), Map.of("value", yes)));
        variables.put("localAnchoring", Map.of("value", false));
        variables.put("capacity", Map.of("value", false));
        Http.Response submitted = mette.post("/engine-rest/task/" + task + "/submit-form",
                Http.json("variables", variables));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(204);

        JsonNode stopped = bibliotekby().get(PARTNERSHIPS + "/" + id).json();
        assertThat(stopped.get("stage").asText()).isEqualTo("screened-out");
        assertThat(stopped.get("failedQuestions").get(0).asText()).isEqualTo(ADDED_QUESTION);
        assertThat(stopped.get("failedQuestions")).hasSize(1);
        assertThat(stopped.get("screeningReason").asText()).isEqualTo("answered no to " + ADDED_QUESTION_TEXT);
    }

    @Test
    default void an_agreed_partnership_falls_back_to_a_collaboration_with_its_reason_and_stays_in_the_network() {
        Http bibliotekby = bibliotekby();
        String id = propose("Musikskolen");
        bibliotekby.post(PARTNERSHIPS + "/" + id + "/screening", Http.json("answers", allYes()));
        bibliotekby.postJson(PARTNERSHIPS + "/" + id + "/agreement", "expectations", "Fælles koncerter",
                "roles", "Skolen spiller, biblioteket lægger rum til", "results", "Fire koncerter om året",
                "evaluationIntervalMonths", 12);
        long events = count("select count(*) from domain_event_entry");

        // Without a reason the move is refused and nothing changes
        Problems.assertProblem(bibliotekby.postJson(PARTNERSHIPS + "/" + id + "/relation", "relation",
                "collaboration"), 400, "reason", "is required when an agreed partnership falls back to collaboration");
        assertThat(count("select count(*) from domain_event_entry")).isEqualTo(events);
        assertThat(bibliotekby.get(PARTNERSHIPS + "/" + id).json().get("stage").asText()).isEqualTo("active");

        JsonNode fellBack = bibliotekby.postJson(PARTNERSHIPS + "/" + id + "/relation", "relation", "collaboration",
                "reason", "Skolen har ikke længere midler til en fast aftale").json();
        assertThat(fellBack.get("stage").asText()).isEqualTo("fell-back");
        assertThat(fellBack.get("relation").asText()).isEqualTo("collaboration");
        assertThat(fellBack.path("nextEvaluationDue").isMissingNode()).as("no evaluation is due").isTrue();
        JsonNode move = fellBack.get("relationMoves").get(fellBack.get("relationMoves").size() - 1);
        assertThat(move.get("from").asText()).isEqualTo("partnership");
        assertThat(move.get("to").asText()).isEqualTo("collaboration");
        assertThat(move.get("reason").asText()).isEqualTo("Skolen har ikke længere midler til en fast aftale");
        // its process ended with the agreement: no evaluation timer is left to fire
        assertThat(samspill().database().queryForObject("select count(*) from act_ru_execution where business_key_ = ?",
                Long.class, id)).isZero();
        assertThat(count("select count(*) from domain_event_entry")).isEqualTo(events + 1);

        // The network overview still shows it, as a collaboration; ended, as a network relation
        assertThat(relationInNetwork(id)).isEqualTo("collaboration/fell-back");
        assertThat(bibliotekby.get(PARTNERSHIPS + "?stage=fell-back").json().findValuesAsText("id")).contains(id);
        JsonNode ended = bibliotekby.postJson(PARTNERSHIPS + "/" + id + "/ending", "reason", "results-reached").json();
        assertThat(ended.get("relation").asText()).isEqualTo("network");
        assertThat(relationInNetwork(id)).isEqualTo("network/ended");
    }

    @Test
    default void an_agreement_says_what_kind_it_is_and_a_sponsorship_is_not_counted_as_a_partnership() {
        Http bibliotekby = bibliotekby();
        JsonNode before = partnershipFigures();
        LocalDate lastDay = LocalDate.now(ZoneId.of("Europe/Oslo")).plusMonths(3);

        String fixed = propose("Sommerlæsning");
        bibliotekby.post(PARTNERSHIPS + "/" + fixed + "/screening", Http.json("answers", allYes()));
        long events = count("select count(*) from domain_event_entry");
        Problems.assertProblem(bibliotekby.postJson(PARTNERSHIPS + "/" + fixed + "/agreement", "kind",
                "fixed-activity", "expectations", "x", "roles", "x", "results", "x", "evaluationIntervalMonths", 12),
                422, "endsOn", "is required for a fixed activity: the day it ends");
        Problems.assertProblem(bibliotekby.postJson(PARTNERSHIPS + "/" + fixed + "/agreement", "kind", "forever",
                "expectations", "x", "roles", "x", "results", "x", "evaluationIntervalMonths", 12),
                400, "kind", "unknown value 'forever'");
        assertThat(count("select count(*) from domain_event_entry")).isEqualTo(events);
        JsonNode agreed = bibliotekby.postJson(PARTNERSHIPS + "/" + fixed + "/agreement", "kind", "fixed-activity",
                "endsOn", lastDay.toString(), "expectations", "Læseklubber hele sommeren", "roles", "Biblioteket",
                "results", "200 børn", "evaluationIntervalMonths", 12).json();
        assertThat(agreed.get("agreementKind").asText()).isEqualTo("fixed-activity");
        assertThat(agreed.get("endsOn").asText()).isEqualTo(lastDay.toString());
        assertThat(agreed.get("nextEvaluationDue").asText()).as("evaluated when the activity ends at the latest")
                .isEqualTo(lastDay.toString());
        assertThat(agreed.get("relation").asText()).isEqualTo("partnership");

        String sponsored = propose("Brugsen");
        bibliotekby.post(PARTNERSHIPS + "/" + sponsored + "/screening", Http.json("answers", allYes()));
        Problems.assertProblem(bibliotekby.postJson(PARTNERSHIPS + "/" + sponsored + "/agreement", "kind",
                "sponsorship", "expectations", "x", "roles", "x", "results", "x", "evaluationIntervalMonths", 12),
                422, "conditions", "is required");
        JsonNode sponsorship = bibliotekby.postJson(PARTNERSHIPS + "/" + sponsored + "/agreement", "kind",
                "sponsorship", "conditions", "Brugsens logo på plakaterne", "expectations", "Penge til sommerfesten",
                "roles", "Brugsen betaler", "results", "En fest", "evaluationIntervalMonths", 12).json();
        assertThat(sponsorship.get("relation").asText()).isEqualTo("sponsorship");
        assertThat(sponsorship.get("conditions").asText()).isEqualTo("Brugsens logo på plakaterne");

        // Evaluators count the fixed activity as a partnership and the sponsorship as a sponsorship only
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode figures = partnershipFigures();
            assertThat(figures.path("active").asInt()).isEqualTo(before.path("active").asInt() + 1);
            assertThat(figures.path("activeByRelation").path("sponsorship").asInt())
                    .isEqualTo(before.path("activeByRelation").path("sponsorship").asInt() + 1);
            assertThat(figures.path("activeByRelation").path("partnership").asInt())
                    .isEqualTo(before.path("activeByRelation").path("partnership").asInt() + 1);
        });
    }

    private String relationInNetwork(String partnershipId) {
        JsonNode relations = bibliotekby().get(NETWORK).json().get("relations");
        return StreamSupport.stream(relations.spliterator(), false)
                .filter(relation -> relation.get("partnershipId").asText().equals(partnershipId))
                .map(relation -> relation.get("relation").asText() + "/" + relation.get("stage").asText())
                .findFirst().orElse("absent");
    }

    @Test
    default void a_relation_moves_between_network_and_collaboration_and_each_move_is_kept() {
        String id = propose("Børnenes Kulturhus");
        JsonNode moved = bibliotekby().postJson(PARTNERSHIPS + "/" + id + "/relation", "relation", "network").json();
        assertThat(moved.get("relation").asText()).isEqualTo("network");
        assertThat(moved.get("relationMoves").get(0).get("from").asText()).isEqualTo("collaboration");
        Problems.assertProblem(bibliotekby().postJson(PARTNERSHIPS + "/" + id + "/relation", "relation", "partnership"),
                422, "relation", "becomes a partnership by a written agreement");
    }

    @Test
    default void a_second_colleague_cannot_take_a_contact_someone_holds_until_it_is_handed_over() {
        Http bibliotekby = bibliotekby();
        Http.Response opened = bibliotekby.postJson(NETWORK + "/contacts", "partner", "Aarhus Universitet",
                "holder", "mette", "topic", "Forskningsformidling");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);

        Problems.assertProblem(bibliotekby.postJson(NETWORK + "/contacts", "partner", "aarhus  universitet",
                "holder", "jonas", "topic", "Studiecafé"), 422, "partner",
                "the contact with aarhus  universitet is held by mette since ");

        assertThat(bibliotekby.postJson(NETWORK + "/contacts/handovers", "partner", "Aarhus Universitet",
                "from", "mette", "to", "jonas").status()).isEqualTo(200);
        JsonNode overview = bibliotekby.get(NETWORK).json();
        Map<String, String> holders = StreamSupport.stream(overview.get("contacts").spliterator(), false)
                .collect(Collectors.toMap(contact -> contact.get("partner").asText(),
                        contact -> contact.path("holder").asText("")));
        assertThat(holders).containsEntry("Aarhus Universitet", "jonas");
        Problems.assertProblem(bibliotekby.postJson(NETWORK + "/contacts/releases", "partner", "Aarhus Universitet",
                "by", "mette"), 422, "by", "only the holder, jonas, lets it go");
    }

    /**
     * The partnership coordinator works the network overview in Tasklist, as herself: she opens a contact (its
     * holder is who signed in, not a name typed), tends it when its care falls due, and lets it go.
     */
    @Test
    default void a_coordinator_opens_tends_and_lets_go_a_contact_in_tasklist_as_herself() {
        Http mette = Http.as(samspill().baseUrl(), "mette", "demo");
        String start = "/engine-rest/process-definition/key/network-contact/submit-form";
        long events = count("select count(*) from domain_event_entry");
        // She may not name another holder: the holder is who signs in
        Http.Response named = mette.post(start, Http.json("variables", Map.of("partner", Map.of("value", "Dokk1"),
                "topic", Map.of("value", "Læseklubber"), "holder", Map.of("value", "per"))));
        assertThat(named.status()).as(named.toString()).isBetween(400, 499);
        assertThat(count("select count(*) from domain_event_entry")).isEqualTo(events);

        Http.Response started = mette.post(start, Http.json("variables", Map.of("partner", Map.of("value", "Dokk1"),
                "topic", Map.of("value", "Læseklubber"))));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        JsonNode care = careTask(mette);
        assertThat(care.get("name").asText()).isEqualTo("Pleje kontakten med partneren");
        assertThat(care.get("due").asText()).startsWith(today.plusMonths(6).toString());
        assertThat(contactInNetwork("Dokk1")).isEqualTo("mette/" + today);

        Http.Response used = mette.post("/engine-rest/task/" + care.get("id").asText() + "/submit-form",
                Http.json("variables", Map.of("careAction", Map.of("value", "used"))));
        assertThat(used.status()).as(used.toString()).isEqualTo(204);
        JsonNode next = careTask(mette);
        Http.Response toStranger = mette.post("/engine-rest/task/" + next.get("id").asText() + "/submit-form",
                Http.json("variables", Map.of("careAction", Map.of("value", "hand-over"),
                        "handOverTo", Map.of("value", "per"))));
        assertThat(toStranger.status()).as(toStranger.toString()).isBetween(400, 499);
        assertThat(toStranger.body()).contains("'per' is not a partnership coordinator of DK-0999");

        Http.Response letGo = mette.post("/engine-rest/task/" + next.get("id").asText() + "/submit-form",
                Http.json("variables", Map.of("careAction", Map.of("value", "let-go"))));
        assertThat(letGo.status()).as(letGo.toString()).isEqualTo(204);
        assertThat(contactInNetwork("Dokk1")).isEqualTo("null/" + today);
        assertThat(mette.get("/engine-rest/task?processDefinitionKey=network-contact&assignee=mette").json()
                .findValuesAsText("name")).isEmpty();
    }

    private JsonNode careTask(Http staff) {
        JsonNode tasks = staff.get("/engine-rest/task?processDefinitionKey=network-contact&assignee=mette").json();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private String contactInNetwork(String partner) {
        JsonNode contacts = bibliotekby().get(NETWORK).json().get("contacts");
        return StreamSupport.stream(contacts.spliterator(), false)
                .filter(contact -> contact.get("partner").asText().equals(partner))
                .map(contact -> contact.path("holder").asText("null") + "/" + contact.path("lastUsedOn").asText())
                .findFirst().orElse("absent");
    }

    /** Nordland county (NO-18) with a case system of its own, set up by the administrator. */
    private Http nordlandsCaseSystem() {
        Http admin = Http.as(samspill().baseUrl(), "admin", "demo");
        admin.postJson("/engine-rest/tenant/create", "id", "NO-18", "name", "Nordland");
        String client = "nordland-sak-" + Math.abs(System.nanoTime() % 100_000);
        Http.Response registered = admin.postJson("/api/v1/admin/case-system-clients", "clientId", client,
                "municipality", "NO-18", "secret", "nordland-hemmelighet-1", "permissions",
                java.util.List.of("partnerships"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return Http.as(samspill().baseUrl(), client, "nordland-hemmelighet-1");
    }

    @Test
    default void county_libraries_form_an_alliance_choose_projects_and_later_decide_on_a_regional_organisation() {
        Http troms = Http.as(samspill().baseUrl(), "troms-sak", "demo");
        Http nordland = nordlandsCaseSystem();
        // Troms cannot sign for Nordland: each party signs for itself
        long events = count("select count(*) from domain_event_entry");
        Problems.assertProblem(troms.post(ALLIANCES, Http.json("name", "Regionbibliotek Nord", "purpose",
                "En synlig regional utviklingsaktør", "agreedOn", "2026-09-01", "parties", java.util.List.of("NO-55", "NO-18"),
                "signatories", java.util.List.of(Map.of("party", "NO-55", "role", "fylkesbiblioteksjef"),
                        Map.of("party", "NO-18", "role", "fylkesbiblioteksjef")))), 400, "signatories",
                "each party signs for itself");
        assertThat(count("select count(*) from domain_event_entry")).isEqualTo(events);

        Http.Response formed = troms.post(ALLIANCES, Http.json("name", "Regionbibliotek Nord", "purpose",
                "En synlig regional utviklingsaktør", "agreedOn", "2026-09-01", "parties", java.util.List.of("NO-55", "NO-18"),
                "signatories", java.util.List.of(Map.of("party", "NO-55", "role", "fylkesbiblioteksjef"))));
        assertThat(formed.status()).as(formed.toString()).isEqualTo(201);
        assertThat(formed.json().get("inForce").asBoolean()).isFalse();
        String id = formed.json().get("id").asText();
        String alliance = ALLIANCES + "/" + id;
        Problems.assertProblem(troms.postJson(alliance + "/joint-measures", "measure", "Felles fjernlån"), 422,
                "alliance", "is not in force until every party has signed; not signed by: NO-18");

        // Nordland sees the agreement waiting for its signature, and signs it through its own case system
        String nordlands = "/api/v1/counties/NO-18/alliances/" + id;
        assertThat(nordland.get(nordlands).json().get("parties").toString()).contains("\"county\":\"NO-18\"");
        JsonNode signed = nordland.postJson(nordlands + "/signature", "role", "fylkesbiblioteksjef").json();
        assertThat(signed.get("inForce").asBoolean()).as(signed.toString()).isTrue();

        assertThat(troms.postJson(alliance + "/joint-measures", "measure", "Felles fjernlån").status()).isEqualTo(201);
        assertThat(troms.postJson(alliance + "/projects", "project", "Felles anbudsrunde for bibliotektransport",
                "leadParty", "NO-18").status()).isEqualTo(201);
        Problems.assertProblem(troms.postJson(alliance + "/projects", "project", "Felles markedsføring",
                "leadParty", "NO-03"), 422, "leadParty", "must be one of the alliance's parties");
        JsonNode decided = troms.postJson(alliance + "/regional-organisation", "decidingBody", "Fylkestingene",
                "decisionReference", "FT-sak 40/27", "decidedOn", "2027-06-15").json();
        assertThat(decided.get("regionalOrganisation").get("decisionReference").asText()).isEqualTo("FT-sak 40/27");
        assertThat(decided.get("projects").get(0).get("leadParty").asText()).isEqualTo("NO-18");
        assertThat(decided.get("jointMeasures").get(0).asText()).isEqualTo("Felles fjernlån");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode figures = StreamSupport.stream(Http.as(samspill().baseUrl(), "eva", "demo")
                            .get("/api/v1/analytics/alliances").json().spliterator(), false)
                    .filter(row -> row.get("county").asText().equals("NO-55")).findFirst().orElseThrow();
            assertThat(figures.get("regionalOrganisations").asInt()).isPositive();
        });
        assertThat(Http.as(samspill().baseUrl(), "io-sak", "demo").get("/api/v1/counties/NO-3118/alliances/" + id)
                .status()).isEqualTo(404);
    }

    @Test
    default void bad_input_is_refused_naming_the_field_and_changes_nothing() {
        Http bibliotekby = bibliotekby();
        long events = count("select count(*) from domain_event_entry");
        long processes = count("select count(*) from act_hi_procinst");

        Problems.assertProblem(bibliotekby.postJson(PARTNERSHIPS, "partner", "Rumklubben", "sector", "space",
                "purpose", "Stjerner", "proposedBy", "mette"), 400, "sector", "unknown value 'space'; allowed: culture");
        Problems.assertProblem(bibliotekby.postJson(PARTNERSHIPS, "sector", "culture", "purpose", "Stjerner",
                "proposedBy", "mette"), 400, "partner", "is required");
        Problems.assertProblem(Http.as(samspill().baseUrl(), "troms-sak", "demo").post(ALLIANCES, Http.json(
                "name", "Alene", "purpose", "x", "agreedOn", "2026-09-01", "parties", java.util.List.of("NO-55"),
                "signatories", java.util.List.of(Map.of("party", "NO-55", "role", "fylkesbiblioteksjef")))),
                422, "parties", "an alliance needs at least two county libraries");
        Problems.assertProblem(bibliotekby.postJson(NETWORK + "/contacts", "partner", "Dokk1", "holder", "mette"),
                400, "topic", "is required");
        assertThat(count("select count(*) from domain_event_entry")).isEqualTo(events);
        assertThat(count("select count(*) from act_hi_procinst")).isEqualTo(processes);

        String id = propose("Rumklubben");
        long afterProposal = count("select count(*) from domain_event_entry");
        Map<String, Object> unanswered = new java.util.HashMap<>(allYes());
        unanswered.remove("funding");
        Problems.assertProblem(bibliotekby.post(PARTNERSHIPS + "/" + id + "/screening", Http.json("answers", unanswered)),
                400, "answers.funding", "needs an answer");
        Map<String, Object> unknown = new java.util.HashMap<>(allYes());
        unknown.put("weather", true);
        Problems.assertProblem(bibliotekby.post(PARTNERSHIPS + "/" + id + "/screening", Http.json("answers", unknown)),
                400, "answers.weather", "is not a screening question");
        bibliotekby.post(PARTNERSHIPS + "/" + id + "/screening", Http.json("answers", allYes()));
        Problems.assertProblem(bibliotekby.postJson(PARTNERSHIPS + "/" + id + "/agreement", "expectations", "x",
                "roles", "x", "results", "x", "evaluationIntervalMonths", 48), 400, "evaluationIntervalMonths",
                "must be 1 to 36 months");
        assertThat(count("select count(*) from domain_event_entry")).isEqualTo(afterProposal + 1);

        // Another municipality's case system sees nothing; a statistics client may not touch partnerships
        assertThat(Http.as(samspill().baseUrl(), "io-sak", "demo").get("/api/v1/municipalities/NO-3118/partnerships/"
                + id).status()).isEqualTo(404);
        Problems.assertProblemStatus(Http.as(samspill().baseUrl(), "io-statistikk", "demo")
                .get("/api/v1/municipalities/NO-3118/partnerships"), 403);
    }

    private JsonNode partnershipFigures() {
        JsonNode rows = Http.as(samspill().baseUrl(), "eva", "demo").get("/api/v1/analytics/partnerships").json();
        return StreamSupport.stream(rows.spliterator(), false)
                .filter(row -> row.get("municipality").asText().equals("DK-0999")).findFirst()
                .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    private Http.Response evaluate(Http client, String id, String continuation, String endReason) {
        return client.postJson(PARTNERSHIPS + "/" + id + "/evaluation", "servesStrategy", true,
                "summary", "Godt publikum", "continuation", continuation, "endReason", endReason);
    }

    /** Makes the partnership's evaluation timer due now, as an operator can in Cockpit; the job executor fires it. */
    private void fireEvaluationTimer(String partnershipId) {
        ManagementService management = samspill().bean(ManagementService.class);
        Job timer = management.createJobQuery().processInstanceId(samspill().database().queryForObject(
                "select proc_inst_id_ from act_ru_execution where business_key_ = ? and parent_id_ is null",
                String.class, partnershipId)).timers().singleResult();
        management.setJobDuedate(timer.getId(), new Date());
    }

    private static void awaitTask(Http staff, String partnershipId, String name) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonNode tasks = staff.get("/engine-rest/task?processInstanceBusinessKey=" + partnershipId).json();
            return !tasks.isEmpty() && tasks.get(0).get("name").asText().equals(name);
        });
    }

    private long count(String sql) {
        return samspill().database().queryForObject(sql, Long.class);
    }
}
