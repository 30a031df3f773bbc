package no.samspill.service.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.samspill.service.support.Http;
import no.samspill.service.support.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command starts a node from the class data the build made (bin/class-data-archive: Java 25's AOT
 * cache, or a class-data archive on Java 17 to 24, named by class-data.options): the JVM maps it (told to refuse to
 * start otherwise), takes nearly every class it loads from it rather than from the jars, and the node serves a case
 * system. How much sooner it is ready is measured by bench/startup.sh, not here.
 */
class StartsFromClassDataArchiveIT {

    @Test
    void a_node_started_as_the_readme_says_loads_its_classes_from_the_archive_and_serves(@TempDir Path work)
            throws Exception {
        assumeFalse(Boolean.getBoolean("samspill.class-data.skip"), "built with -Dsamspill.class-data.skip");
        Path extracted = Path.of(System.getProperty("samspill.extracted", "target/extracted"));
        String classData = Files.readString(extracted.resolve("class-data.options")).strip();
        assertThat(Path.of(classData.substring(classData.indexOf('=') + 1))).as("the class data the package phase "
                + "makes, named by " + classData).isNotEmptyFile();
        Path classLoading = work.resolve("class-loading.log");
        Map<String, String> settings = Map.of("spring.profiles.active", "demo",
                "spring.datasource.url", "jdbc:h2:file:" + work.resolve("samspill") + ";DB_CLOSE_ON_EXIT=FALSE");

        try (Node node = Node.startFromClassDataArchive("class-data", settings,
                Files.createDirectories(Path.of("target", "nodes")), extracted, classLoading)) {
            Http.Response registered = Http.as(node.baseUrl(), "io-sak", "demo").postJson(
                    "/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen", "channel", "in-person",
                    "service", "passport");
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

            List<String> loaded = Files.readAllLines(classLoading).stream()
                    .filter(line -> line.contains(" source: ")).toList();
            long shared = loaded.stream().filter(line -> line.contains("source: shared objects file")).count();
            assertThat(loaded).anySatisfy(line -> assertThat(line)
                    .contains("no.samspill.service.SamspillApplication source: shared objects file"));
            // the training start ends once the node is ready: what only requests load comes from the jars
            assertThat(shared).as("classes from the archive, of %d loaded", loaded.size())
                    .isGreaterThan(loaded.size() * 8 / 10);
        }
    }
}
