package no.samspill.service.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An online backup of the embedded default, taken while the service runs: H2's own {@code BACKUP TO}, which copies
 * the database file into a zip consistent to the transaction (what was committed when it began, nothing half). The
 * zip goes to {@code samspill.backup.directory}; restoring is unzipping it into a new folder and starting Samspill on
 * it (docs/backup-and-restore.md). PostgreSQL is backed up with {@code pg_dump} instead.
 */
@Component
public class OnlineBackup {

    private static final Logger log = LoggerFactory.getLogger(OnlineBackup.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** A backup taken: where it is, how big, and when it began. */
    public record Backup(String file, long bytes, Instant takenAt) {
    }

    private final JdbcTemplate database;
    private final DataSource dataSource;
    private final Path directory;
    private final Clock clock;

    public OnlineBackup(JdbcTemplate database, DataSource dataSource,
                        @Value("${samspill.backup.directory:./backups}") Path directory, Clock clock) {
        this.database = database;
        this.dataSource = dataSource;
        this.directory = directory.toAbsolutePath();
        this.clock = clock;
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    /** True on H2; PostgreSQL is backed up by its own tools. */
    public boolean supported() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException failed) {
            throw new IllegalStateException("the database cannot be reached", failed);
        }
    }

    /** Takes a backup now; one at a time, so that two never compete for the disk. */
    public synchronized Backup take() {
        Instant at = clock.instant();
        Path file = directory.resolve("samspill-" + FILE_TIME.format(at) + ".zip");
        try {
            Files.createDirectories(directory);
            // BACKUP takes no parameter; the name is ours (a timestamp in our folder), quotes doubled all the same
            database.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            ownerOnly(directory, "rwx------");
            ownerOnly(file, "rw-------"); // it holds the event log and the staff's password hashes
            long bytes = Files.size(file);
            log.info("Online backup written to {} ({} bytes)", file, bytes);
            return new Backup(file.toString(), bytes, at);
        } catch (IOException failed) {
            throw new UncheckedIOException("the backup could not be written to " + directory, failed);
        }
    }
}
