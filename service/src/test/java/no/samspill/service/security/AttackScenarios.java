package no.samspill.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.samspill.core.citizen.CitizenRef;
import no.samspill.core.inquiry.InquiryCommands.RegisterInquiry;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import no.samspill.service.support.TasklistSession;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/**
 * The attacks of issue 19, each as the attacker's own HTTP requests against the running application, each asserting
 * the refusal and that nothing changed: no event, no process instance, no task. Staff of one municipality (and an
 * administrator's mistaken request) try to act in another municipality through Camunda's engine: engine-rest,
 * Tasklist's own API, start instructions and chosen business keys.
 */
public interface AttackScenarios {

    ObjectMapper JSON = new ObjectMapper();

    RunningSamspill samspill();

    private Http as(String user) {
        return Http.as(samspill().baseUrl(), user, "demo");
    }

    /** What an attack could have changed: every event, every process instance and every open task. */
    record Footprint(long events, long processInstances, long openTasks) {
    }

    private Footprint footprint() {
        return new Footprint(count("select count(*) from domain_event_entry"),
                count("select count(*) from act_ru_execution where id_ = proc_inst_id_"),
                count("select count(*) from act_ru_task"));
    }

    private long count(String sql, Object... arguments) {
        return samspill().database().queryForObject(sql, Long.class, arguments);
    }

    /** A start request body in engine-rest's shape: variables as {value}, and any of the other start options. */
    private static ObjectNode startRequest(Object... variableNamesAndValues) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        for (int i = 0; i < variableNamesAndValues.length; i += 2) {
            variables.putObject((String) variableNamesAndValues[i]).set("value",
                    JSON.valueToTree(variableNamesAndValues[i + 1]));
        }
        return body;
    }

    private static ObjectNode startBefore(ObjectNode request, String activityId) {
        ArrayNode instructions = request.putArray("startInstructions");
        instructions.addObject().put("type", "startBeforeActivity").put("activityId", activityId);
        return request;
    }

    private static void assertRefused(Http.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
    }

    private String kongsbergInquiry() {
        return as("kongsberg-sak").postJson("/api/v1/municipalities/NO-3303/inquiries", "servicePoint", "krona",
                "channel", "in-person", "service", "passport").json().get("id").asText();
    }

    private String statusInKongsberg(String inquiryId) {
        return as("kongsberg-sak").get("/api/v1/municipalities/NO-3303/inquiries/" + inquiryId).json()
                .get("status").asText();
    }

    /** High 1: the municipality variable does not choose the tenant for staff. */
    @Test
    default void staff_cannot_start_processes_in_another_municipality_over_engine_rest_or_tasklist() {
        Footprint before = footprint();
        long kongsbergTasks = count("select count(*) from act_ru_task where tenant_id_ = 'NO-3303'");

        // Kari of Indre Østfold registers an inquiry at Kongsberg's Krona, which would wait for Omar
        assertRefused(as("kari").post("/engine-rest/process-definition/key/inquiry-one-door-in/start",
                startRequest("municipality", "NO-3303", "servicePoint", "krona", "channel", "in-person",
                        "service", "passport").toString()));
        // … and the same through Tasklist's own API, as its start form does
        TasklistSession kari = TasklistSession.login(samspill().baseUrl(), "kari", "demo");
        assertRefused(kari.engine("process-definition/key/inquiry-one-door-in/submit-form",
                startRequest("municipality", "NO-3303", "servicePoint", "krona", "channel", "in-person",
                        "service", "passport").toString()));
        // Mette of Bibliotekby, a partnership coordinator, proposes a partnership for Indre Østfold's library
        assertRefused(as("mette").post("/engine-rest/process-definition/key/partnership/start",
                startRequest("municipality", "NO-3118", "partner", "Mysen IL", "sector", "civil-society",
                        "purpose", "Leseombud").toString()));
        // Kari starts Troms's library plan
        assertRefused(as("kari").post("/engine-rest/process-definition/key/library-plan/start",
                startRequest("municipality", "NO-55", "title", "Plan", "kickoff", "2027-01-10").toString()));

        assertThat(footprint()).isEqualTo(before);
        assertThat(count("select count(*) from act_ru_task where tenant_id_ = 'NO-3303'")).isEqualTo(kongsbergTasks);
    }

    /** High 1: each staff group starts only the processes it works; Tasklist offers only those. */
    @Test
    default void each_staff_group_starts_only_the_processes_it_works() {
        assertThat(startable("per")).containsExactly("inquiry-total-collaboration");
        // a partnership coordinator too: partnerships and the network overview's contacts
        assertThat(startable("kari")).containsExactly("inquiry-total-collaboration", "network-contact",
                "partnership");
        assertThat(startable("omar")).containsExactly("inquiry-one-door-in");
        assertThat(startable("birgit")).containsExactly("consultation-answer", "consultation-reminder",
                "library-plan");
        assertThat(startable("nils")).isEmpty();

        Footprint before = footprint();
        // Per, a specialist at Mysen, is no partnership coordinator
        Http.Response refused = as("per").post("/engine-rest/process-definition/key/partnership/start",
                startRequest("partner", "Mysen IL", "sector", "civil-society", "purpose", "Leseombud").toString());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(footprint()).isEqualTo(before);
    }

    private Set<String> startable(String user) {
        JsonNode definitions = as(user).get("/engine-rest/process-definition?latestVersion=true"
                + "&startablePermissionCheck=true&startableInTasklist=true").json();
        Set<String> keys = new TreeSet<>();
        definitions.forEach(definition -> keys.add(definition.get("key").asText()));
        return keys;
    }

    /** High 2: start instructions, skipping listeners or mappings, and chosen business keys are refused to staff. */
    @Test
    default void staff_cannot_start_at_a_chosen_step_skip_listeners_or_choose_the_business_key() {
        String kongsberg = kongsbergInquiry();
        Footprint before = footprint();

        // Resolve Kongsberg's inquiry in Omar's name by starting Mysen's process right before its last step
        assertRefused(as("kari").post("/engine-rest/process-definition/key/inquiry-total-collaboration/start",
                startBefore(startRequest("handledBy", "omar"), "resolveInquiry").put("businessKey", kongsberg)
                        .toString()));
        // The same in her own municipality, and with listeners or input mappings skipped
        assertRefused(as("kari").post("/engine-rest/process-definition/key/inquiry-total-collaboration/start",
                startBefore(startRequest("handledBy", "per"), "resolveInquiry").toString()));
        assertRefused(as("kari").post("/engine-rest/process-definition/key/inquiry-total-collaboration/start",
                mysenWalkIn().put("skipCustomListeners", true).toString()));
        assertRefused(as("kari").post("/engine-rest/process-definition/key/inquiry-total-collaboration/start",
                mysenWalkIn().put("skipIoMappings", true).toString()));
        // A business key of her own choosing, over engine-rest and in Tasklist's start form
        String chosen = UUID.randomUUID().toString();
        Http.Response chosenKey = as("kari").post("/engine-rest/process-definition/key/inquiry-total-collaboration/start",
                mysenWalkIn().put("businessKey", chosen).toString());
        assertRefused(chosenKey);
        assertThat(chosenKey.body()).contains("businessKey");
        assertRefused(TasklistSession.login(samspill().baseUrl(), "kari", "demo").engine(
                "process-definition/key/inquiry-total-collaboration/submit-form",
                mysenWalkIn().put("businessKey", chosen).toString()));

        assertThat(footprint()).isEqualTo(before);
        assertThat(statusInKongsberg(kongsberg)).isEqualTo("registered");
        // Without any of these, the same start works: the refusals above were for the option, not the request
        assertThat(as("kari").post("/engine-rest/process-definition/key/inquiry-total-collaboration/start",
                mysenWalkIn().toString()).status()).isEqualTo(200);
    }

    private static ObjectNode mysenWalkIn() {
        return startRequest("servicePoint", "mysen", "channel", "in-person", "service", "print-scan-copy");
    }

    /**
     * High 1 and 2, in depth: even a start an administrator may make cannot run a step of one municipality's process
     * on another municipality's inquiry; every command a step sends is checked against the instance's tenant.
     */
    @Test
    default void a_process_step_never_acts_on_another_municipalitys_aggregate() {
        String kongsberg = kongsbergInquiry();
        Footprint before = footprint();

        Http.Response answer = as("admin").post("/engine-rest/process-definition/key/inquiry-total-collaboration/start",
                startBefore(startRequest("municipality", "NO-3118", "handledBy", "kari"), "resolveInquiry")
                        .put("businessKey", kongsberg).toString());

        assertRefused(answer);
        assertThat(footprint()).isEqualTo(before);
        assertThat(statusInKongsberg(kongsberg)).isEqualTo("registered");
    }

    /** High 2: an aggregate's id is a UUID, so that no process can take the stream of a service point to come. */
    @Test
    default void no_one_squats_the_event_stream_of_another_aggregate() {
        String squatted = "NO-3303.squatted" + (System.nanoTime() % 100_000);
        Footprint before = footprint();

        ObjectNode squat = mysenWalkIn().put("businessKey", squatted);
        ((ObjectNode) squat.get("variables")).putObject("municipality").put("value", "NO-3118");
        assertRefused(as("admin").post("/engine-rest/process-definition/key/inquiry-total-collaboration/start",
                squat.toString()));
        assertThat(footprint()).isEqualTo(before);

        // Kongsberg can still register a service point with that code
        Http.Response registered = as("kongsberg-sak").postJson("/api/v1/municipalities/NO-3303/service-points",
                "code", squatted.substring("NO-3303.".length()), "name", "Ny filial", "model", "one-door-in",
                "desks", List.of(java.util.Map.of("code", "library", "name", "Skranke", "competence", "library")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    }

    /** High 2: who resolved, referred or took an inquiry is the logged-in staff member, never a value they send. */
    @Test
    default void who_acted_comes_from_the_login_never_from_a_variable_or_a_claim_for_someone_else() {
        String id = as("io-sak").postJson("/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen",
                "channel", "in-person", "service", "print-scan-copy").json().get("id").asText();
        String taskId = as("kari").get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0).get("id")
                .asText();

        // Kari claims the task in Per's name, or hands it to him: refused, the task stays unclaimed
        assertThat(as("kari").postJson("/engine-rest/task/" + taskId + "/claim", "userId", "per").status())
                .isEqualTo(403);
        assertThat(as("kari").postJson("/engine-rest/task/" + taskId + "/assignee", "userId", "per").status())
                .isEqualTo(403);
        assertThat(as("kari").get("/engine-rest/task/" + taskId).json().path("assignee").isNull()).isTrue();

        // She resolves it and names Per as the one who did
        Http.Response completed = as("kari").post("/engine-rest/task/" + taskId + "/complete",
                startRequest("outcome", "resolved", "handledBy", "per").toString());
        assertThat(completed.status()).as(completed.toString()).isIn(204, 400);
        if (completed.status() == 204) {
            assertThat(staffIn(payloadOf(id, "InquiryResolved").get("resolvedBy"))).isEqualTo("kari");
            assertThat(staffIn(payloadOf(id, "InquiryTaken").get("staff"))).isEqualTo("kari");
        } else {
            assertThat(count("select count(*) from domain_event_entry where aggregate_identifier = ?", id))
                    .isEqualTo(2);
        }
    }

    /** A stored staff id, written as its value or as an object holding it. */
    private static String staffIn(JsonNode staff) {
        return staff.isObject() ? staff.get("value").asText() : staff.asText();
    }

    private JsonNode payloadOf(String aggregateId, String eventType) {
        byte[] payload = samspill().database().queryForObject("select payload from domain_event_entry "
                + "where aggregate_identifier = ? and payload_type like ?", byte[].class, aggregateId, "%" + eventType);
        try {
            return JSON.readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /**
     * Medium 3: a citizen's pseudonym is set by the API only. Staff who name another municipality's citizen are
     * refused; and even an inquiry carrying such a pseudonym never opens that citizen's identifier.
     */
    @Test
    default void staff_never_name_a_citizen_and_a_pseudonym_opens_only_in_its_own_municipality() {
        String bibliotekbyCitizen = as("bibliotekby-sak").postJson("/api/v1/municipalities/DK-0999/inquiries",
                "servicePoint", "hovedbiblioteket", "channel", "in-person", "service", "forms",
                "citizenId", "0101901234").json().get("citizen").asText();
        Footprint before = footprint();

        Http.Response started = as("kari").post("/engine-rest/process-definition/key/inquiry-total-collaboration/start",
                mysenWalkIn().<ObjectNode>set("variables", ((ObjectNode) mysenWalkIn().get("variables"))
                        .set("citizen", JSON.createObjectNode().put("value", bibliotekbyCitizen))).toString());
        assertRefused(started);
        assertThat(started.body()).contains("citizen");
        assertThat(footprint()).isEqualTo(before);

        // An inquiry of Indre Østfold that somehow carries it (here: sent as a command, past every API)
        InquiryId planted = InquiryId.generate();
        samspill().bean(CommandGateway.class).sendAndWait(new RegisterInquiry(planted, new MunicipalityCode("NO-3118"),
                "mysen", CoOrganisationModel.TOTAL_COLLABORATION, Channel.IN_PERSON, ServiceCode.FORMS, null,
                new CitizenRef(bibliotekbyCitizen)));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                count("select count(*) from inquiry_personal_data where inquiry_id = ?", planted.value()) == 1);
        JsonNode read = as("io-sak").get("/api/v1/municipalities/NO-3118/inquiries/" + planted.value()
                + "/personal-data").json();
        assertThat(read.has("citizenId")).as(read.toString()).isFalse();
        assertThat(read.toString()).doesNotContain("0101901234");
    }

    /**
     * Medium 4: the kept answers of repeated requests are no oracle for a citizen's identifier. The request is told
     * apart by a keyed hash (the plain SHA-256 an attacker with a dump could compute is not there), the answer is
     * kept for a bounded time only, and it goes when its citizen is erased.
     */
    @Test
    default void idempotency_keys_keep_no_testable_hash_and_go_with_the_citizen_and_with_time() throws Exception {
        String path = "/api/v1/municipalities/NO-3118/inquiries";
        String body = "{\"servicePoint\":\"mysen\",\"channel\":\"phone\",\"service\":\"forms\","
                + "\"citizenId\":\"03037710074\"}";
        String key = UUID.randomUUID().toString();
        Http ioSak = as("io-sak");
        Http.Response first = ioSak.send(ioSak.request(path).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String citizen = ioSak.get(first.header("Location")).json().get("citizen").asText();

        java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
        sha256.update(path.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0);
        String plainHash = java.util.HexFormat.of().formatHex(sha256.digest(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(samspill().database().queryForList("select request_hash from idempotent_request",
                String.class)).isNotEmpty().doesNotContain(plainHash);
        assertThat(count("select count(*) from idempotent_request where idempotency_key = ? and citizen_ref = ?",
                key, citizen)).isOne();

        // Erasing the citizen erases the kept answer that named them
        assertThat(ioSak.send(ioSak.request("/api/v1/municipalities/NO-3118/citizens/" + citizen).DELETE()).status())
                .isEqualTo(204);
        assertThat(count("select count(*) from idempotent_request where citizen_ref = ?", citizen)).isZero();

        // An answer older than its lifetime is gone: the same key is a new request again
        String otherKey = UUID.randomUUID().toString();
        String plain = "{\"servicePoint\":\"mysen\",\"channel\":\"phone\",\"service\":\"passport\"}";
        Http.Response kept = ioSak.send(ioSak.request(path).header("Content-Type", "application/json")
                .header("Idempotency-Key", otherKey).POST(java.net.http.HttpRequest.BodyPublishers.ofString(plain)));
        samspill().database().update("update idempotent_request set created_at = ? where idempotency_key = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))), otherKey);
        Http.Response afterLifetime = ioSak.send(ioSak.request(path).header("Content-Type", "application/json")
                .header("Idempotency-Key", otherKey).POST(java.net.http.HttpRequest.BodyPublishers.ofString(plain)));
        assertThat(afterLifetime.status()).isEqualTo(201);
        assertThat(afterLifetime.header("Idempotent-Replayed")).isNull();
        assertThat(afterLifetime.header("Location")).isNotEqualTo(kept.header("Location"));
    }

    /**
     * Medium 5: free text about a citizen stays in the sealed store, which erasure reaches. Comments and task renames
     * would keep it in Camunda's tables for ever; staff may still set a task's follow-up date.
     */
    @Test
    default void staff_cannot_write_comments_or_rename_tasks_but_keep_their_follow_up_dates() {
        String id = as("io-sak").postJson("/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen",
                "channel", "phone", "service", "housing").json().get("id").asText();
        Http kari = as("kari");
        JsonNode task = kari.get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0);
        String taskId = task.get("id").asText();
        long comments = count("select count(*) from act_hi_comment");

        Http.Response comment = kari.postJson("/engine-rest/task/" + taskId + "/comment/create",
                "message", "Ola Nordmann, 15058545640, ring 99 88 77 66");
        assertRefused(comment);
        TasklistSession tasklist = TasklistSession.login(samspill().baseUrl(), "kari", "demo");
        assertRefused(tasklist.engine("task/" + taskId + "/comment/create", Http.json("message", "Ola Nordmann")));
        assertThat(count("select count(*) from act_hi_comment")).isEqualTo(comments);

        ObjectNode renamed = ((ObjectNode) task.deepCopy()).put("name", "Ola Nordmann ringer om bolig");
        assertThat(kari.put("/engine-rest/task/" + taskId, renamed.toString()).status()).isEqualTo(403);
        assertThat(kari.get("/engine-rest/task/" + taskId).json().get("name").asText())
                .isEqualTo(task.get("name").asText());

        ObjectNode followUp = ((ObjectNode) task.deepCopy()).put("followUp", "2030-01-02T09:00:00.000+0100");
        Http.Response dated = kari.put("/engine-rest/task/" + taskId, followUp.toString());
        assertThat(dated.status()).as(dated.toString()).isEqualTo(204);
        assertThat(kari.get("/engine-rest/task/" + taskId).json().get("followUp").asText()).startsWith("2030-01-02");
    }

    /**
     * Medium 6: an anonymous caller guessing a staff member's password is slowed down (429 with Retry-After) and
     * never locks the account: Camunda's lock-out, permanent after ten failures, would let anyone lock staff out.
     */
    @Test
    default void guessing_a_password_slows_the_guesser_and_never_locks_the_staff_member_out() {
        String user = "vikar" + Math.abs(System.nanoTime() % 100_000);
        assertThat(as("admin").postJson("/engine-rest/user/create", "profile", java.util.Map.of("id", user,
                "firstName", "Vikar", "lastName", "Mysen"), "credentials", java.util.Map.of("password", "demo"))
                .status()).isEqualTo(204);

        List<Integer> answers = new java.util.ArrayList<>();
        Http.Response throttled = null;
        for (int guess = 0; guess < 14; guess++) {
            Http guesser = Http.as(samspill().baseUrl(), user, "guess" + guess);
            Http.Response answer = guess % 2 == 0 ? guesser.get("/engine-rest/task")
                    : guesser.get("/api/v1/analytics/service-points");
            answers.add(answer.status());
            if (answer.status() == 429) {
                throttled = answer;
            }
        }
        assertThat(answers.subList(0, 5)).containsOnly(401);
        assertThat(answers).contains(429).containsOnly(401, 429);
        assertThat(throttled.header("Retry-After")).matches("[0-9]+");
        assertThat(throttled.header("Content-Type")).isEqualTo("application/problem+json");

        // The account itself is not locked: the right password still opens it (here checked inside, not from the
        // guesser's address, which waits)
        assertThat(samspill().bean(org.camunda.bpm.engine.IdentityService.class).checkPassword(user, "demo")).isTrue();
        // … and other staff from the same address are not held up
        assertThat(as("kari").get("/engine-rest/task").status()).isEqualTo(200);
    }

    /** Low: another site's page cannot make a browser's cached login act on the API or engine-rest. */
    @Test
    default void cross_site_requests_riding_on_a_browsers_login_are_refused() {
        Http kari = as("kari");
        assertThat(kari.send(kari.request("/engine-rest/task").header("Sec-Fetch-Site", "cross-site").GET()).status())
                .isEqualTo(403);
        assertThat(kari.send(kari.request("/engine-rest/task").header("Origin", "https://evil.example").GET())
                .status()).isEqualTo(403);
        assertThat(kari.send(kari.request("/engine-rest/task").header("Sec-Fetch-Site", "same-origin").GET())
                .status()).isEqualTo(200);

        Footprint before = footprint();
        Http ioSak = as("io-sak");
        Http.Response forged = ioSak.send(ioSak.request("/api/v1/municipalities/NO-3118/inquiries")
                .header("Content-Type", "application/json").header("Sec-Fetch-Site", "cross-site")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"servicePoint\":\"mysen\",\"channel\":\"phone\",\"service\":\"passport\"}")));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(footprint()).isEqualTo(before);
    }

    /** Low: a body larger than the limit is refused before it is read, and changes nothing. */
    @Test
    default void a_request_body_beyond_the_limit_is_refused_before_it_is_read() {
        Footprint before = footprint();
        String huge = "{\"servicePoint\":\"mysen\",\"channel\":\"phone\",\"service\":\"passport\","
                + "\"externalReference\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        Http ioSak = as("io-sak");
        Http.Response refused = ioSak.post("/api/v1/municipalities/NO-3118/inquiries", huge);
        assertThat(refused.status()).as(refused.toString().substring(0, 100)).isEqualTo(413);
        assertThat(footprint()).isEqualTo(before);
    }

    /** Low: staff read the users and groups of their own municipality, no one else's. */
    @Test
    default void staff_read_only_their_own_municipalitys_users_and_groups() {
        Set<String> users = new TreeSet<>();
        as("kari").get("/engine-rest/user").json().forEach(user -> users.add(user.get("id").asText()));
        assertThat(users).contains("kari", "per").doesNotContain("lise", "omar", "mette", "admin");
        Set<String> groups = new TreeSet<>();
        as("kari").get("/engine-rest/group").json().forEach(group -> groups.add(group.get("id").asText()));
        assertThat(groups).isNotEmpty().allMatch(group -> group.startsWith("NO-3118."));
        assertThat(as("kari").get("/engine-rest/user/lise/profile").status()).isIn(403, 404);
    }

    /**
     * Low: a client that may only read analytics hears nothing of single inquiries, and a removed client's webhook
     * goes with it.
     */
    @Test
    default void webhooks_go_only_to_clients_that_may_read_them_and_leave_with_their_client() {
        Http admin = as("admin");
        String suffix = Long.toString(Math.abs(System.nanoTime() % 100_000));
        String caseSystem = "io-saksbehandling-" + suffix;
        String statistics = "io-tall-" + suffix;
        for (String[] client : new String[][] {{caseSystem, "inquiries"}, {statistics, "analytics"}}) {
            assertThat(admin.postJson("/api/v1/admin/case-system-clients", "clientId", client[0], "municipality",
                    "NO-3118", "secret", "en-lang-hemmelighet-1", "permissions", List.of(client[1])).status())
                    .isEqualTo(201);
            assertThat(admin.put("/api/v1/admin/case-system-clients/" + client[0] + "/webhook", Http.json("url",
                    "http://localhost:9/hook", "secret", "webhook-hemmelighet-1")).status()).isEqualTo(200);
        }
        String id = as("io-sak").postJson("/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen",
                "channel", "in-person", "service", "print-scan-copy").json().get("id").asText();
        String taskId = as("kari").get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0).get("id")
                .asText();
        as("kari").postJson("/engine-rest/task/" + taskId + "/claim", "userId", "kari");
        assertThat(as("kari").post("/engine-rest/task/" + taskId + "/complete",
                startRequest("outcome", "resolved").toString()).status()).isEqualTo(204);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from webhook_outbox where client_id = ? and payload like ?", caseSystem,
                "%" + id + "%") == 1);
        assertThat(count("select count(*) from webhook_outbox where client_id = ?", statistics)).isZero();

        for (String client : List.of(caseSystem, statistics)) {
            assertThat(admin.delete("/api/v1/admin/case-system-clients/" + client).status()).isEqualTo(204);
        }
        assertThat(count("select count(*) from webhook_subscription where client_id in (?, ?)", caseSystem,
                statistics)).isZero();
    }

    /**
     * Found by review: engine-rest's identity check answers any user's password for whoever is logged in (a password
     * oracle the login throttle never sees fail); resolving a task or throwing a BPMN error at it would set
     * step-owned variables or end the process without its steps.
     */
    @Test
    default void no_password_oracle_and_no_side_doors_through_resolve_or_bpmn_errors() {
        Http kari = as("kari");
        assertThat(kari.postJson("/engine-rest/identity/verify", "username", "admin", "password", "demo").status())
                .isEqualTo(403);
        assertThat(TasklistSession.login(samspill().baseUrl(), "kari", "demo").engine("identity/verify",
                Http.json("username", "admin", "password", "demo")).status()).isEqualTo(403);

        String id = as("io-sak").postJson("/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen",
                "channel", "in-person", "service", "print-scan-copy").json().get("id").asText();
        String taskId = kari.get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0).get("id").asText();
        Footprint before = footprint();
        assertRefused(kari.post("/engine-rest/task/" + taskId + "/resolve",
                startRequest("handledBy", "per", "outcome", "resolved").toString()));
        assertRefused(kari.post("/engine-rest/task/" + taskId + "/bpmnError",
                JSON.createObjectNode().put("errorCode", "x").toString()));
        assertThat(footprint()).isEqualTo(before);
        assertThat(kari.get("/engine-rest/task/" + taskId).status()).isEqualTo(200);
        assertThat(statusOf(id)).isEqualTo("registered");
    }

    private String statusOf(String inquiryId) {
        return as("io-sak").get("/api/v1/municipalities/NO-3118/inquiries/" + inquiryId).json().get("status").asText();
    }
}
