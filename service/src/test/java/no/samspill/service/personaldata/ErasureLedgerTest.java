package no.samspill.service.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import no.samspill.service.personaldata.ErasureLedger.Entry;
import no.samspill.service.personaldata.ErasureLedger.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The erasure ledger's files as a crash or a hand edit may leave them: whole entries are read, nothing else. */
class ErasureLedgerTest {

    private static final String CITIZEN = "6ff4f285-fc1d-472d-914c-2bc357958a82";
    private static final Instant NOW = Instant.parse("2026-12-07T02:30:00Z");

    private static ErasureLedger ledger(Path folder) {
        return new ErasureLedger(new PersonalDataProperties("key", Duration.ofDays(365), "0 30 2 * * *", folder),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void entries_recorded_are_read_back_from_every_nodes_file(@TempDir Path folder) {
        ErasureLedger first = ledger(folder);
        ErasureLedger second = ledger(folder); // another node sharing the folder
        assertThat(first.record(Kind.CITIZEN, "NO-3118", CITIZEN)).isEqualTo(NOW);
        second.record(Kind.RETENTION, "-", "2025-12-07T02:30:00Z");

        assertThat(ledger(folder).entries()).containsExactlyInAnyOrder(
                new Entry(NOW, Kind.CITIZEN, "NO-3118", CITIZEN),
                new Entry(NOW, Kind.RETENTION, "-", "2025-12-07T02:30:00Z"));
    }

    @Test
    void a_line_cut_off_by_a_crash_or_not_an_entry_is_skipped_and_never_stops_a_start(@TempDir Path folder)
            throws Exception {
        Files.writeString(folder.resolve("erasures-20261207T000000-0000aaaa.log"), String.join("\n",
                NOW + "\tCITIZEN\tNO-3118\t" + CITIZEN,
                NOW + "\tINQUIRY\tNO-3118\tnot-an-id",
                NOW + "\tRETENTION\t-\t2025-12-07T02:3",
                NOW + "\tCITIZEN\tNO-3118\t" + CITIZEN + "\textra",
                "garbage",
                NOW + "\tRETENTION\t-\t2025-12-07T02:30:00Z") + "\n" + NOW + "\tCITIZEN\tNO-3118\t6ff4f285");

        List<Entry> entries = ledger(folder).entries();

        assertThat(entries).containsExactly(new Entry(NOW, Kind.CITIZEN, "NO-3118", CITIZEN),
                new Entry(NOW, Kind.RETENTION, "-", "2025-12-07T02:30:00Z"));
    }
}
