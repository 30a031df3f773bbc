package no.samspill.service.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.service.support.Node;
import no.samspill.service.support.TestTokenIssuer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Open-model load on the REST API from this process (not the nodes'), over loopback: requests leave at a fixed rate
 * whatever the answers do, and each latency is counted from the moment the request was due to leave. For one node
 * on H2, one on PostgreSQL and two on PostgreSQL, it finds the highest rate each scenario sustains (every request
 * answered, 95 % of the offered rate completed in time, p99 under a second), then measures latency at half of it.
 * Scenarios: "register" (a case system registers an inquiry; its process starts and its desk task is created in the
 * same transaction, so this is register-to-task) and "life" (register, then the generalist finds, claims and
 * resolves the task). Case systems authenticate with bearer tokens (a BCrypt check per request would dominate),
 * staff with Camunda's HTTP Basic. Run by bench/throughput.sh; results go to docs/benchmarks.md.
 */
public final class ThroughputBenchmark {

    private static final int[] RATES = {10, 20, 40, 60, 80, 100, 130, 160, 200, 250};
    private static final Duration STEP = Duration.ofSeconds(Long.getLong("step.seconds", 15));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KARI = "Basic " + Base64.getEncoder().encodeToString("kari:demo".getBytes());

    /**
     * Latency counts from each request's intended start, so a system that falls behind the offered rate shows it
     * as a p99 that grows with the step: a rate is sustained when nothing failed and p99 stayed under a second.
     */
    private record Result(int offered, int completed, int failed, double p50, double p99, double seconds) {
        double rate() {
            return completed / seconds;
        }

        boolean sustained() {
            return failed == 0 && completed == offered && p99 < 1000;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(64)).connectTimeout(Duration.ofSeconds(5)).build();
    private final TestTokenIssuer tokens = TestTokenIssuer.start();
    private final List<Node> nodes = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        String setup = args.length > 0 ? args[0] : "h2";
        new ThroughputBenchmark().run(setup);
        System.exit(0);
    }

    private void run(String setup) throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "bench"));
        EmbeddedPostgres postgres = null;
        Map<String, String> settings = new HashMap<>();
        tokens.samspillProperties().forEach((key, value) -> settings.put(key, value.toString()));
        settings.put("logging.level.root", "warn");
        if (setup.startsWith("pg")) {
            postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            settings.put("spring.profiles.active", "demo,postgres");
            settings.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
            settings.put("spring.datasource.username", "postgres");
            settings.put("spring.datasource.password", "postgres");
        } else {
            settings.put("spring.profiles.active", "demo");
            settings.put("spring.datasource.url", "jdbc:h2:file:" + Files.createTempDirectory("samspill-bench-")
                    .resolve("samspill") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        int nodeCount = setup.equals("pg2") ? 2 : 1;
        for (int n = 0; n < nodeCount; n++) {
            nodes.add(Node.start(setup + "-node-" + n, settings, logs));
        }
        try {
            report(setup, "register", postgres);
            report(setup, "life", postgres);
        } finally {
            for (Node node : nodes) {
                node.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            tokens.close();
        }
    }

    private void report(String setup, String scenario, EmbeddedPostgres postgres) throws Exception {
        step(scenario, 10, Duration.ofSeconds(5)); // warm-up
        Result best = null;
        for (int rate : RATES) {
            Result result = step(scenario, rate, STEP);
            System.out.printf("  %-4s %-8s offered %3d/s: %6.1f/s done, %d failed, p50 %6.1f ms, p99 %7.1f ms%n",
                    setup, scenario, rate, result.rate(), result.failed(), result.p50(), result.p99());
            if (!result.sustained()) {
                break;
            }
            best = result;
        }
        int sustained = best == null ? 0 : (int) Math.round(best.rate());
        long commitsBefore = commits(postgres);
        Result half = step(scenario, Math.max(1, sustained / 2), STEP);
        long commitsPerItem = half.completed() == 0 ? 0 : (commits(postgres) - commitsBefore) / half.completed();
        System.out.printf("RESULT %s %s: sustained %d/s; at %d/s p50 %.1f ms, p99 %.1f ms; %s; %s%n", setup, scenario,
                sustained, Math.max(1, sustained / 2), half.p50(), half.p99(),
                postgres == null ? "commits n/a (H2)" : commitsPerItem + " commits per " + scenario, memory());
    }

    /** Offers {@code rate} scenarios per second for {@code length}; latency from each one's intended start. */
    private Result step(String scenario, int rate, Duration length) throws Exception {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<?>> running = new ArrayList<>();
        String token = "Bearer " + tokens.tokenFor("io-sak");
        int offered = (int) (rate * length.toSeconds());
        long start = System.nanoTime();
        long period = 1_000_000_000L / rate;
        AtomicInteger sent = new AtomicInteger();
        clock.scheduleAtFixedRate(() -> {
            int index = sent.getAndIncrement();
            if (index >= offered) {
                return;
            }
            long intended = start + index * period;
            CompletableFuture<?> done = (scenario.equals("register") ? register(token) : life(token))
                    .whenComplete((ok, error) -> {
                        if (error != null || !Boolean.TRUE.equals(ok)) {
                            failed.incrementAndGet();
                        } else {
                            latencies.add((System.nanoTime() - intended) / 1e6);
                        }
                    });
            synchronized (running) {
                running.add(done);
            }
        }, 0, period, TimeUnit.NANOSECONDS);
        // Every offered request leaves (the clock thread may lag under load), then all are waited for
        while (sent.get() < offered) {
            Thread.sleep(20);
        }
        clock.shutdown();
        synchronized (running) {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                    .get(300, TimeUnit.SECONDS);
        }
        long finished = System.nanoTime();
        List<Double> sorted = latencies.stream().sorted().toList();
        return new Result(offered, sorted.size(), failed.get(), percentile(sorted, 0.5), percentile(sorted, 0.99),
                (finished - start) / 1e9);
    }

    private CompletableFuture<Boolean> register(String token) {
        return send(token, "POST", "/api/v1/municipalities/NO-3118/inquiries",
                "{\"servicePoint\":\"mysen\",\"channel\":\"in-person\",\"service\":\"passport\"}")
                .thenApply(answer -> answer.statusCode() == 201);
    }

    private CompletableFuture<Boolean> life(String token) {
        return send(token, "POST", "/api/v1/municipalities/NO-3118/inquiries",
                "{\"servicePoint\":\"mysen\",\"channel\":\"in-person\",\"service\":\"passport\"}")
                .thenCompose(created -> {
                    String id = read(created.body()).get("id").asText();
                    return send(KARI, "GET", "/engine-rest/task?processInstanceBusinessKey=" + id, null);
                })
                .thenCompose(found -> {
                    String task = read(found.body()).get(0).get("id").asText();
                    return send(KARI, "POST", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"kari\"}")
                            .thenCompose(claimed -> send(KARI, "POST", "/engine-rest/task/" + task + "/submit-form",
                                    "{\"variables\":{\"outcome\":{\"value\":\"resolved\"}}}"));
                })
                .thenApply(resolved -> resolved.statusCode() == 204);
    }

    private CompletableFuture<HttpResponse<String>> send(String authorization, String method, String path,
                                                         String body) {
        Node node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", authorization);
        request = body == null ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String memory() throws Exception {
        StringBuilder figures = new StringBuilder();
        for (Node node : nodes) {
            long rssKb = Files.readAllLines(Path.of("/proc", Long.toString(node.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(0);
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(node.baseUrl()
                    + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            double heap = metrics.body().lines().filter(line -> line.startsWith("jvm_memory_used_bytes{")
                            && line.contains("area=\"heap\"")).mapToDouble(line -> Double.parseDouble(
                            line.substring(line.lastIndexOf(' ') + 1))).sum();
            figures.append(String.format("%s RSS %d MiB heap %d MiB ", node.name(), rssKb / 1024,
                    (long) (heap / 1048576)));
        }
        return figures.toString().trim();
    }

    private static long commits(EmbeddedPostgres postgres) {
        if (postgres == null) {
            return 0;
        }
        Long commits = new JdbcTemplate(postgres.getPostgresDatabase()).queryForObject(
                "select xact_commit from pg_stat_database where datname = 'postgres'", Long.class);
        return commits == null ? 0 : commits;
    }

    private static double percentile(List<Double> sorted, double fraction) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) (fraction * sorted.size())));
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
