package no.samspill.service.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.service.support.Http;
import no.samspill.service.support.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default's disk fills up while case systems register: on a small filesystem of its own (a 96 MiB
 * tmpfs, which needs root to mount; elsewhere the test is skipped and docs/backup-and-restore.md has the manual
 * check), filled to the last byte. Registrations answer 503 problems, never a 500; readiness is DOWN; nothing
 * half-written remains; once space returns the same node registers again without a restart.
 */
class DiskFullOnH2IT {

    private static final String INQUIRIES = "/api/v1/municipalities/NO-3118/inquiries";

    @Test
    void a_full_disk_answers_503_leaves_nothing_half_written_and_recovers_when_space_returns(@TempDir Path work)
            throws Exception {
        Path disk = Files.createDirectories(work.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=96m", "tmpfs", disk.toString()) == 0,
                "mounting a small filesystem needs root; the manual check is in docs/backup-and-restore.md");
        String url = "jdbc:h2:file:" + disk.resolve("samspill") + ";DB_CLOSE_ON_EXIT=FALSE";
        Set<String> accepted = new HashSet<>();
        try {
            Map<String, String> settings = Map.of("spring.profiles.active", "demo", "spring.datasource.url", url,
                    "management.health.diskspace.path", disk.toString());
            try (Node node = Node.start("disk-full-h2", settings, Files.createDirectories(Path.of("target", "nodes")))) {
                Http caseSystem = Http.as(node.baseUrl(), "io-sak", "demo");
                for (int i = 0; i < 3; i++) {
                    accepted.add(register(caseSystem, 201));
                }

                Path filler = disk.resolve("filler");
                fillUp(filler);
                List<Integer> whileFull = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    Http.Response answer = caseSystem.postJson(INQUIRIES, "servicePoint", "mysen", "channel", "phone",
                            "service", "forms");
                    whileFull.add(answer.status());
                    if (answer.status() == 201) {
                        accepted.add(answer.json().get("id").asText());
                    } else {
                        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
                        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
                        assertThat(answer.header("Retry-After")).isNotBlank();
                        assertThat(answer.json().get("detail").asText()).contains("nothing was done");
                    }
                }
                assertThat(whileFull).as("answers while the disk is full").contains(503);
                assertThat(Http.anonymous(node.baseUrl()).get("/actuator/health/readiness").status()).isEqualTo(503);

                // Space returns: the same node, without a restart, registers again
                Files.delete(filler);
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                    Http.Response answer = caseSystem.postJson(INQUIRIES, "servicePoint", "mysen", "channel",
                            "phone", "service", "forms");
                    if (answer.status() == 201) {
                        accepted.add(answer.json().get("id").asText());
                    }
                    return answer.status() == 201;
                });
                accepted.add(register(caseSystem, 201));
                assertThat(Http.anonymous(node.baseUrl()).get("/actuator/health/readiness").status()).isEqualTo(200);
                Http admin = Http.as(node.baseUrl(), "admin", "demo");
                for (String id : accepted) {
                    assertThat(caseSystem.get(INQUIRIES + "/" + id).status()).as(id).isEqualTo(200);
                    assertThat(admin.get("/engine-rest/task/count?processInstanceBusinessKey=" + id).json()
                            .get("count").asInt()).as("one open task: " + id).isEqualTo(1);
                }
            }
            // Nothing half-written: exactly one registration event and one process per inquiry answered 201, no more
            try (Connection database = DriverManager.getConnection(url, "sa", "")) {
                assertThat(count(database, "select count(*) from domain_event_entry "
                        + "where payload_type like '%InquiryRegistered'")).isEqualTo(accepted.size());
                assertThat(count(database, "select count(*) from act_ru_execution e join act_re_procdef d "
                        + "on e.proc_def_id_ = d.id_ where e.parent_id_ is null and d.key_ = "
                        + "'inquiry-total-collaboration'")).isEqualTo(accepted.size());
            }
        } finally {
            run("umount", "-l", disk.toString());
        }
    }

    private static String register(Http caseSystem, int expected) {
        Http.Response created = caseSystem.postJson(INQUIRIES, "servicePoint", "mysen", "channel", "phone",
                "service", "forms");
        assertThat(created.status()).as(created.toString()).isEqualTo(expected);
        return created.json().get("id").asText();
    }

    /** Writes zeros until the filesystem has no byte left. */
    private static void fillUp(Path filler) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocate(1 << 20);
        try (FileChannel file = FileChannel.open(filler, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            while (true) {
                zeros.clear();
                file.write(zeros);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).contains("No space left");
        }
        ByteBuffer small = ByteBuffer.allocate(4096);
        try (FileChannel file = FileChannel.open(filler, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            while (true) {
                small.clear();
                file.write(small);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).contains("No space left");
        }
    }

    private static long count(Connection database, String sql) throws SQLException {
        try (ResultSet rows = database.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }
}
