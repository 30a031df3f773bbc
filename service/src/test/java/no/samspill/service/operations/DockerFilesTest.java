package no.samspill.service.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so the image and compose files are checked as files: the compose file parses, runs
 * PostgreSQL and two nodes of the image on it (the second after the first is healthy), and the image copies the
 * jar the build makes and checks the readiness probe.
 */
class DockerFilesTest {

    private static final Path DOCKER = Path.of("..", "docker");

    @Test
    @SuppressWarnings("unchecked")
    void compose_runs_postgres_and_two_nodes_of_the_image_on_it() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsOnlyKeys("postgres", "samspill-1", "samspill-2");

        for (String node : List.of("samspill-1", "samspill-2")) {
            Map<String, Object> service = (Map<String, Object>) services.get(node);
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            assertThat(build.get("dockerfile")).isEqualTo("docker/Dockerfile");
            Map<String, String> environment = (Map<String, String>) service.get("environment");
            assertThat(environment.get("SPRING_PROFILES_ACTIVE")).contains("postgres");
            assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/samspill");
        }
        Map<String, Object> second = (Map<String, Object>) services.get("samspill-2");
        assertThat((Map<String, Object>) second.get("depends_on")).containsKey("samspill-1");
        Map<String, String> database = (Map<String, String>) ((Map<String, Object>) services.get("postgres"))
                .get("environment");
        assertThat(database).containsEntry("POSTGRES_DB", "samspill").containsEntry("POSTGRES_USER", "samspill");
    }

    @Test
    void the_image_runs_the_jar_the_build_makes_from_its_class_data_archive_with_the_nodes_jvm_options() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<finalName>samspill</finalName>");
        assertThat(dockerfile).contains("COPY service/target/samspill.jar /tmp/samspill.jar",
                "COPY bin/class-data-archive bin/newest-java bin/jvm.options /tmp/bin/",
                "RUN bash /tmp/bin/class-data-archive /tmp/samspill.jar /opt/samspill",
                "WORKDIR /opt/samspill", "COPY --from=class-data /opt/samspill/ ./",
                "COPY bin/jvm.options jvm.options",
                "exec java @jvm.options @class-data.options $JAVA_OPTS -jar samspill.jar",
                "/actuator/health/readiness", "USER samspill");
        // both stages start from the same image, Java 25's: the AOT cache belongs to the java that made it
        assertThat(dockerfile.lines().filter(line -> line.startsWith("FROM ")).map(line -> line.split(" ")[1])
                .distinct()).containsExactly("eclipse-temurin:25-jre");
        assertThat(Files.readString(Path.of("..", "README.md")))
                .contains("./mvnw -B -DskipTests package && bin/samspill --spring.profiles.active=demo");
        assertThat(Files.readString(Path.of("..", "bin", "samspill"))).contains("@\"$root/bin/jvm.options\" "
                + "@\"$node/class-data.options\" ${JAVA_OPTS:-}");
    }

    /** The options file is one a JVM reads as it is: its comments skipped, its heap and collector taken. */
    @Test
    void the_nodes_jvm_options_are_read_by_java_as_they_stand() throws Exception {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("..", "bin", "jvm.options"), "-XX:+PrintFlagsFinal", "-version")
                .redirectErrorStream(true).start();
        String flags = new String(java.getInputStream().readAllBytes());
        assertThat(java.waitFor()).as(flags).isZero();
        assertThat(flags).containsPattern("MaxHeapSize\\s+= " + 224L * 1024 * 1024 + "\\b")
                .containsPattern("UseSerialGC\\s+= true").containsPattern("ExitOnOutOfMemoryError\\s+= true")
                .containsPattern("TrimNativeHeapInterval\\s+= 10000\\b")
                .containsPattern("\\bMetaspaceSize\\s+= " + 64L * 1024 * 1024 + "\\b");
    }
}
