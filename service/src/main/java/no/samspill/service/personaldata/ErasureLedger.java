package no.samspill.service.personaldata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The record of every erasure, kept in a folder of files apart from the database, so that a database restored from a
 * backup taken before an erasure gets it again at start ({@link PersonalDataErasure#reapplyLedger}) instead of
 * bringing the citizen back (ADR 0005). An entry names only pseudonyms: a citizen reference or an inquiry id, with
 * its municipality, or a retention cutoff.
 *
 * <p>Each running node appends to a file of its own (no two writers share a file, also when several nodes share the
 * folder), forced to disk before the erasure's transaction commits; a start reads every file in the folder.
 */
@Component
public class ErasureLedger {

    private static final Logger log = LoggerFactory.getLogger(ErasureLedger.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
            .withZone(ZoneOffset.UTC);

    /** Citizen references and inquiry ids are lower-case UUIDs. */
    private static final Pattern PSEUDONYM = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** What was erased: a citizen (with all their inquiries' notes), one inquiry's notes, or all ended before a time. */
    public enum Kind { CITIZEN, INQUIRY, RETENTION }

    /** {@code subject}: the citizen reference or inquiry id, or the retention cutoff (ISO-8601). */
    public record Entry(Instant at, Kind kind, String municipality, String subject) {
    }

    private final Path folder;
    private final Clock clock;
    private final Path file;
    private FileChannel channel;

    public ErasureLedger(PersonalDataProperties properties, Clock clock) {
        this.folder = properties.erasureLedger().toAbsolutePath();
        this.clock = clock;
        this.file = folder.resolve("erasures-" + FILE_TIME.format(clock.instant()) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".log");
        try {
            Files.createDirectories(folder);
        } catch (IOException failed) {
            throw new IllegalStateException("The erasure ledger's folder " + folder + " (samspill.personal-data."
                    + "erasure-ledger) cannot be made: without it no erasure can be recorded", failed);
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalStateException("The erasure ledger's folder " + folder + " (samspill.personal-data."
                    + "erasure-ledger) is not writable: without it no erasure can be recorded");
        }
    }

    public Path folder() {
        return folder;
    }

    /**
     * Appends an entry and forces it to disk, and answers its time (what the erasure covers); throws if it cannot, so
     * that the erasure's transaction rolls back. A write that fails half-way (a full disk) is cut off again, so that
     * the next entry does not land on a fragment.
     */
    public synchronized Instant record(Kind kind, String municipality, String subject) {
        Instant at = clock.instant();
        byte[] line = (at + "\t" + kind + "\t" + municipality + "\t" + subject + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
            }
            long before = channel.size();
            try {
                ByteBuffer bytes = ByteBuffer.wrap(line);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            } catch (IOException failed) {
                channel.truncate(before);
                throw failed;
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("the erasure could not be recorded in " + file, failed);
        }
        return at;
    }

    /** Every entry of every node's file, oldest file first; a line cut off by a crash is skipped. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path ledger : files.filter(path -> path.getFileName().toString().matches("erasures-.*\\.log"))
                    .sorted().toList()) {
                String text = Files.readString(ledger, StandardCharsets.UTF_8);
                // Only whole lines: what follows the last line break was cut off by a crash mid-write
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length - 1; i++) {
                    Entry entry = parse(lines[i]);
                    if (entry != null) {
                        entries.add(entry);
                    } else {
                        log.warn("Erasure ledger {}: line {} is not an entry and was skipped", ledger.getFileName(),
                                i + 1);
                    }
                }
                if (!lines[lines.length - 1].isEmpty()) {
                    log.warn("Erasure ledger {}: its last line was cut off (a crash while writing) and was skipped",
                            ledger.getFileName());
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("the erasure ledger in " + folder + " cannot be read", failed);
        }
        return entries;
    }

    /** An entry, or null for a line that is not one (each field checked, so that applying it cannot fail). */
    static Entry parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 4) {
            return null;
        }
        try {
            Entry entry = new Entry(Instant.parse(fields[0]), Kind.valueOf(fields[1]), fields[2], fields[3]);
            if (entry.kind() == Kind.RETENTION) {
                Instant.parse(entry.subject());
            } else if (!PSEUDONYM.matcher(entry.subject()).matches()) {
                return null;
            }
            return entry;
        } catch (RuntimeException notAnEntry) {
            return null;
        }
    }
}
