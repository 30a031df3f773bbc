package no.samspill.service.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import no.samspill.core.inquiry.InquiryCommands.RegisterInquiry;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.service.support.Http;
import no.samspill.service.support.Problems;
import no.samspill.service.support.RunningSamspill;
import no.samspill.service.support.TasklistSession;
import no.samspill.service.support.TestTokenIssuer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import no.samspill.service.analytics.AnalyticsByHandScenarios;
import no.samspill.service.analytics.AnalyticsScenarios;
import no.samspill.service.api.HttpConventionsScenarios;
import no.samspill.service.api.IdempotencyScenarios;
import no.samspill.service.engine.IncidentScenarios;
import no.samspill.service.inquiry.tasklist.DeskTimeScenarios;
import no.samspill.service.provisioning.ProvisioningScenarios;
import no.samspill.service.libraryplan.LibraryPlanScenarios;
import no.samspill.service.partnership.PartnershipScenarios;
import no.samspill.service.webhook.WebhookScenarios;
import no.samspill.service.personaldata.PersonalDataScenarios;
import no.samspill.service.security.AttackScenarios;
import no.samspill.service.security.CaseSystemTokenScenarios;
import no.samspill.service.security.ClientAdministrationScenarios;
import no.samspill.service.security.TenantIsolationScenarios;
import no.samspill.service.servicepoint.ServicePointScenarios;
import org.junit.jupiter.api.Test;

/**
 * One inquiry's whole life over real HTTP against the started application: a case system registers it, staff work
 * it through engine-rest and Tasklist's API, and the event log tells its history. Run on H2 and on PostgreSQL.
 */
abstract class InquiryLifecycleScenarios implements ServicePointScenarios, OneDoorInScenarios, PacManScenarios, HybridScenarios,
        LibraryPlanScenarios, PersonalDataScenarios, CaseSystemTokenScenarios, TenantIsolationScenarios,
        AnalyticsScenarios, AnalyticsByHandScenarios, IdempotencyScenarios, ClientAdministrationScenarios,
        PartnershipScenarios, WebhookScenarios, IncidentScenarios, AttackScenarios, HttpConventionsScenarios,
        DeskTimeScenarios, ProvisioningScenarios, WithdrawalScenarios, InquiryListScenarios {

    static final String INQUIRIES = "/api/v1/municipalities/NO-3118/inquiries";

    public abstract RunningSamspill samspill();

    private final TestTokenIssuer tokens = TestTokenIssuer.start();

    @Override
    public TestTokenIssuer tokens() {
        return tokens;
    }

    /** The test's settings plus the token issuer's, and short webhook waits but a long one at rest (WebhookScenarios). */
    Map<String, Object> withTokens(Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.putAll(tokens.samspillProperties());
        all.put("samspill.webhooks.poll-interval", "PT0.1S");
        // No idle look at the outbox during a test: what is delivered, a commit or a due retry set going
        all.put("samspill.webhooks.idle-poll-interval", "PT1H");
        // Nor at the log for other nodes' events (there are none): what the lists and the analytics show, the
        // commit's own wake brought (CommitAwareEventStore); claims are then written every minute
        all.put("samspill.projections.idle-wait", "PT1M");
        all.put("axon.eventhandling.tokenstore.claim-timeout", "PT5M");
        all.put("samspill.webhooks.first-retry", "PT0.2S");
        all.put("samspill.webhooks.longest-retry", "PT0.5S");
        all.put("samspill.webhooks.max-attempts", "4");
        all.put("samspill.provisioning.files", "classpath:provisioning/two-municipalities.yaml");
        all.putAll(PartnershipScenarios.screeningConfiguration());
        return all;
    }

    @AfterAll
    void stopTokenIssuer() {
        tokens.close();
    }

    Http caseSystem() {
        return Http.as(samspill().baseUrl(), "io-sak", "demo");
    }

    Http staff(String user) {
        return Http.as(samspill().baseUrl(), user, "demo");
    }

    @Test
    void a_case_system_registers_an_inquiry_and_reads_it_back() {
        Http.Response created = caseSystem().post(INQUIRIES,
                "{\"servicePoint\":\"mysen\",\"channel\":\"in-person\",\"service\":\"passport\",\"externalReference\":\"2026/77\"}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo(INQUIRIES + "/" + id);

        JsonNode inquiry = caseSystem().get(INQUIRIES + "/" + id).json();
        assertThat(inquiry.get("status").asText()).isEqualTo("registered");
        assertThat(inquiry.get("model").asText()).isEqualTo("total-collaboration");
        assertThat(inquiry.get("externalReference").asText()).isEqualTo("2026/77");
        assertThat(historyTypes(inquiry)).containsExactly("InquiryRegistered", "InquiryRouted");
        assertThat(inquiry.get("handledLocally").asBoolean()).isTrue();
        assertThat(inquiry.get("route").asText()).isEqualTo("serve-here");
        assertThat(processInstances(id)).isEqualTo(1);
    }

    /**
     * Tasklist's "Historikk" tab asks Samspill for a task's history: the inquiry's path from the event log, for the
     * staff member who may see the task; another municipality's staff get a 404 as for no task, and nobody signed in
     * a 401.
     */
    @Test
    void a_tasks_history_is_the_inquirys_path_for_its_own_municipalitys_staff_only() {
        String id = register("driving-licence");
        TasklistSession kari = TasklistSession.login(samspill().baseUrl(), "kari", "demo");
        String taskId = onlyTask(kari.engine("task?processInstanceBusinessKey=" + id)).get("id").asText();
        assertThat(kari.engine("task/" + taskId + "/claim", Http.json("userId", "kari")).status()).isEqualTo(204);
        String history = "/camunda/api/samspill/tasks/" + taskId + "/history";

        Http.Response karis = kari.get(history);
        assertThat(karis.status()).as(karis.toString()).isEqualTo(200);
        assertThat(karis.json()).extracting(line -> line.get("text").asText())
                .containsExactly("Registrert", "Tatt av kari");

        Http.Response omars = TasklistSession.login(samspill().baseUrl(), "omar", "demo").get(history);
        assertThat(omars.status()).isEqualTo(404);
        assertThat(omars.body()).doesNotContain("kari", "Registrert");
        assertThat(TasklistSession.notLoggedIn(samspill().baseUrl()).get(history).status()).isEqualTo(401);
    }

    @Test
    void a_generalist_refers_and_a_specialist_resolves_in_tasklist() {
        String id = register("driving-licence");

        // The task waits in Tasklist for Mysen's generalists, and only for them
        TasklistSession kari = TasklistSession.login(samspill().baseUrl(), "kari", "demo");
        TasklistSession per = TasklistSession.login(samspill().baseUrl(), "per", "demo");
        JsonNode deskTask = onlyTask(kari.engine("task?processInstanceBusinessKey=" + id));
        assertThat(deskTask.get("name").asText()).isEqualTo("Betjen innbyggeren i felles skranke");
        assertThat(per.engine("task?processInstanceBusinessKey=" + id).json()).isEmpty();
        assertThat(staff("per").get("/engine-rest/task?processInstanceBusinessKey=" + id).json()).isEmpty();

        // Kari claims it in Tasklist and refers it to citizen service with the task's form
        String deskTaskId = deskTask.get("id").asText();
        assertThat(kari.engine("task/" + deskTaskId + "/claim", Http.json("userId", "kari")).status()).isEqualTo(204);
        assertThat(status(id)).isEqualTo("taken");
        assertThat(kari.engine("task/" + deskTaskId + "/submit-form", camundaVariables("outcome", "referred",
                "competence", "citizen-service", "referralReason", "special-competence")).status()).isEqualTo(204);
        assertThat(status(id)).isEqualTo("referred");

        // Per, a specialist, now sees it; he claims it and resolves it, here over engine-rest
        JsonNode specialistTask = onlyTask(per.engine("task?processInstanceBusinessKey=" + id));
        assertThat(specialistTask.get("name").asText()).isEqualTo("Behandle henvist henvendelse");
        assertThat(kari.engine("task?processInstanceBusinessKey=" + id).json()).isEmpty();
        String specialistTaskId = specialistTask.get("id").asText();
        staff("per").postJson("/engine-rest/task/" + specialistTaskId + "/claim", "userId", "per");
        submit("per", specialistTaskId, "outcome", "resolved");

        JsonNode inquiry = caseSystem().get(INQUIRIES + "/" + id).json();
        assertThat(inquiry.get("status").asText()).isEqualTo("resolved");
        assertThat(historyTypes(inquiry)).containsExactly("InquiryRegistered", "InquiryRouted", "InquiryTaken",
                "InquiryReferred", "InquiryTaken", "InquiryResolved");
        assertThat(samspill().database().queryForObject(
                "select count(*) from act_hi_procinst where business_key_ = ? and end_time_ is not null",
                Long.class, id)).isEqualTo(1);
    }

    @Test
    void a_service_needing_a_named_competence_goes_past_the_shared_desk_to_the_specialists() {
        // Mysen's catalogue says tax needs a tax advisor, which the shared desk's generalists are not
        String id = register("tax");

        JsonNode routed = caseSystem().get(INQUIRIES + "/" + id).json();
        assertThat(routed.get("route").asText()).isEqualTo("refer-to-competence");
        assertThat(routed.get("handledLocally").asBoolean()).isTrue();
        assertThat(staff("kari").get("/engine-rest/task?processInstanceBusinessKey=" + id).json()).isEmpty();
        JsonNode task = onlyTask(staff("per").get("/engine-rest/task?processInstanceBusinessKey=" + id));
        assertThat(task.get("name").asText()).isEqualTo("Behandle henvist henvendelse");

        staff("per").postJson("/engine-rest/task/" + task.get("id").asText() + "/claim", "userId", "per");
        submit("per", task.get("id").asText(), "outcome", "resolved");
        assertThat(historyTypes(caseSystem().get(INQUIRIES + "/" + id).json())).containsExactly(
                "InquiryRegistered", "InquiryRouted", "InquiryTaken", "InquiryResolved");
    }

    @Test
    void the_webapps_hide_the_community_editions_end_of_life_banner_from_staff() {
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            Http.Response styles = Http.anonymous(samspill().baseUrl()).get("/camunda/app/" + app + "/styles/user-styles.css");
            assertThat(styles.status()).as(app).isEqualTo(200);
            assertThat(styles.body()).as(app).contains("@import url(\"../../samspill-look.css\")");
        }
        Http.Response look = Http.anonymous(samspill().baseUrl()).get("/camunda/app/samspill-look.css");
        assertThat(look.body()).contains(".ce-eol-banner {\n  display: none !important;");
        assertThat(Http.anonymous(samspill().baseUrl()).get("/camunda/app/samspill-logo.svg").status()).isEqualTo(200);
    }

    @Test
    void metrics_and_health_are_served_for_operators() {
        Http operator = Http.anonymous(samspill().baseUrl());
        assertThat(operator.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        assertThat(operator.get("/actuator/health/readiness").json().get("status").asText()).isEqualTo("UP");
        String id = register("print-scan-copy");
        String taskId = onlyTask(staff("kari").get("/engine-rest/task?processInstanceBusinessKey=" + id)).get("id").asText();
        staff("kari").postJson("/engine-rest/task/" + taskId + "/claim", "userId", "kari");
        submit("kari", taskId, "outcome", "resolved");
        register("print-scan-copy"); // one left open

        // Samspill's own figures, refreshed from the database every 15 s
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(40)).untilAsserted(() ->
                assertThat(operator.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes",
                        "samspill_eventstore_append_seconds_count",
                        "samspill_inquiries{model=\"total-collaboration\",outcome=\"resolved\"}",
                        "samspill_inquiries{model=\"total-collaboration\",outcome=\"open\"}",
                        "samspill_tasks_open{process=\"inquiry-total-collaboration\"}",
                        "samspill_tasks_oldest_wait_seconds{process=\"inquiry-total-collaboration\"}",
                        "samspill_tasks_wait_seconds_count{process=\"inquiry-total-collaboration\"",
                        "samspill_eventprocessor_lag_events{processor=\"analytics\"}",
                        "samspill_webhooks_outbox{state=\"parked\"}"));
    }

    @Test
    void a_generalist_resolves_at_first_contact() {
        String id = register("print-scan-copy");
        String taskId = onlyTask(staff("kari").get("/engine-rest/task?processInstanceBusinessKey=" + id)).get("id").asText();
        staff("kari").postJson("/engine-rest/task/" + taskId + "/claim", "userId", "kari");
        submit("kari", taskId, "outcome", "resolved", "satisfaction", 5);

        assertThat(status(id)).isEqualTo("resolved");
        assertThat(historyTypes(caseSystem().get(INQUIRIES + "/" + id).json())).endsWith("InquiryResolved",
                "CitizenSatisfactionRecorded");
        String payload = samspill().database().queryForObject(
                "select payload from domain_event_entry where aggregate_identifier = ? and payload_type like '%InquiryResolved'",
                (row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8), id);
        assertThat(payload).contains("\"firstContact\":true");
        // History is cleaned up by end time (ADR 0009): ending the process wrote no removal time on what Camunda's
        // history keeps of an inquiry (its tasks), and none of its activities are kept (the event log has them)
        assertThat(samspill().database().queryForObject("select count(*) from act_hi_actinst where proc_inst_id_ ="
                + " (select id_ from act_hi_procinst where business_key_ = ?)", Long.class, id)).isZero();
        assertThat(samspill().database().queryForList("select removal_time_ from act_hi_taskinst where proc_inst_id_ ="
                + " (select id_ from act_hi_procinst where business_key_ = ?)", Object.class, id)).isNotEmpty()
                .containsOnlyNulls();
    }

    @Test
    void a_note_on_a_task_is_stored_apart_from_the_event_log_and_the_engine() {
        String id = register("housing");
        String taskId = onlyTask(staff("kari").get("/engine-rest/task?processInstanceBusinessKey=" + id)).get("id").asText();
        staff("kari").postJson("/engine-rest/task/" + taskId + "/claim", "userId", "kari");
        String note = "Innbyggeren (fnr 01019012345) trenger hjelp med søknad om bostøtte";

        submit("kari", taskId, "outcome", "resolved", "note", note);

        JsonNode stored = caseSystem().get(INQUIRIES + "/" + id + "/personal-data").json().get("notes").get(0);
        assertThat(stored.get("note").asText()).isEqualTo(note);
        assertThat(stored.get("writtenBy").asText()).isEqualTo("kari");
        assertThat(samspill().database().queryForObject(
                "select count(*) from act_hi_varinst where name_ = 'note'", Long.class)).isZero();
        // Camunda's history keeps no variable or form field of an inquiry at all (HistoryKept, ADR 0009)
        assertThat(samspill().database().queryForObject("select count(*) from act_hi_detail where proc_inst_id_ in"
                + " (select id_ from act_hi_procinst where business_key_ = ?)", Long.class, id)).isZero();
        assertThat(samspill().database().queryForObject("select count(*) from act_hi_varinst where proc_inst_id_ in"
                + " (select id_ from act_hi_procinst where business_key_ = ?)", Long.class, id)).isZero();
        assertThat(samspill().database().queryForObject(
                "select count(*) from act_ru_variable where name_ = 'note'", Long.class)).isZero();
        List<String> events = samspill().database().query(
                "select payload, meta_data from domain_event_entry where aggregate_identifier = ?",
                (row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8)
                        + new String(row.getBytes(2), StandardCharsets.UTF_8), id);
        assertThat(events).isNotEmpty().noneMatch(event -> event.contains("01019012345"));
    }

    @Test
    void every_event_records_who_acted() {
        String id = register("forms");
        String taskId = onlyTask(staff("kari").get("/engine-rest/task?processInstanceBusinessKey=" + id)).get("id").asText();
        staff("kari").postJson("/engine-rest/task/" + taskId + "/claim", "userId", "kari");

        List<String> metadata = samspill().database().query(
                "select meta_data from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                (row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8), id);
        assertThat(metadata).hasSize(3);
        assertThat(metadata.get(0)).contains("\"actor\":\"case-system:io-sak\"").contains("traceId");
        assertThat(metadata.get(2)).contains("\"actor\":\"staff:kari\"");
    }

    @Test
    void staff_register_a_walk_in_inquiry_from_tasklist() {
        Http.Response started = staff("kari").post(
                "/engine-rest/process-definition/key/inquiry-total-collaboration/submit-form",
                camundaVariables("servicePoint", "mysen", "channel", "in-person", "service", "loans-returns"));

        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json().get("tenantId").asText()).isEqualTo("NO-3118");
        String id = started.json().get("businessKey").asText();
        JsonNode inquiry = caseSystem().get(INQUIRIES + "/" + id).json();
        assertThat(inquiry.get("channel").asText()).isEqualTo("in-person");
        assertThat(inquiry.get("service").asText()).isEqualTo("loans-returns");
    }

    @Test
    void bad_input_is_refused_with_a_problem_naming_the_field_and_changes_nothing() {
        long events = eventCount();
        long instances = allProcessInstances();

        Problems.assertProblem(caseSystem().post(INQUIRIES, "{\"servicePoint\":\"mysen\",\"channel\":\"fax\",\"service\":\"passport\"}"),
                400, "channel", "unknown value 'fax'; allowed: in-person, phone, digital, case-system");
        Problems.assertProblem(caseSystem().post(INQUIRIES, "{\"servicePoint\":\"mysen\",\"channel\":\"phone\",\"service\":\"haircut\"}"),
                400, "service", "unknown value 'haircut'");
        Problems.assertProblem(caseSystem().post(INQUIRIES, "{\"servicePoint\":\"mysen\",\"channel\":\"phone\"}"),
                400, "service", "is required");
        Problems.assertProblem(caseSystem().post(INQUIRIES, "{\"servicePoint\":\"svelvik\",\"channel\":\"phone\",\"service\":\"tax\"}"),
                422, "servicePoint", "no service point 'svelvik' in municipality NO-3118");
        Problems.assertProblem(caseSystem().post(INQUIRIES, "{\"servicePoint\":\"mysen\",\"channel\":"),
                400, "body", "is not well-formed JSON");
        Problems.assertProblem(caseSystem().post(INQUIRIES, "{\"servicePoint\":[1],\"channel\":\"phone\",\"service\":\"tax\"}"),
                400, "servicePoint", "has the wrong type");

        Http.Response otherMunicipality = caseSystem().post("/api/v1/municipalities/NO-0301/inquiries",
                "{\"servicePoint\":\"mysen\",\"channel\":\"phone\",\"service\":\"tax\"}");
        assertThat(otherMunicipality.status()).isEqualTo(404);
        assertThat(otherMunicipality.header("Content-Type")).isEqualTo("application/problem+json");

        Http.Response anonymous = Http.anonymous(samspill().baseUrl()).post(INQUIRIES,
                "{\"servicePoint\":\"mysen\",\"channel\":\"phone\",\"service\":\"tax\"}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(Http.as(samspill().baseUrl(), "io-sak", "wrong").post(INQUIRIES,
                "{\"servicePoint\":\"mysen\",\"channel\":\"phone\",\"service\":\"tax\"}").status()).isEqualTo(401);
        // Staff are known users, but not case systems
        Problems.assertProblemStatus(staff("kari").post(INQUIRIES,
                "{\"servicePoint\":\"mysen\",\"channel\":\"phone\",\"service\":\"tax\"}"), 403);

        assertThat(eventCount()).isEqualTo(events);
        assertThat(allProcessInstances()).isEqualTo(instances);
    }

    @Test
    void engine_rest_is_closed_to_anonymous_callers() {
        assertThat(Http.anonymous(samspill().baseUrl()).get("/engine-rest/task").status()).isEqualTo(401);
        // A user nobody else logs in as: Camunda locks a user out for a few seconds after a wrong password
        assertThat(Http.as(samspill().baseUrl(), "nobody", "wrong").get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void a_step_the_inquiry_refuses_leaves_the_task_and_the_log_as_they_were() {
        String id = register("housing");
        String taskId = onlyTask(staff("kari").get("/engine-rest/task?processInstanceBusinessKey=" + id)).get("id").asText();
        staff("kari").postJson("/engine-rest/task/" + taskId + "/claim", "userId", "kari");
        long events = eventCount();

        Http.Response refused = submitViaComplete("kari", taskId, "outcome", "referred", "competence", "Not A Code",
                "referralReason", "special-competence");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("competence: 'Not A Code' is not a competence code");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(onlyTask(staff("kari").get("/engine-rest/task?processInstanceBusinessKey=" + id))
                .get("assignee").asText()).isEqualTo("kari");
    }

    @Test
    void the_event_store_has_a_gapless_global_index() {
        // Its own events, one after another: a rolled-back append elsewhere (a lost race) may leave a gap before them
        long before = samspill().database().queryForObject("select coalesce(max(global_index), 0) from "
                + "domain_event_entry", Long.class);
        register("waste");
        register("forms");
        List<Long> indexes = samspill().database().queryForList(
                "select global_index from domain_event_entry where global_index > ? order by global_index", Long.class,
                before);
        assertThat(indexes).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 1; i < indexes.size(); i++) {
            assertThat(indexes.get(i)).isEqualTo(indexes.get(i - 1) + 1);
        }
    }

    @Test
    void events_are_stored_in_the_callers_transaction_and_roll_back_with_it() {
        // ADR 0001: the event store writes on the transaction's own connection, so a step that fails after a
        // command took effect leaves no event behind (an engine on a connection of its own would keep it)
        TransactionTemplate transaction = new TransactionTemplate(samspill().bean(PlatformTransactionManager.class));
        CommandGateway commands = samspill().bean(CommandGateway.class);
        InquiryId inquiry = InquiryId.generate();
        String eventsOfInquiry = "select count(*) from domain_event_entry where aggregate_identifier = ?";
        long before = eventCount();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new RegisterInquiry(inquiry, new MunicipalityCode("NO-3118"), "mysen",
                    CoOrganisationModel.TOTAL_COLLABORATION, Channel.IN_PERSON, ServiceCode.PASSPORT, null, null));
            assertThat(samspill().database().queryForObject(eventsOfInquiry, Long.class, inquiry.value()))
                    .as("visible inside the transaction").isEqualTo(1);
            throw new IllegalStateException("a later step fails");
        })).hasMessage("a later step fails");

        assertThat(samspill().database().queryForObject(eventsOfInquiry, Long.class, inquiry.value())).isZero();
        assertThat(eventCount()).isEqualTo(before);
        // The rolled-back append used up a value of the global index's sequence; the other scenarios (the gapless
        // index, the replay's event count) read the log as gapless, so the next event takes that value again
        long highest = samspill().database().queryForObject("select coalesce(max(global_index), 0) from"
                + " domain_event_entry", Long.class);
        samspill().database().execute("alter sequence domain_event_entry_seq restart with " + (highest + 1));
    }

    @Test
    void a_restart_keeps_inquiries_their_events_and_open_tasks() {
        String id = register("digital-id");
        String taskId = onlyTask(staff("kari").get("/engine-rest/task?processInstanceBusinessKey=" + id)).get("id").asText();
        staff("kari").postJson("/engine-rest/task/" + taskId + "/claim", "userId", "kari");

        samspill().restart();

        JsonNode inquiry = caseSystem().get(INQUIRIES + "/" + id).json();
        assertThat(historyTypes(inquiry)).containsExactly("InquiryRegistered", "InquiryRouted", "InquiryTaken");
        JsonNode task = onlyTask(staff("kari").get("/engine-rest/task?processInstanceBusinessKey=" + id));
        assertThat(task.get("assignee").asText()).isEqualTo("kari");
        assertThat(submit("kari", task.get("id").asText(), "outcome", "resolved").status()).isEqualTo(204);
        assertThat(status(id)).isEqualTo("resolved");
    }

    String register(String service) {
        Http.Response created = caseSystem().postJson(INQUIRIES, "servicePoint", "mysen", "channel", "phone",
                "service", service);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    String status(String id) {
        return caseSystem().get(INQUIRIES + "/" + id).json().get("status").asText();
    }

    Http.Response submit(String user, String taskId, Object... variables) {
        Http.Response answer = staff(user).post("/engine-rest/task/" + taskId + "/submit-form", camundaVariables(variables));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(204);
        return answer;
    }

    Http.Response submitViaComplete(String user, String taskId, Object... variables) {
        return staff(user).post("/engine-rest/task/" + taskId + "/complete", camundaVariables(variables));
    }

    static String camundaVariables(Object... keysAndValues) {
        List<Object> wrapped = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            wrapped.add(keysAndValues[i]);
            wrapped.add(Map.of("value", keysAndValues[i + 1]));
        }
        return Http.json("variables", jsonObject(wrapped));
    }

    private static Map<String, Object> jsonObject(List<Object> keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.size(); i += 2) {
            object.put((String) keysAndValues.get(i), keysAndValues.get(i + 1));
        }
        return object;
    }

    static JsonNode onlyTask(Http.Response tasks) {
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
        assertThat(tasks.json()).as(tasks.toString()).hasSize(1);
        return tasks.json().get(0);
    }

    static List<String> historyTypes(JsonNode inquiry) {
        return StreamSupport.stream(inquiry.get("history").spliterator(), false)
                .map(entry -> entry.get("type").asText()).toList();
    }

    long eventCount() {
        return samspill().database().queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    long allProcessInstances() {
        return samspill().database().queryForObject("select count(*) from act_hi_procinst", Long.class);
    }

    long processInstances(String businessKey) {
        return samspill().database().queryForObject(
                "select count(*) from act_hi_procinst where business_key_ = ?", Long.class, businessKey);
    }
}
