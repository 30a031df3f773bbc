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
    static double cpuMillis(List<Node> nodes) throws Exception {
        double total = 0;
        for (Node node : nodes) {
            String stat = Files.readString(Path.of("/proc", Long.toString(node.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command name: state is field 3, utime field 14, stime field 15
            total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS_PER_SECOND;
        }
        return total;
    }

    /** The machine's CPU ticks so far: {total, stolen by the hypervisor} (first line of /proc/stat). */
    static long[] machineTicks() throws Exception {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int field = 1; field < fields.length; field++) {
            total += Long.parseLong(fields[field]);
        }
        return new long[] {total, fields.length > 8 ? Long.parseLong(fields[8]) : 0};
    }

    /** The share of the machine's CPU time the hypervisor took between two readings: shared hosts vary. */
    static double stealPercent(long[] before, long[] after) {
        long total = after[0] - before[0];
        return total == 0 ? 0 : 100.0 * (after[1] - before[1]) / total;
    }

    static String memory(List<Node> nodes) throws Exception {
        StringBuilder figures = new StringBuilder();
        for (Node node : nodes) {
            long rssKb = Files.readAllLines(Path.of("/proc", Long.toString(node.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(0);
            figures.append(String.format("%s RSS %d MiB heap %d MiB; ", node.name(), rssKb / 1024,
                    heapUsedKb(node) / 1024));
        }
        return figures.toString().replaceAll("; $", "");
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
