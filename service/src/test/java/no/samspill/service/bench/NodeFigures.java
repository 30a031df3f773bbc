package no.samspill.service.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import no.samspill.service.support.Node;

/** What the operating system and the JVM say of a node: CPU time used, resident memory, heap in use. */
final class NodeFigures {

    private static final double CLOCK_TICKS_PER_SECOND = 100;

    private NodeFigures() {
    }

    /** User and system CPU time the nodes' processes have used, in milliseconds. */
    static double cpuMillis(List<Node> nodes) {
        return nodes.stream().mapToDouble(node -> cpuMillis(node.pid())).sum();
    }

    /** CPU time the nodes' JIT compiler threads have used, in milliseconds: high while a JVM is still warming. */
    static double compilerCpuMillis(List<Node> nodes) throws Exception {
        return threadCpuMillis(nodes, "C\\d CompilerThre.*");
    }

    /** CPU time the nodes' HTTP request threads (Tomcat's) have used, in milliseconds: the requests' own work. */
    static double requestCpuMillis(List<Node> nodes) throws Exception {
        return threadCpuMillis(nodes, "http-nio-.*");
    }

    /** CPU time of the nodes' threads whose names (as the kernel keeps them, 15 characters) match, in ms. */
    private static double threadCpuMillis(List<Node> nodes, String threadName) throws Exception {
        double total = 0;
        for (Node node : nodes) {
            try (var threads = Files.list(Path.of("/proc", Long.toString(node.pid()), "task"))) {
                for (Path thread : threads.toList()) {
                    try {
                        if (Files.readString(thread.resolve("comm")).strip().matches(threadName)) {
                            total += cpuMillis(thread.resolve("stat"));
                        }
                    } catch (java.io.IOException ended) {
                        // the thread ended between the listing and the reading
                    }
                }
            }
        }
        return total;
    }

    /** User and system CPU time of PostgreSQL's processes (server and backends) alive now, in milliseconds. */
    static double postgresCpuMillis() {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
                .mapToDouble(process -> cpuMillis(process.pid())).sum();
    }

    private static double cpuMillis(long pid) {
        return cpuMillis(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** From a process's or thread's {@code stat} file; 0 once it has ended. */
    private static double cpuMillis(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command name: state is field 3, utime field 14, stime field 15
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (Exception ended) {
            return 0;
        }
    }

    /**
     * The machine's CPU ticks so far (first line of /proc/stat): {all, busy (user, nice, system, irq, softirq),
     * stolen by the hypervisor}.
     */
    static long[] machineTicks() throws Exception {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long[] ticks = new long[fields.length];
        long all = 0;
        for (int field = 1; field < fields.length; field++) {
            ticks[field] = Long.parseLong(fields[field]);
            all += field <= 8 ? ticks[field] : 0;
        }
        return new long[] {all, ticks[1] + ticks[2] + ticks[3] + ticks[6] + ticks[7], ticks[8]};
    }

    /** The share of the machine's CPU time the hypervisor took between two readings: shared hosts vary. */
    static double stealPercent(long[] before, long[] after) {
        long all = after[0] - before[0];
        return all == 0 ? 0 : 100.0 * (after[2] - before[2]) / all;
    }

    /** CPU the whole machine spent between two readings, in milliseconds. */
    static double busyMillis(long[] before, long[] after) {
        return (after[1] - before[1]) * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    static String memory(List<Node> nodes) throws Exception {
        StringBuilder figures = new StringBuilder();
        for (Node node : nodes) {
            List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(node.pid()), "status"));
            figures.append(String.format("%s RSS %d MiB (peak %d MiB) heap %d MiB; ", node.name(),
                    kilobytes(status, "VmRSS:") / 1024, kilobytes(status, "VmHWM:") / 1024, heapUsedKb(node) / 1024));
        }
        return figures.toString().replaceAll("; $", "");
    }

    private static long kilobytes(List<String> status, String field) {
        return status.stream().filter(line -> line.startsWith(field)).map(line -> line.replaceAll("\\D", ""))
                .mapToLong(Long::parseLong).findFirst().orElse(0);
    }

    /** Survivor, eden and old generation in use, as jstat reports them. */
    private static long heapUsedKb(Node node) throws Exception {
        Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(),
                "-gc", Long.toString(node.pid())).redirectErrorStream(true).start();
        List<String> lines = new String(jstat.getInputStream().readAllBytes()).lines().toList();
        jstat.waitFor();
        List<String> names = Arrays.asList(lines.get(0).trim().split("\\s+"));
        String[] values = lines.get(1).trim().split("\\s+");
        double used = 0;
        for (String column : List.of("S0U", "S1U", "EU", "OU")) {
            used += Double.parseDouble(values[names.indexOf(column)]);
        }
        return (long) used;
    }
}
