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
    void a_java_that_does_not_run_is_passed_over_and_one_older_than_17_refused(@TempDir Path work) throws Exception {
        Path broken = Files.createDirectories(work.resolve("broken/bin")).resolve("java");
        Files.writeString(broken, "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwxr-xr-x"));

        Result passedOver = run(List.of("bash", BIN.resolve("newest-java").toString()),
                Map.of("JAVA_HOME", work.resolve("broken").toString()));
        Result old = run(List.of("bash", BIN.resolve("newest-java").toString()),
                Map.of("SAMSPILL_JAVA", standInJava(work.resolve("jdk-11"), 11).resolve("bin/java").toString()));

        assertThat(passedOver.exitCode()).as(passedOver.output()).isZero();
        assertThat(passedOver.output()).doesNotContain(broken.toString());
        assertThat(old.exitCode()).isEqualTo(1);
        assertThat(old.output()).contains("needs Java 17 or newer", "(Java 11)");
    }

    /**
     * The package phase's step: the class data is made by the newest java, which is recorded beside it for
     * bin/samspill. The stand-in extracts nothing real and writes a placeholder where the JVM would write its cache.
     */
    @Test
    void the_class_data_is_made_with_the_newest_java_and_names_it(@TempDir Path work) throws Exception {
        Path java = standInJava(work.resolve("jdk-99"), 99).resolve("bin/java");
        Path node = work.resolve("extracted");

        Result made = run(List.of("bash", BIN.resolve("class-data-archive").toString(),
                work.resolve("samspill.jar").toString(), node.toString()), Map.of("JAVA_HOME", work.resolve("jdk-99").toString()));

        assertThat(made.exitCode()).as(made.output()).isZero();
        assertThat(Files.readString(node.resolve("java")).strip()).isEqualTo(java.toRealPath().toString());
        assertThat(Files.readString(node.resolve("class-data.options")).strip())
                .isEqualTo("-XX:AOTCache=" + node.resolve("samspill.aot"));
        assertThat(Files.readString(node.resolve("training.log"))).contains("ran " + java.toRealPath(),
                "-XX:AOTCacheOutput=" + node.resolve("samspill.aot"), "-Dsamspill.class-data.training=true");
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

    /**
     * A JDK folder whose bin/java tells {@code version} when asked, and otherwise prints how it was run, makes the
     * folder it is told to extract a jar into and writes a placeholder where it is told to write an AOT cache.
     */
    private static Path standInJava(Path home, int version) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                case "$*" in
                  *-XshowSettings:properties*) echo "    java.specification.version = %d" >&2; exit 0 ;;
                esac
                echo "ran $0 $*"
                previous=
                for argument in "$@"; do
                  case "$argument" in -XX:AOTCacheOutput=*) echo cache > "${argument#-XX:AOTCacheOutput=}" ;; esac
                  if [ "$previous" = --destination ]; then mkdir -p "$argument"; fi
                  previous=$argument
                done
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
