package no.samspill.service.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.samspill.service.support.BackupRoundTrip;
import no.samspill.service.support.Http;
import no.samspill.service.support.Node;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/backup-and-restore.md on the embedded default, step by step: an online backup through the API while case
 * systems register, the zip unpacked into a new folder, the packaged jar started on it with the same erasure ledger.
 */
class BackupRestoreOnH2IT {

    @Test
    void an_online_backup_restored_into_a_new_folder_serves_what_was_there_and_keeps_later_erasures(
            @TempDir Path work) throws Exception {
        Path ledger = Files.createDirectories(work.resolve("erasures"));
        Map<String, String> settings = new HashMap<>(Map.of("spring.profiles.active", "demo",
                "spring.datasource.url", url(work.resolve("data")),
                "samspill.backup.directory", work.resolve("backups").toString(),
                RunningSamspill.ERASURE_LEDGER, ledger.toString()));
        Path logs = Files.createDirectories(Path.of("target", "nodes"));
        BackupRoundTrip trip = new BackupRoundTrip();
        Path zip;
        try (Node original = Node.start("backup-h2-original", settings, logs)) {
            trip.writeDataAtRest(original);
            trip.startWriting(original);
            Http.Response backup = Http.as(original.baseUrl(), "admin", "demo").post("/api/v1/admin/backups", "");
            assertThat(backup.status()).as(backup.toString()).isEqualTo(201);
            zip = Path.of(backup.json().get("file").asText());
            assertThat(zip).startsWith(work.resolve("backups")).exists();
            trip.stopWritingAndErase(original);
            // Nobody but an administrator takes backups
            assertThat(Http.as(original.baseUrl(), "io-sak", "demo").post("/api/v1/admin/backups", "").status())
                    .isEqualTo(403);
        }

        Path restoredFolder = work.resolve("restored");
        unzip(zip, restoredFolder);
        settings.put("spring.datasource.url", url(restoredFolder));
        try (Node restored = Node.start("backup-h2-restored", settings, logs)) {
            trip.assertRestoredAsBefore(restored);
            assertThat(restored.logText()).contains("erasures carried out again");
        }
    }

    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("samspill") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** What {@code unzip backup.zip -d folder} does. */
    private static void unzip(Path zip, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(folder)).as("inside the folder: " + entry.getName()).isTrue();
                Files.copy(entries, target); // reads this entry only
            }
        }
    }
}
