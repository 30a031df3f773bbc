package no.samspill.service.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Samspill node: the packaged jar in a JVM of its own, as an operator runs it ({@code java -Xmx512m -jar}), on a
 * port of its own. It can be stopped as systemd would (SIGTERM) or killed outright (SIGKILL), and started again.
 */
public final class Node implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final String name;
    private final Map<String, String> settings;
    private final Path log;
    private final int port;
    private Process process;

    /** The program and the JVM options before the application's arguments. */
    private final List<String> launch;
    /** Its environment beyond the test's own. */
    private final Map<String, String> environment;
    private final String readinessPath;

    /** A node in a JVM of the test's own java, the jar or main class and its options given by {@code launch}. */
    private Node(String name, Map<String, String> settings, Path logDirectory, List<String> launch,
                 String readinessPath) {
        this(name, settings, logDirectory, withJvm(launch), Map.of(), readinessPath);
    }

    private Node(String name, Map<String, String> settings, Path logDirectory, List<String> launch,
                 Map<String, String> environment, String readinessPath) {
        this.name = name;
        this.settings = withOwnErasureLedger(settings);
        this.log = logDirectory.resolve(name + ".log");
        this.port = freePort();
        this.launch = launch;
        this.environment = environment;
        this.readinessPath = readinessPath;
    }

    /**
     * The test's own java, or the one {@code -Dsamspill.node.java} names (the benchmarks' nodes run on the java that
     * made the class data), with a node's options before {@code launch}.
     */
    private static List<String> withJvm(List<String> launch) {
        String java = System.getProperty("samspill.node.java",
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC"));
        command.addAll(nodeOptions());
        command.addAll(launch);
        return command;
    }

    /** Options every node's JVM gets, and what {@code -Dsamspill.node.jvm-options} adds. */
    private static List<String> nodeOptions() {
        List<String> options = new ArrayList<>(List.of("-Daxoniq.update-checker.disabled=true"));
        // e.g. -Dsamspill.node.jvm-options="-XX:StartFlightRecording=filename=node.jfr" to profile the nodes
        String extraOptions = System.getProperty("samspill.node.jvm-options", "").strip();
        if (!extraOptions.isEmpty()) {
            options.addAll(List.of(extraOptions.split("\\s+")));
        }
        return options;
    }

    /** A node keeps its erasure ledger in a folder of its own unless the settings name one (shared, as in production). */
    private static Map<String, String> withOwnErasureLedger(Map<String, String> settings) {
        if (settings.containsKey(RunningSamspill.ERASURE_LEDGER)) {
            return settings;
        }
        Map<String, String> withLedger = new java.util.LinkedHashMap<>(settings);
        withLedger.put(RunningSamspill.ERASURE_LEDGER, RunningSamspill.newErasureLedger().toString());
        return withLedger;
    }

    /** Starts the node and waits until it reports itself ready. */
    public static Node start(String name, Map<String, String> settings, Path logDirectory) {
        return start(name, settings, logDirectory, jar());
    }

    /** Starts a node of another build of Samspill (the benchmark compares two builds side by side). */
    public static Node start(String name, Map<String, String> settings, Path logDirectory, Path jar) {
        Node node = new Node(name, settings, logDirectory, List.of("-jar", jar.toString()),
                "/actuator/health/readiness");
        node.startProcess();
        return node;
    }

    /**
     * Starts a node as the README's run command does: {@code bin/samspill}, which runs the java that made the extracted
     * jar's class data ({@code bin/class-data-archive}) with the nodes' JVM options and the option naming that class
     * data. The JVM is told to refuse to start rather than start without the class data ({@code -Xshare:on}, or
     * {@code -XX:AOTMode=on} for Java 25's AOT cache); {@code classLoading} receives its log of where each class came
     * from.
     */
    public static Node startFromClassDataArchive(String name, Map<String, String> settings, Path logDirectory,
                                                 Path extracted, Path classLoading) {
        String strict;
        try {
            strict = Files.readString(extracted.resolve("class-data.options")).contains("-XX:AOTCache=")
                    ? "-XX:AOTMode=on" : "-Xshare:on";
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
        List<String> javaOptions = new ArrayList<>(List.of(strict, "-Xlog:class+load=info:file=" + classLoading));
        javaOptions.addAll(nodeOptions());
        Node node = new Node(name, settings, logDirectory,
                List.of(Path.of("..", "bin", "samspill").toAbsolutePath().normalize().toString()),
                Map.of("SAMSPILL_NODE", extracted.toAbsolutePath().toString(), "JAVA_OPTS", String.join(" ", javaOptions)),
                "/actuator/health/readiness");
        node.startProcess();
        return node;
    }

    /**
     * Starts another Spring Boot application in a JVM like a node's (the benchmark's baseline) and waits until
     * {@code readinessPath} answers 200.
     */
    public static Node startMain(String name, String classPath, Class<?> mainClass, Map<String, String> settings,
                                 Path logDirectory, String readinessPath) {
        Node node = new Node(name, settings, logDirectory, List.of("-cp", classPath, mainClass.getName()),
                readinessPath);
        node.startProcess();
        return node;
    }

    public void startProcess() {
        List<String> command = new ArrayList<>(launch);
        command.add("--server.port=" + port);
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            // A test or benchmark stopped half-way must not leave its nodes running (they would load the machine)
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        awaitReady();
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + readinessPath)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " not ready after " + STARTUP + "; see " + log);
    }

    /** SIGKILL: no shutdown hook, no released claims, no flushed anything. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM: a graceful shutdown. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void close() {
        if (isAlive()) {
            stop();
        }
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path jar() {
        String jar = System.getProperty("samspill.jar", "target/samspill.jar");
        if (!Files.exists(Path.of(jar))) {
            throw new IllegalStateException("no packaged jar at " + jar + "; run through Maven's verify phase");
        }
        return Path.of(jar);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
