package no.samspill.service.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.samspill.service.analytics.AnalyticsQueries.Passing;
import org.junit.jupiter.api.Test;

/** A unit's name typed by staff reaches the referral matrix's CSV: it must open as text, never as a formula. */
class AnalyticsCsvTest {

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_opens_as_text() {
        String csv = new String(AnalyticsCsv.passings(List.of(
                new Passing("handover", "generalist", "=HYPERLINK(\"https://evil.example\",\"NAV\")", 2),
                new Passing("handover", "generalist", "+47 NAV", 1),
                new Passing("handover", "generalist", "@SUM(A1)", 1),
                new Passing("handover", "generalist", "NAV Indre Østfold", 3)), "x.csv").getBody(),
                StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"NAV\"\")\"", "'+47 NAV", "'@SUM(A1)",
                "NAV Indre Østfold,3");
        assertThat(csv.lines()).noneMatch(line -> line.matches("(^|.*,)[=+@].*"));
        assertThat(AnalyticsCsv.inert(-3)).isEqualTo(-3);
    }
}
