package no.samspill.service.bench;

import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.samspill.service.support.Node;
import no.samspill.service.support.TestTokenIssuer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Throughput and latency of the whole path, for one node on H2, one on PostgreSQL or two on PostgreSQL, and in the same
 * run the same figures for the baseline: the same BPMN on bare Camunda ({@link BareCamundaBaseline}, as many nodes,
 * same database kind) and, on PostgreSQL, pgbench on the same server. Load comes from this process (not the nodes'),
 * over loopback, as an open model ({@link OpenLoad}). Per system and scenario ({@link Workload}): the highest rate
 * sustained, then at half of it p50/p99, CPU time (nodes, their JIT compilers, PostgreSQL, the load driver, the
 * machine), commits and SQL statements per item; for registrations the time from process start to the
 * InquiryRegistered event and to the desk task, read from the database. Run by bench/throughput.sh; results go to
 * docs/benchmarks.md. System properties: {@code step.seconds}, {@code bench.rates} (the steps, per second),
 * {@code bench.scenarios} (register,life), {@code bench.systems} (samspill,secured,baseline: "secured" is bare
 * Camunda with authorization, tenants, Tasklist and HTTP Basic, see {@link BareCamundaBaseline}),
 * {@code bench.fixed-rate} (no search: every figure at this rate), {@code bench.callers} (no search: that many callers
 * back to back, {@link ClosedLoad}), {@code bench.auth} (basic: every request with HTTP Basic, staff on engine-rest),
 * {@code bench.warm-up.seconds} (the gentle start), {@code bench.warm-up.rounds}
 * (most rounds waiting for the JIT), {@code bench.node-settings} (key=value,… for the Samspill nodes),
 * {@code bench.staff} (tasklist or engine-rest), {@code bench.pgbench} (false skips it), {@code bench.idle.seconds}
 * (the nodes watched at rest before each measured step),
 * {@code samspill.node.jvm-options} (e.g. a flight recording).
 */
public final class ThroughputBenchmark {

    private static final int[] RATES = Arrays.stream(System.getProperty("bench.rates",
            "10,15,20,25,30,35,40,50,60,70,80,90,100,120,150,200").split(",")).mapToInt(Integer::parseInt).toArray();
    private static final List<String> SCENARIOS = List.of(System.getProperty("bench.scenarios", "register,life")
            .split(","));
    private static final List<String> SYSTEMS = List.of(System.getProperty("bench.systems",
            "samspill,secured,baseline").split(","));
    private static final Duration STEP = Duration.ofSeconds(Long.getLong("step.seconds", 15));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warm-up.seconds", 30));
    /** At most this many 10-second rounds at 10/s after the gentle warm-up, waiting for the JIT compilers to rest. */
    private static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warm-up.rounds", 30);
    /** Set to skip the search and measure every figure at this rate: to compare one setting with another. */
    private static final Integer FIXED_RATE = Integer.getInteger("bench.fixed-rate");
    /** How long the nodes are watched at rest before each measured step (their background work is subtracted). */
    private static final Duration IDLE = Duration.ofSeconds(Long.getLong("bench.idle.seconds", 10));
    /** Set for a closed model instead: this many callers back to back, each item as soon as the last is answered. */
    private static final Integer CALLERS = Integer.getInteger("bench.callers");
    /** More settings for the Samspill nodes, {@code key=value,key=value}: the choices an ADR weighs. */
    private static final String NODE_SETTINGS = System.getProperty("bench.node-settings", "");

    /** One scenario's figures at half of its sustained rate. */
    private record Figures(double sustained, int half, OpenLoad.Result result, String requests, String cpu,
                           String commits, String statements, String memory) {
    }

    private final String setup;
    private final Path logs;
    private final PostgresServer postgres;
    private final Map<String, Double> sustainedRates = new HashMap<>();

    /** A system's own database: where its nodes connect, and where the benchmark reads its timings afterwards. */
    record Database(String url, String user, String password) {
        /** A fresh database of its own on the benchmark's PostgreSQL server. */
        static Database on(PostgresServer postgres, String name) {
            return new Database(postgres.createDatabase(name), "postgres", "postgres");
        }

        void configure(Map<String, String> settings) {
            settings.put("spring.datasource.url", url);
            settings.put("spring.datasource.username", user);
            settings.put("spring.datasource.password", password);
        }

        JdbcTemplate jdbc() {
            return new JdbcTemplate(new DriverManagerDataSource(url, user, password));
        }
    }

    private ThroughputBenchmark(String setup) throws Exception {
        this.setup = setup;
        this.logs = Files.createDirectories(Path.of("target", "bench"));
        this.postgres = setup.startsWith("pg") ? new PostgresServer() : null;
    }

    public static void main(String[] args) throws Exception {
        ThroughputBenchmark benchmark = new ThroughputBenchmark(args.length > 0 ? args[0] : "h2");
        try {
            benchmark.run();
        } finally {
            if (benchmark.postgres != null) {
                benchmark.postgres.close();
            }
        }
        System.exit(0);
    }

    private void run() throws Exception {
        int nodeCount = setup.equals("pg2") ? 2 : 1;
        if (SYSTEMS.contains("samspill")) {
            try (TestTokenIssuer tokens = TestTokenIssuer.start()) {
                Database database = database("samspill");
                Map<String, String> settings = samspillSettings(tokens, database, postgres != null);
                Arrays.stream(NODE_SETTINGS.split(",")).filter(pair -> pair.contains("="))
                        .forEach(pair -> settings.put(pair.substring(0, pair.indexOf('=')),
                                pair.substring(pair.indexOf('=') + 1)));
                List<Node> nodes = new ArrayList<>();
                for (int n = 0; n < nodeCount; n++) {
                    nodes.add(Node.start(setup + "-samspill-" + n, settings, logs));
                }
                measure("samspill", nodes, new Workload.Samspill(nodes, () -> tokens.tokenFor("io-sak")), database, true);
            }
        }
        for (String baseline : List.of("secured", "baseline")) {
            if (!SYSTEMS.contains(baseline)) {
                continue;
            }
            Map<String, String> settings = new HashMap<>();
            settings.put("logging.level.root", "warn");
            settings.put("baseline.secured", String.valueOf(baseline.equals("secured")));
            Database database = database(baseline);
            database.configure(settings);
            List<Node> nodes = new ArrayList<>();
            for (int n = 0; n < nodeCount; n++) {
                nodes.add(Node.startMain(setup + "-" + baseline + "-" + n, testClassPath(), BareCamundaBaseline.class,
                        settings, logs, "/engine-rest/engine"));
            }
            measure(baseline, nodes, baseline.equals("secured") ? new Workload.SecuredBareCamunda(nodes)
                    : new Workload.BareCamunda(nodes), database, false);
        }
        if (postgres != null && Boolean.parseBoolean(System.getProperty("bench.pgbench", "true"))) {
            List<String> pgbench = postgres.pgbench((int) STEP.toSeconds());
            System.out.printf("RESULT %s pgbench: %s single-insert commits/s, %s TPC-B-like transactions/s "
                    + "(8 clients, same server)%n", setup, pgbench.get(0), pgbench.get(1));
        }
        for (String scenario : SCENARIOS) {
            Double samspill = sustainedRates.get("samspill " + scenario);
            for (String baseline : List.of("secured", "baseline")) {
                Double theirs = sustainedRates.get(baseline + " " + scenario);
                if (samspill != null && theirs != null) {
                    System.out.printf("RESULT %s %s: Samspill sustains %d%% of %s bare Camunda's rate (ratio %.2f)%n",
                            setup, scenario, Math.round(100 * samspill / Math.max(0.1, theirs)),
                            baseline.equals("secured") ? "secured" : "open", samspill / Math.max(0.1, theirs));
                }
            }
        }
    }

    /** A Samspill node's settings: case systems' tokens from the test issuer, the demo, quiet logs, its database. */
    static Map<String, String> samspillSettings(TestTokenIssuer tokens, Database database, boolean onPostgres) {
        Map<String, String> settings = new HashMap<>();
        tokens.samspillProperties().forEach((key, value) -> settings.put(key, value.toString()));
        settings.put("logging.level.root", "warn");
        database.configure(settings);
        settings.put("spring.profiles.active", onPostgres ? "demo,postgres" : "demo");
        return settings;
    }

    /**
     * Creates the system's own database: on the PostgreSQL server, else an H2 file that writes each commit before it
     * answers, as Samspill's does (H2Settings): every system keeps what it accepted across a crash.
     */
    private Database database(String system) throws Exception {
        if (postgres != null) {
            return Database.on(postgres, system);
        }
        return new Database("jdbc:h2:file:" + Files.createTempDirectory("samspill-bench-").resolve(system)
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", "");
    }

    private void measure(String system, List<Node> nodes, Workload workload, Database database, boolean hasEvents)
            throws Exception {
        List<String> halfLoadRegistrations = List.of();
        try {
            for (String scenario : SCENARIOS) {
                if (scenario.equals("life")) {
                    workload.beginStaffWork();
                }
                Supplier<CompletableFuture<Boolean>> item = scenario.equals("register") ? workload::register
                        : workload::life;
                Figures figures = measure(system, scenario, nodes, item, workload);
                if (scenario.equals("register")) {
                    halfLoadRegistrations = List.copyOf(workload.registered);
                }
                sustainedRates.put(system + " " + scenario, figures.sustained());
                System.out.printf("RESULT %s %s %s: sustained %.1f/s; at %s p50 %.1f ms, p99 %.1f ms (slowest %.0f ms,"
                                + " step over after %.1f s); %s; %s; %s; %s; %s%n", setup, system, scenario,
                        figures.sustained(), CALLERS != null ? CALLERS + " callers back to back"
                                : figures.half() + "/s", figures.result().p50(), figures.result().p99(),
                        figures.result().max(), figures.result().seconds(), figures.requests(), figures.cpu(),
                        figures.commits(), figures.statements(), figures.memory());
            }
        } finally {
            for (Node node : nodes) {
                node.close();
            }
        }
        if (!halfLoadRegistrations.isEmpty()) {
            System.out.printf("RESULT %s %s register timings (from the database, at half load): %s%n", setup, system,
                    timings(database.jdbc(), halfLoadRegistrations, hasEvents));
        }
    }

    private Figures measure(String system, String scenario, List<Node> nodes,
                            Supplier<CompletableFuture<Boolean>> item, Workload workload) throws Exception {
        warmUp(system, scenario, nodes, item);
        OpenLoad.Result best = null;
        for (int rate : FIXED_RATE == null && CALLERS == null ? RATES : new int[0]) {
            long[] ticks = NodeFigures.machineTicks();
            OpenLoad.Result result = OpenLoad.run(item, rate, STEP);
            long[] after = NodeFigures.machineTicks();
            System.out.printf("  %-4s %-8s %-8s offered %3d/s: %6.1f/s done (%d of %d), %d failed, p50 %7.1f ms,"
                            + " p99 %7.1f ms (CPU busy %.0f %%, steal %.0f %%)%n", setup, system, scenario, rate,
                    result.rate(), result.completed(), result.offered(), result.failed(), result.p50(), result.p99(),
                    busyPercent(ticks, after, result), NodeFigures.stealPercent(ticks, after));
            if (!result.sustained()) {
                break;
            }
            best = result;
        }
        double sustained = best == null ? 0 : Math.round(best.rate());
        int half = FIXED_RATE != null ? FIXED_RATE : Math.max(1, (int) sustained / 2);
        double idleStatementsPerSecond = idleStatementsPerSecond(system, nodes);
        long commitsBefore = postgres == null ? 0 : postgres.commits(system);
        if (postgres != null) {
            postgres.resetStatements();
        }
        double[] cpuBefore = cpuMillis(nodes);
        long[] ticksBefore = NodeFigures.machineTicks();
        workload.registered.clear();
        workload.requestLatencies.clear();
        OpenLoad.Result result = CALLERS != null ? ClosedLoad.run(item, CALLERS, STEP) : OpenLoad.run(item, half, STEP);
        if (CALLERS != null) {
            sustained = Math.round(result.rate() * 10) / 10.0;
        }
        String requests = workload.requestLatencyFigures();
        double[] cpuAfter = cpuMillis(nodes);
        long[] ticksAfter = NodeFigures.machineTicks();
        int items = Math.max(1, result.completed());
        // H2 runs inside the node: its CPU is in the node's figure
        String postgresCpu = postgres == null ? "n/a (H2, in the node)"
                : String.format("%.1f ms", (cpuAfter[1] - cpuBefore[1]) / items);
        String cpu = String.format("CPU per item: nodes %.1f ms (request threads %.1f ms, JIT compilers %.1f ms),"
                        + " PostgreSQL %s, load driver %.1f ms, whole machine %.1f ms (busy %.0f %%, %.0f %% stolen"
                        + " by its host)", (cpuAfter[0] - cpuBefore[0]) / items, (cpuAfter[4] - cpuBefore[4]) / items,
                (cpuAfter[3] - cpuBefore[3]) / items, postgresCpu,
                (cpuAfter[2] - cpuBefore[2]) / items, NodeFigures.busyMillis(ticksBefore, ticksAfter) / items,
                busyPercent(ticksBefore, ticksAfter, result), NodeFigures.stealPercent(ticksBefore, ticksAfter));
        String commits = "commits n/a (H2)";
        String statements = "SQL statements n/a (H2)";
        if (postgres != null && result.completed() > 0) {
            commits = (postgres.commits(system) - commitsBefore) / result.completed() + " commits per item";
            double background = idleStatementsPerSecond * result.seconds();
            statements = String.format("%.0f SQL statements per item (background subtracted; %.1f of them"
                            + " removal-time updates)", (postgres.statements(system) - background) / result.completed(),
                    postgres.statements(system, "update%removal_time_%") / (double) result.completed());
            System.out.printf("  most frequent statements per %s (%s, incl. background):%n", scenario, system);
            postgres.topStatements(system, 15, result.completed()).forEach(line -> System.out.println("    " + line));
        }
        return new Figures(sustained, half, result, requests, cpu, commits, statements, NodeFigures.memory(nodes));
    }

    /**
     * A gentle rate first (a cold JVM pushed hard keeps its compilers from catching up), then rounds at 10/s until the
     * JIT compilers use under 5 % of a core: CPU per item then measures the running system, not its compilation.
     */
    private static void warmUp(String system, String scenario, List<Node> nodes,
                               Supplier<CompletableFuture<Boolean>> item) throws Exception {
        OpenLoad.run(item, 5, WARM_UP);
        Duration round = Duration.ofSeconds(10);
        double compilerShare = 1;
        int rounds = 0;
        while (compilerShare > 0.05 && rounds < WARM_UP_ROUNDS) {
            double before = NodeFigures.compilerCpuMillis(nodes);
            OpenLoad.run(item, 10, round);
            compilerShare = (NodeFigures.compilerCpuMillis(nodes) - before) / nodes.size() / round.toMillis();
            rounds++;
        }
        System.out.printf("  warm-up of %s %s: %d s at 5/s, then %d s at 10/s; JIT compilers at %.0f %% of a core"
                + " per node in the last 10 s%n", system, scenario, WARM_UP.toSeconds(),
                rounds * round.toSeconds(), 100 * compilerShare);
    }

    /**
     * CPU time so far, in ms: the nodes, PostgreSQL's processes, this process (the load driver), the nodes' JIT, the
     * nodes' request threads.
     */
    private static double[] cpuMillis(List<Node> nodes) throws Exception {
        return new double[] {NodeFigures.cpuMillis(nodes), NodeFigures.postgresCpuMillis(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() / 1e6, NodeFigures.compilerCpuMillis(nodes),
                NodeFigures.requestCpuMillis(nodes)};
    }

    /** How busy the machine's cores were during a step, in percent of all of them. */
    private static double busyPercent(long[] before, long[] after, OpenLoad.Result step) {
        return 100 * NodeFigures.busyMillis(before, after) / (step.seconds() * 1000
                * Runtime.getRuntime().availableProcessors());
    }

    /**
     * Statements the nodes run with no load (pollers of processors, job executor, webhooks), per second; prints them
     * per minute with the nodes' CPU over the same idle seconds.
     */
    private double idleStatementsPerSecond(String system, List<Node> nodes) throws Exception {
        Thread.sleep(2000);
        if (postgres != null) {
            postgres.resetStatements();
        }
        double cpuBefore = NodeFigures.cpuMillis(nodes);
        Thread.sleep(IDLE.toMillis());
        double cpuPercent = 100 * (NodeFigures.cpuMillis(nodes) - cpuBefore) / nodes.size() / IDLE.toMillis();
        double perSecond = postgres == null ? 0 : postgres.statements(system) / (double) IDLE.toSeconds();
        System.out.printf("  idle %s: %s, nodes' CPU %.1f %% of a core each%n", system, postgres == null
                ? "statements n/a (H2)" : String.format("%.0f SQL statements per minute", perSecond * 60), cpuPercent);
        if (postgres != null) {
            System.out.printf("  most frequent statements in the %d s at rest:%n", IDLE.toSeconds());
            postgres.topStatements(system, 6, 1).forEach(line -> System.out.println("    " + line));
        }
        return perSecond;
    }

    /**
     * For the given inquiries: process start → desk task, and for Samspill process start → InquiryRegistered event
     * (its first step) and event → desk task (routing decision and the routing command), p50 and p99 in ms.
     */
    private static String timings(JdbcTemplate jdbc, List<String> businessKeys, boolean hasEvents) {
        List<double[]> rows = new ArrayList<>();
        for (int from = 0; from < businessKeys.size(); from += 500) {
            List<String> keys = businessKeys.subList(from, Math.min(businessKeys.size(), from + 500));
            String in = keys.stream().map(key -> "'" + key.replace("'", "") + "'").collect(Collectors.joining(","));
            String sql = hasEvents
                    ? "select p.start_time_ as started, e.time_stamp as event, t.start_time_ as task from act_hi_procinst p"
                    + " join act_hi_taskinst t on t.proc_inst_id_ = p.id_ join domain_event_entry e"
                    + " on e.aggregate_identifier = p.business_key_ and e.sequence_number = 0"
                    + " where p.business_key_ in (" + in + ")"
                    : "select p.start_time_ as started, t.start_time_ as task from act_hi_procinst p"
                    + " join act_hi_taskinst t on t.proc_inst_id_ = p.id_ where p.business_key_ in (" + in + ")";
            jdbc.query(sql, row -> {
                Instant started = row.getTimestamp("started").toInstant();
                Instant task = row.getTimestamp("task").toInstant();
                Instant event = hasEvents ? Instant.parse(row.getString("event")) : started;
                rows.add(new double[] {millis(started, event), millis(event, task), millis(started, task)});
            });
        }
        String startToTask = "process start → desk task " + percentiles(rows, 2);
        return hasEvents ? "process start → InquiryRegistered " + percentiles(rows, 0)
                + ", InquiryRegistered → desk task " + percentiles(rows, 1) + ", " + startToTask : startToTask;
    }

    private static double millis(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    private static String percentiles(List<double[]> rows, int column) {
        List<Double> sorted = rows.stream().map(row -> row[column]).sorted().toList();
        return String.format("p50 %.1f ms / p99 %.1f ms (%d)", OpenLoad.percentile(sorted, 0.5),
                OpenLoad.percentile(sorted, 0.99), sorted.size());
    }

    /** The project's test class path (exec:java runs this in a class loader of its own): the baseline's JVM gets it. */
    private static String testClassPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            return Arrays.stream(loader.getURLs()).map(URL::getPath).collect(Collectors.joining(":"));
        }
        return System.getProperty("java.class.path");
    }
}
