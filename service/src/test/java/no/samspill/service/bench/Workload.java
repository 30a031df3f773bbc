package no.samspill.service.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import no.samspill.service.support.Node;

/**
 * The two scenarios over HTTP, round-robin over the nodes: "register" (the inquiry's process starts and its desk task
 * exists when the answer comes) and "life" (register, then the generalist finds the task, claims it and resolves it
 * through Camunda's task API). Against Samspill a case system registers through the inquiry API with a bearer token
 * and {@code kari} works in Tasklist's session (see {@link Samspill}); against the open bare-Camunda baseline both go
 * to engine-rest, unauthenticated; against the secured one ({@link SecuredBareCamunda}) the case system is a
 * technical user on engine-rest and kari works in Tasklist.
 * The business keys of registered inquiries are kept so that their timings can be read from the database.
 */
abstract class Workload {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(64)).connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code bench.auth=basic}: every request carries HTTP Basic, the case system's and staff's on engine-rest. */
    static final boolean BASIC = "basic".equals(System.getProperty("bench.auth"));
    private static final boolean TASKLIST = !BASIC && !"engine-rest".equals(System.getProperty("bench.staff"));
    private static final String KARI = basic("kari");

    final List<Node> nodes;
    /** kari's Tasklist session on each node. */
    private final AtomicReferenceArray<HttpClient> tasklistSessions;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicBoolean firstRefusalShown = new AtomicBoolean();
    final Queue<String> registered = new ConcurrentLinkedQueue<>();
    /** Each REST request's own latency (from its sending to its answer), by request: register, find, claim, resolve. */
    final Map<String, Queue<Double>> requestLatencies = new ConcurrentHashMap<>();

    Workload(List<Node> nodes) {
        this.nodes = nodes;
        this.tasklistSessions = new AtomicReferenceArray<>(nodes.size());
    }

    /** Registers one inquiry; yields its business key, or null when refused. */
    abstract CompletableFuture<String> registerOne();

    final CompletableFuture<Boolean> register() {
        return timed("register", this::registerOne).thenApply(key -> key != null);
    }

    final CompletableFuture<Boolean> life() {
        return timed("register", this::registerOne)
                .thenCompose(key -> {
                    if (key == null) {
                        return CompletableFuture.completedFuture(null);
                    }
                    int desk = nextNode();
                    return timed("find", () -> staff(desk, "GET", "task?processInstanceBusinessKey=" + key, null))
                            .thenCompose(found -> {
                                String task = read(found.body()).get(0).get("id").asText();
                                return timed("claim", () -> staff(desk, "POST", "task/" + task + "/claim",
                                        "{\"userId\":\"kari\"}"))
                                        .thenCompose(claimed -> timed("resolve", () -> staff(desk, "POST",
                                                "task/" + task + "/submit-form",
                                                "{\"variables\":{\"outcome\":{\"value\":\"resolved\"}}}")));
                            });
                })
                .thenApply(resolved -> resolved != null && resolved.statusCode() == 204);
    }

    /** Sends one request and keeps its latency under its name. */
    private <T> CompletableFuture<T> timed(String request, Supplier<CompletableFuture<T>> send) {
        long sent = System.nanoTime();
        return send.get().whenComplete((answer, failure) -> requestLatencies
                .computeIfAbsent(request, name -> new ConcurrentLinkedQueue<>())
                .add((System.nanoTime() - sent) / 1e6));
    }

    /** p50 / p99 of each request's own latency since the last call, in the order the life sends them; then forgets. */
    String requestLatencyFigures() {
        StringBuilder figures = new StringBuilder("per request p50 / p99:");
        for (String request : List.of("register", "find", "claim", "resolve")) {
            Queue<Double> latencies = requestLatencies.remove(request);
            if (latencies != null) {
                List<Double> sorted = latencies.stream().sorted().toList();
                figures.append(String.format(" %s %.1f / %.1f ms;", request, OpenLoad.percentile(sorted, 0.5),
                        OpenLoad.percentile(sorted, 0.99)));
            }
        }
        return figures.toString().replaceAll(";$", "");
    }

    /** Logs kari in to Tasklist on every node, unless staff work on engine-rest; before the life scenario starts. */
    void beginStaffWork() throws Exception {
        for (int node = 0; node < nodes.size() && TASKLIST; node++) {
            tasklistSessions.set(node, logInToTasklist(node));
        }
    }

    /** As Tasklist's login page does it: a first page for the CSRF cookie, then the login form. */
    private HttpClient logInToTasklist(int node) throws Exception {
        HttpClient session = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).build();
        send(session, node, "GET", "/camunda/app/tasklist/default/", null, Map.of()).get();
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(URI.create(
                        nodes.get(node).baseUrl() + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken(session))
                .POST(HttpRequest.BodyPublishers.ofString("username=kari&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Tasklist login refused: " + login.statusCode() + " " + login.body());
        }
        // The login starts a new session without a CSRF token; Tasklist's first request after it (its user's
        // profile) brings the new token's cookie. A change sent with the old token would end the session.
        send(session, node, "GET", "/camunda/api/admin/auth/user/default", null, Map.of()).get();
        return session;
    }

    private static String csrfToken(HttpClient session) {
        return ((CookieManager) session.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .reduce((first, latest) -> latest).orElse("");
    }

    /**
     * kari's request on Camunda's task API ({@code path} below the engine), on the given node: in her Tasklist
     * session (one per node, as a sticky load balancer keeps it), or on engine-rest with HTTP Basic.
     */
    CompletableFuture<HttpResponse<String>> staff(int node, String method, String path, String body) {
        if (!TASKLIST) {
            return send(HTTP, node, method, "/engine-rest/" + path, body, Map.of("Authorization", KARI));
        }
        HttpClient session = tasklistSessions.get(node);
        return send(session, node, method, "/camunda/api/engine/engine/default/" + path, body,
                Map.of("X-XSRF-TOKEN", csrfToken(session), "Accept", "application/json"));
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes());
    }

    int nextNode() {
        return Math.floorMod(next.getAndIncrement(), nodes.size());
    }

    final CompletableFuture<HttpResponse<String>> send(String authorization, String method, String path,
                                                       String body) {
        return send(HTTP, nextNode(), method, path, body, authorization == null ? Map.of()
                : Map.of("Authorization", authorization));
    }

    final CompletableFuture<HttpResponse<String>> send(HttpClient client, int node, String method, String path,
                                                       String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(nodes.get(node).baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        request = body == null ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenApply(answer -> {
            if (answer.statusCode() >= 400 && firstRefusalShown.compareAndSet(false, true)) {
                System.out.printf("  first refusal: %s %s → %d %s%n", method, path, answer.statusCode(),
                        answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body());
            }
            return answer;
        });
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /**
     * Samspill: the case system io-sak registers at Mysen through the inquiry API with a bearer token (with
     * {@code bench.auth=basic}, HTTP Basic); kari works in Tasklist's session (see {@link Workload#staff}).
     */
    static final class Samspill extends Workload {
        private static final String IO_SAK = basic("io-sak");
        /** Gives a new token for the case system: they last five minutes, a run of the benchmark longer. */
        private final Supplier<String> newToken;
        private volatile String caseSystemToken;
        private volatile Instant renewTokenAt = Instant.MIN;

        Samspill(List<Node> nodes, Supplier<String> newToken) {
            super(nodes);
            this.newToken = newToken;
        }

        /** As a case system keeps its token: a new one a while before the old one expires. */
        private String caseSystemToken() {
            if (BASIC) {
                return IO_SAK;
            }
            if (Instant.now().isAfter(renewTokenAt)) {
                synchronized (this) {
                    if (Instant.now().isAfter(renewTokenAt)) {
                        caseSystemToken = "Bearer " + newToken.get();
                        renewTokenAt = Instant.now().plus(Duration.ofMinutes(3));
                    }
                }
            }
            return caseSystemToken;
        }

        @Override
        CompletableFuture<String> registerOne() {
            return send(caseSystemToken(), "POST", "/api/v1/municipalities/NO-3118/inquiries",
                    "{\"servicePoint\":\"mysen\",\"channel\":\"in-person\",\"service\":\"passport\"}")
                    .thenApply(created -> created.statusCode() == 201 ? keep(read(created.body()).get("id").asText())
                            : null);
        }

    }

    /** Bare Camunda, open: the process started through engine-rest with the variables Samspill's API would pass. */
    static final class BareCamunda extends Workload {

        BareCamunda(List<Node> nodes) {
            super(nodes);
        }

        @Override
        CompletableFuture<String> registerOne() {
            return start(null, "");
        }

        @Override
        void beginStaffWork() {
        }

        @Override
        CompletableFuture<HttpResponse<String>> staff(int node, String method, String path, String body) {
            return send(HTTP, node, method, "/engine-rest/" + path, body, Map.of());
        }
    }

    /**
     * Secured bare Camunda ({@link BareCamundaBaseline.Secured}): the case system starts the process for its tenant
     * as the technical user io-sak over engine-rest with HTTP Basic; kari works in Tasklist as against Samspill.
     */
    static final class SecuredBareCamunda extends Workload {

        SecuredBareCamunda(List<Node> nodes) {
            super(nodes);
        }

        @Override
        CompletableFuture<String> registerOne() {
            return start(basic("io-sak"), "/tenant-id/" + BareCamundaBaseline.Secured.TENANT);
        }
    }

    /** Starts the inquiry process on bare Camunda; yields its business key, or null when refused. */
    final CompletableFuture<String> start(String authorization, String tenantPath) {
        String key = UUID.randomUUID().toString();
        return send(authorization, "POST", "/engine-rest/process-definition/key/" + BareCamundaBaseline.PROCESS
                        + tenantPath + "/start", "{\"businessKey\":\"" + key + "\",\"variables\":{"
                        + "\"municipality\":{\"value\":\"NO-3118\"},\"servicePoint\":{\"value\":\"mysen\"},"
                        + "\"channel\":{\"value\":\"in-person\"},\"service\":{\"value\":\"passport\"}}}")
                .thenApply(started -> started.statusCode() == 200 ? keep(key) : null);
    }

    String keep(String key) {
        registered.add(key);
        return key;
    }
}
