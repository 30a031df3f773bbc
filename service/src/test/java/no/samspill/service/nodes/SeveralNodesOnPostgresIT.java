package no.samspill.service.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.samspill.service.support.Http;
import no.samspill.service.support.Node;
import no.samspill.service.support.RegistrationLoad;
import no.samspill.service.support.Problems;
import no.samspill.service.support.TasklistSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of the packaged jar, each its own JVM with {@code -Xmx512m}, on one real PostgreSQL 17: either serves
 * the API and the webapps; Camunda's job executors and Axon's event processors coordinate through the database.
 * Nodes are killed with SIGKILL, as a crash would; the number of kills under load is {@code -Dsamspill.crash.kills}
 * (3 in CI; bench/crash-kills.sh runs 20).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralNodesOnPostgresIT {

    private static final String INQUIRIES = "/api/v1/municipalities/NO-3118/inquiries";

    private EmbeddedPostgres.Builder postgresServer;
    private EmbeddedPostgres postgres;
    private JdbcTemplate database;
    private Node a;
    private Node b;

    @BeforeAll
    void start() throws IOException {
        // A fixed port and data directory, so that the server can be stopped and started again (test 5)
        postgresServer = EmbeddedPostgres.builder().setRegisterShutdownHook(false).setCleanDataDirectory(false)
                .setDataDirectory(Files.createTempDirectory("samspill-postgres-").toFile()).setPort(freePort());
        postgres = postgresServer.start();
        database = new JdbcTemplate(postgres.getPostgresDatabase());
        Path logs = Files.createDirectories(Path.of("target", "nodes"));
        Map<String, String> settings = Map.of(
                "spring.profiles.active", "demo,postgres",
                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres");
        a = Node.start("node-a", settings, logs);
        b = Node.start("node-b", settings, logs); // after a: the demo setup is made once, by the first
    }

    @AfterAll
    void stop() throws IOException {
        b.close();
        a.close();
        postgres.close();
    }

    @Test
    @Order(1)
    void an_inquiry_registered_on_one_node_is_worked_and_read_on_the_other() {
        String id = register(a);

        Http kariOnB = Http.as(b.baseUrl(), "kari", "demo");
        JsonNode task = kariOnB.get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0);
        assertThat(kariOnB.postJson("/engine-rest/task/" + task.get("id").asText() + "/claim", "userId", "kari")
                .status()).isEqualTo(204);
        assertThat(kariOnB.post("/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                "{\"variables\":{\"outcome\":{\"value\":\"resolved\"}}}").status()).isEqualTo(204);

        assertThat(Http.as(a.baseUrl(), "io-sak", "demo").get(INQUIRIES + "/" + id).json().get("status").asText())
                .isEqualTo("resolved");
        assertThat(Http.as(b.baseUrl(), "kari", "demo").get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void changes_to_one_aggregate_at_the_same_moment_on_both_nodes_all_succeed() throws Exception {
        String alliance = Http.as(a.baseUrl(), "troms-sak", "demo").post("/api/v1/counties/NO-55/alliances", Http.json(
                "name", "Regionbibliotek Nord", "purpose", "Felles utvikling", "agreedOn", "2026-09-01",
                "parties", List.of("NO-55", "NO-18"), "signatories", List.of(
                        Map.of("party", "NO-55", "role", "fylkesbiblioteksjef")))).json().get("id").asText();
        // Nordland signs for itself, through a case system the administrator sets up for it
        Http admin = Http.as(a.baseUrl(), "admin", "demo");
        admin.postJson("/engine-rest/tenant/create", "id", "NO-18", "name", "Nordland");
        assertThat(admin.postJson("/api/v1/admin/case-system-clients", "clientId", "nordland-sak", "municipality",
                "NO-18", "secret", "nordland-hemmelighet-1", "permissions", List.of("partnerships")).status())
                .isEqualTo(201);
        assertThat(Http.as(b.baseUrl(), "nordland-sak", "nordland-hemmelighet-1").postJson(
                "/api/v1/counties/NO-18/alliances/" + alliance + "/signature", "role", "fylkesbiblioteksjef").status())
                .isEqualTo(200);
        String measures = "/api/v1/counties/NO-55/alliances/" + alliance + "/joint-measures";

        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int measure = 0; measure < 48; measure++) {
            Node node = measure % 2 == 0 ? a : b;
            String title = "Felles tiltak " + measure;
            answers.add(callers.submit(() -> Http.as(node.baseUrl(), "troms-sak", "demo")
                    .postJson(measures, "measure", title).status()));
        }
        callers.shutdown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(120, TimeUnit.SECONDS));
        }

        assertThat(statuses).containsOnly(201);
        assertThat(Http.as(b.baseUrl(), "troms-sak", "demo").get("/api/v1/counties/NO-55/alliances/" + alliance)
                .json().get("jointMeasures")).hasSize(48);
        assertThat(a.logText() + b.logText()).as("a conflict was met and the request run again")
                .contains("met a concurrent change of the same aggregate");
    }

    @Test
    @Order(3)
    void the_analytics_segments_of_a_killed_node_are_taken_over_by_the_other() {
        String before = register(a);
        await().atMost(Duration.ofSeconds(60)).until(() -> projected(before));

        a.kill();
        String after = register(b);

        // Once a's claims have timed out, b holds every segment and projects what came in meanwhile
        await().atMost(Duration.ofSeconds(90)).until(() -> projected(after)
                && analyticsOwners().equals(List.of(b.pid() + "")));
        a.startProcess();
    }

    @Test
    @Order(4)
    void killed_under_load_every_inquiry_answered_201_exists_once_with_its_events_and_process() throws Exception {
        int kills = Integer.getInteger("samspill.crash.kills", 3);
        RegistrationLoad load = RegistrationLoad.start(4, List.of(a, b), "in-person", "passport");
        for (int kill = 0; kill < kills; kill++) {
            Node victim = kill % 2 == 0 ? a : b;
            sleep(3000);
            victim.kill();
            sleep(1000);
            victim.startProcess();
        }
        sleep(2000);
        assertThat(load.stop()).isTrue();

        Set<String> accepted = load.accepted();
        assertThat(accepted).hasSizeGreaterThan(kills);
        for (String inquiry : accepted) {
            assertThat(database.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                    + "and sequence_number = 0", Long.class, inquiry)).as("registered once: " + inquiry).isEqualTo(1);
            assertThat(database.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?",
                    Long.class, inquiry)).as("one process: " + inquiry).isEqualTo(1);
            assertThat(database.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                    Long.class, inquiry)).as("registered and routed: " + inquiry).isGreaterThanOrEqualTo(2);
        }
        // Processing resumes: the analytics catch up with every accepted inquiry
        await().atMost(Duration.ofSeconds(120)).until(() -> accepted.stream().allMatch(this::projected));
        System.out.printf("%d kills: %d inquiries accepted, %d requests refused or cut off, none lost%n",
                kills, accepted.size(), load.refused());
    }

    @Test
    @Order(5)
    void while_postgres_is_down_callers_get_503_at_once_and_the_nodes_recover_by_themselves() throws IOException {
        TasklistSession kariAtTheDesk = TasklistSession.login(a.baseUrl(), "kari", "demo");
        postgres.close();
        // Staff too: Tasklist's API (inside Camunda's REST resources) and engine-rest (its password check fails first)
        for (Http.Response refused : List.of(kariAtTheDesk.engine("task?assignee=kari"),
                Http.as(a.baseUrl(), "kari", "demo").get("/engine-rest/task"))) {
            Problems.assertProblemStatus(refused, 503);
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(refused.json().get("title").asText()).isEqualTo("Service unavailable");
        }
        for (Node node : List.of(a, b)) {
            long started = System.nanoTime();
            Http.Response refused = Http.as(node.baseUrl(), "io-sak", "demo").postJson(INQUIRIES,
                    "servicePoint", "mysen", "channel", "in-person", "service", "passport");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            Problems.assertProblemStatus(refused, 503);
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(took).as("answered, not hung").isLessThan(Duration.ofSeconds(20));
            Problems.assertProblemStatus(Http.as(node.baseUrl(), "io-sak", "demo").get(INQUIRIES + "/any"), 503);
        }

        postgres = postgresServer.start();
        database = new JdbcTemplate(postgres.getPostgresDatabase());
        List<String> afterwards = new ArrayList<>();
        for (Node node : List.of(a, b)) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                Http.Response created = Http.as(node.baseUrl(), "io-sak", "demo").postJson(INQUIRIES,
                        "servicePoint", "mysen", "channel", "in-person", "service", "passport");
                if (created.status() == 201) {
                    afterwards.add(created.json().get("id").asText());
                }
                return created.status() == 201;
            });
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> afterwards.stream().allMatch(this::projected));
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String register(Node node) {
        Http.Response created = Http.as(node.baseUrl(), "io-sak", "demo").postJson(INQUIRIES,
                "servicePoint", "mysen", "channel", "in-person", "service", "passport");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private boolean projected(String inquiry) {
        return database.queryForObject("select count(*) from analytics_inquiry where inquiry_id = ?", Long.class,
                inquiry) == 1;
    }

    /** The processes holding the analytics processor's segments, by pid (Axon's owner is "pid@host"). */
    private List<String> analyticsOwners() {
        return database.queryForList("select distinct owner from token_entry where processor_name = 'analytics' "
                + "and owner is not null", String.class).stream().map(owner -> owner.substring(0, owner.indexOf('@')))
                .toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
