package no.samspill.service.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import no.samspill.service.support.Http;
import no.samspill.service.support.Node;
import no.samspill.service.support.RegistrationLoad;
import org.junit.jupiter.api.Test;

/**
 * The embedded default as a small municipality or an evaluator's laptop runs it: the packaged jar on an H2 file
 * database, three case-system callers registering without pause, and the JVM killed with SIGKILL at random moments,
 * then started again on the same files ({@code -Dsamspill.crash.kills}, 3 in CI). Every inquiry answered 201 must be
 * there afterwards exactly once: one registration event, one process instance, one open task.
 */
class KilledOnH2IT {

    private static final String INQUIRIES = "/api/v1/municipalities/NO-3118/inquiries";

    @Test
    void killed_under_load_on_h2_every_inquiry_answered_201_is_there_once() throws Exception {
        int kills = Integer.getInteger("samspill.crash.kills", 3);
        Path folder = Files.createTempDirectory("samspill-h2-crash-");
        Map<String, String> settings = Map.of("spring.profiles.active", "demo",
                "spring.datasource.url", "jdbc:h2:file:" + folder.resolve("samspill") + ";DB_CLOSE_ON_EXIT=FALSE");
        try (Node node = Node.start("h2-node", settings, Files.createDirectories(Path.of("target", "nodes")))) {
            RegistrationLoad load = RegistrationLoad.start(3, List.of(node), "phone", "housing");
            java.util.Random moments = new java.util.Random();
            for (int kill = 0; kill < kills; kill++) {
                RegistrationLoad.pause(1500 + moments.nextInt(2500));
                node.kill();
                RegistrationLoad.pause(500);
                node.startProcess();
            }
            RegistrationLoad.pause(1500);
            assertThat(load.stop()).isTrue();
            Set<String> accepted = load.accepted();

            // One more kill with nothing in flight, so that what was accepted must have reached the files
            node.kill();
            node.startProcess();

            assertThat(accepted).hasSizeGreaterThan(kills);
            Http caseSystem = Http.as(node.baseUrl(), "io-sak", "demo");
            Http admin = Http.as(node.baseUrl(), "admin", "demo");
            List<String> lost = new ArrayList<>();
            for (String inquiry : accepted) {
                Http.Response read = caseSystem.get(INQUIRIES + "/" + inquiry);
                if (read.status() != 200) {
                    lost.add(inquiry + " (" + read.status() + ")");
                    continue;
                }
                JsonNode history = read.json().get("history");
                assertThat(StreamSupport.stream(history.spliterator(), false)
                        .filter(entry -> entry.get("type").asText().equals("InquiryRegistered")).count())
                        .as("registered once: " + inquiry).isEqualTo(1);
                assertThat(admin.get("/engine-rest/process-instance/count?businessKey=" + inquiry).json()
                        .get("count").asInt()).as("one process: " + inquiry).isEqualTo(1);
                assertThat(admin.get("/engine-rest/task/count?processInstanceBusinessKey=" + inquiry).json()
                        .get("count").asInt()).as("one open task: " + inquiry).isEqualTo(1);
            }
            assertThat(lost).as("answered 201, gone after a kill").isEmpty();
            System.out.printf("H2, %d kills: %d inquiries accepted, %d requests refused or cut off, none lost%n",
                    kills, accepted.size(), load.refused());
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
