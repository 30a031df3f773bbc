package no.samspill.service.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.samspill.service.support.Node;
import no.samspill.service.support.TestTokenIssuer;

/**
 * Two builds of Samspill side by side on one PostgreSQL server (each node on its own database), loaded in turn with
 * the life scenario at one rate: round by round, first one build, then the other, the order swapped every round. On
 * this shared machine the CPU time of the same work drifts by up to 1.7× between runs (docs/benchmarks.md); taking
 * turns within one run puts both builds under the same drift, so their difference shows. Run by bench/compare.sh.
 * System properties: {@code bench.compare-jar} (the other build's jar), {@code bench.fixed-rate} (default 10),
 * {@code bench.rounds} (default 6), {@code step.seconds} (each build's turn in a round).
 */
public final class BuildComparison {

    private static final int RATE = Integer.getInteger("bench.fixed-rate", 10);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 6);
    private static final Duration TURN = Duration.ofSeconds(Long.getLong("step.seconds", 30));

    /** One build: its node, its load, and what its turns added up to. */
    private static final class Build {
        final String name;
        final Node node;
        final Workload workload;
        final String database;
        int items;
        double nodeCpu;
        double requestCpu;
        double postgresCpu;
        long commits;
        long statements;

        Build(String name, Node node, Workload workload, String database) {
            this.name = name;
            this.node = node;
            this.workload = workload;
            this.database = database;
        }

        double perLife(double total) {
            return total / Math.max(1, items);
        }

        String figures() {
            return String.format("%s: %d lives; per life node %.1f ms (request threads %.1f ms), PostgreSQL %.1f ms,"
                            + " node ÷ PostgreSQL %.2f; %.1f commits, %.1f SQL statements (with background)", name, items,
                    perLife(nodeCpu), perLife(requestCpu), perLife(postgresCpu), nodeCpu / postgresCpu,
                    perLife(commits), perLife(statements));
        }
    }

    private BuildComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path otherJar = Path.of(System.getProperty("bench.compare-jar", ""));
        if (!Files.isRegularFile(otherJar)) {
            throw new IllegalArgumentException("bench.compare-jar must name the other build's jar");
        }
        Path logs = Files.createDirectories(Path.of("target", "bench"));
        try (PostgresServer postgres = new PostgresServer(); TestTokenIssuer tokens = TestTokenIssuer.start()) {
            Build current = start("this build", "this_build", null, postgres, tokens, logs);
            Build other = start("other build (" + otherJar.getFileName() + ")", "other_build", otherJar, postgres, tokens,
                    logs);
            try {
                for (Build build : List.of(current, other)) {
                    build.workload.beginStaffWork();
                    OpenLoad.run(build.workload::life, 5, Duration.ofSeconds(30));
                    OpenLoad.run(build.workload::life, RATE, Duration.ofSeconds(120));
                }
                for (int round = 0; round < ROUNDS; round++) {
                    List<Build> order = round % 2 == 0 ? List.of(current, other) : List.of(other, current);
                    for (Build build : order) {
                        turn(build, postgres);
                    }
                }
                System.out.printf("RESULT compare at %d lives/s, %d rounds of %d s each:%n", RATE, ROUNDS,
                        TURN.toSeconds());
                System.out.println("RESULT   " + current.figures());
                System.out.println("RESULT   " + other.figures());
                System.out.printf("RESULT   this build's node CPU per life is %.0f %% of the other's%n",
                        100 * current.perLife(current.nodeCpu) / other.perLife(other.nodeCpu));
            } finally {
                current.node.close();
                other.node.close();
            }
        }
        System.exit(0);
    }

    private static Build start(String name, String database, Path jar, PostgresServer postgres,
                               TestTokenIssuer tokens, Path logs) {
        Map<String, String> settings = ThroughputBenchmark.samspillSettings(tokens,
                ThroughputBenchmark.Database.on(postgres, database), true);
        Node node = jar == null ? Node.start("compare-" + database, settings, logs)
                : Node.start("compare-" + database, settings, logs, jar);
        return new Build(name, node, new Workload.Samspill(List.of(node), () -> tokens.tokenFor("io-sak")), database);
    }

    /** One build's turn: the life scenario at the rate, and what it cost. The other build idles meanwhile. */
    private static void turn(Build build, PostgresServer postgres) throws Exception {
        List<Node> nodes = List.of(build.node);
        double nodeBefore = NodeFigures.cpuMillis(nodes);
        double requestsBefore = NodeFigures.requestCpuMillis(nodes);
        double postgresBefore = NodeFigures.postgresCpuMillis();
        long commitsBefore = postgres.commits(build.database);
        postgres.resetStatements();
        OpenLoad.Result result = OpenLoad.run(build.workload::life, RATE, TURN);
        build.items += result.completed();
        build.nodeCpu += NodeFigures.cpuMillis(nodes) - nodeBefore;
        build.requestCpu += NodeFigures.requestCpuMillis(nodes) - requestsBefore;
        build.postgresCpu += NodeFigures.postgresCpuMillis() - postgresBefore;
        build.commits += postgres.commits(build.database) - commitsBefore;
        build.statements += postgres.statements(build.database);
        System.out.printf("  %-40s %d of %d lives, p50 %.1f ms, p99 %.1f ms%n", build.name, result.completed(),
                result.offered(), result.p50(), result.p99());
    }
}
