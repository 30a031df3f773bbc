package no.samspill.service.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import no.samspill.service.support.BackupRoundTrip;
import no.samspill.service.support.Node;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * docs/backup-and-restore.md on PostgreSQL, step by step: {@code pg_dump} while case systems register, the dump
 * restored with {@code pg_restore} into a new database, the packaged jar started on it with the same erasure ledger.
 * The server is a real PostgreSQL of the machine's pg_dump's major version (pg_dump refuses newer servers).
 */
class BackupRestoreOnPostgresIT {

    @Test
    void a_pg_dump_restored_into_a_new_database_serves_what_was_there_and_keeps_later_erasures(@TempDir Path work)
            throws Exception {
        int major = pgDumpMajor();
        try (EmbeddedPostgres postgres = server(major)) {
            JdbcTemplate server = new JdbcTemplate(postgres.getPostgresDatabase());
            server.execute("create database samspill");
            Map<String, String> settings = new HashMap<>(Map.of("spring.profiles.active", "demo,postgres",
                    "spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/samspill",
                    "spring.datasource.username", "postgres", "spring.datasource.password", "postgres",
                    RunningSamspill.ERASURE_LEDGER, Files.createDirectories(work.resolve("erasures")).toString()));
            Path logs = Files.createDirectories(Path.of("target", "nodes"));
            Path dump = work.resolve("samspill.dump");
            BackupRoundTrip trip = new BackupRoundTrip();
            try (Node original = Node.start("backup-postgres-original", settings, logs)) {
                trip.writeDataAtRest(original);
                trip.startWriting(original);
                run("pg_dump", "-h", "localhost", "-p", String.valueOf(postgres.getPort()), "-U", "postgres",
                        "--format=custom", "--file=" + dump, "samspill");
                trip.stopWritingAndErase(original);
            }

            server.execute("create database restored");
            run("pg_restore", "-h", "localhost", "-p", String.valueOf(postgres.getPort()), "-U", "postgres",
                    "--no-owner", "--exit-on-error", "--dbname=restored", dump.toString());
            settings.put("spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/restored");
            try (Node restored = Node.start("backup-postgres-restored", settings, logs)) {
                trip.assertRestoredAsBefore(restored);
                assertThat(restored.logText()).contains("erasures carried out again");
            }
        }
    }

    private static int pgDumpMajor() throws IOException, InterruptedException {
        String version = run("pg_dump", "--version");
        Matcher major = Pattern.compile("(\\d+)\\.\\d+").matcher(version);
        assertThat(major.find()).as("pg_dump's version in: " + version).isTrue();
        return Integer.parseInt(major.group(1));
    }

    /** The classpath's PostgreSQL 17, or the binaries of pg_dump's major that the build copied (service/pom.xml). */
    private static EmbeddedPostgres server(int major) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (major != 17) {
            Path folder = Path.of(System.getProperty("samspill.postgres-binaries", "target/postgres-binaries"));
            Path jar;
            try (Stream<Path> jars = Files.list(folder)) {
                jar = jars.filter(path -> path.getFileName().toString().matches(".*-" + major + "\\.[0-9.]+\\.jar"))
                        .findFirst().orElseThrow(() -> new IllegalStateException("no PostgreSQL " + major
                                + " binaries in " + folder + " for this machine's pg_dump " + major
                                + "; set postgres-for-pg-dump.version in pom.xml"));
            }
            builder.setPgBinaryResolver(binariesIn(jar));
        }
        return builder.start();
    }

    private static PgBinaryResolver binariesIn(Path jar) {
        return (system, architecture) -> {
            ZipFile zip = new ZipFile(jar.toFile());
            ZipEntry archive = zip.stream().filter(entry -> entry.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new IOException("no PostgreSQL archive in " + jar));
            InputStream content = zip.getInputStream(archive);
            return new java.io.FilterInputStream(content) {
                @Override
                public void close() throws IOException {
                    super.close();
                    zip.close();
                }
            };
        };
    }

    /** Runs a PostgreSQL tool as an operator would; fails with its output unless it succeeds. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
