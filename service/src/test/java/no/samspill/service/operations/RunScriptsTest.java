package no.samspill.service.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, {@code bin/samspill}, runs the java that made the class data; the package phase makes it
 * with the newest java installed ({@code bin/newest-java}), or the one an operator names. Checked with stand-in javas
 * that answer the version question with a version of the test's choosing and otherwise print the command line they got.
 */
class RunScriptsTest {

    private static final Path BIN = Path.of("..", "bin").toAbsolutePath().normalize();
    private static final String OWN_JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void the_newest_installed_java_is_chosen_over_an_older_one_on_the_path(@TempDir Path work) throws Exception {
        Path newer = standInJava(work.resolve("jdk-99"), 99);

        Result chosen = run(List.of("bash", BIN.resolve("newest-java").toString()), Map.of("JAVA_HOME", newer.toString()));

        assertThat(chosen.exitCode()).as(chosen.output()).isZero();
        assertThat(chosen.output().strip()).isEqualTo("99 " + newer.resolve("bin/java").toRealPath());
    }

    @Test
    void an_operator_names_the_java_and_it_is_taken_even_if_a_newer_one_is_installed(@TempDir Path work)
            throws Exception {
        Path newer = standInJava(work.resolve("jdk-99"), 99);

        Result chosen = run(List.of("bash", BIN.resolve("newest-java").toString()),
                Map.of("JAVA_HOME", newer.toString(), "SAMSPILL_JAVA", OWN_JAVA));

        assertThat(chosen.exitCode()).as(chosen.output()).isZero();
        assertThat(chosen.output().strip()).isEqualTo(Runtime.version().feature() + " " + Path.of(OWN_JAVA).toRealPath());
    }

    @Test
    void a_node_runs_on_the_java_that_made_its_class_data_with_the_nodes_options_then_java_opts(@TempDir Path work)
            throws Exception {
        Path java = standInJava(work.resolve("jdk-99"), 99).resolve("bin/java");
        Path node = Files.createDirectories(work.resolve("extracted"));
        Files.writeString(node.resolve("class-data.options"), "-XX:AOTCache=" + node.resolve("samspill.aot") + "\n");
        Files.writeString(node.resolve("java"), java + "\n");

        Result started = run(List.of(BIN.resolve("samspill").toString(), "--spring.profiles.active=demo"),
                Map.of("SAMSPILL_NODE", node.toString(), "JAVA_OPTS", "-Xmx1g -Dx=1"));

        assertThat(started.exitCode()).as(started.output()).isZero();
        assertThat(started.output().strip()).isEqualTo(String.join(" ", "ran " + java,
                "@" + BIN.resolve("jvm.options"), "@" + node.resolve("class-data.options"), "-Xmx1g", "-Dx=1",
                "-jar", node.resolve("samspill.jar").toString(), "--spring.profiles.active=demo"));
    }

    @Test
    void without_class_data_the_run_command_says_to_build_first_and_starts_nothing(@TempDir Path work)
            throws Exception {
        Result refused = run(List.of(BIN.resolve("samspill").toString()), Map.of("SAMSPILL_NODE", work.toString()));

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).contains("no class data in " + work, "./mvnw -B -DskipTests package");
    }

    /** A JDK folder whose bin/java tells {@code version} when asked and otherwise prints how it was run. */
    private static Path standInJava(Path home, int version) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                case "$*" in
                  *-XshowSettings:properties*) echo "    java.specification.version = %d" >&2 ;;
                  *) echo "ran $0 $*" ;;
                esac
                """.formatted(version));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("SAMSPILL_JAVA");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        return new Result(process.waitFor(), output);
    }
}
