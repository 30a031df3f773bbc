package no.samspill.service.analytics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.samspill.service.analytics.AnalyticsQueries.BeforeAfter;
import no.samspill.service.analytics.AnalyticsQueries.ModelRow;
import no.samspill.service.analytics.AnalyticsQueries.Passing;
import no.samspill.service.analytics.AnalyticsQueries.Point;
import no.samspill.service.analytics.AnalyticsQueries.Series;
import no.samspill.service.analytics.AnalyticsQueries.ServicePointRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The analytics tables as CSV downloads: RFC 4180, UTF-8 with a byte-order mark so that spreadsheets open
 * Norwegian and Danish letters cleanly; no cell opens as a formula.
 */
final class AnalyticsCsv {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** Each share and the median with its 95 % interval beside it (_low, _high; empty when too few to say). */
    private static final List<String> MEASURES = List.of("inquiries", "resolved_at_first_contact_share",
            "resolved_at_first_contact_low", "resolved_at_first_contact_high", "referrals_per_inquiry",
            "handovers_per_inquiry", "not_handled_locally_share", "not_handled_locally_low",
            "not_handled_locally_high", "abandoned_share", "abandoned_low", "abandoned_high",
            "median_minutes_to_first_service", "median_minutes_to_first_service_low",
            "median_minutes_to_first_service_high", "median_minutes_to_resolution", "median_minutes_low", "median_minutes_high", "p90_minutes_to_resolution",
            "average_satisfaction", "satisfaction_responses", "simulated_inquiries");

    /** With {@code standardise=true}: the shares standardised to the pooled mix, and the mix they cover. */
    private static final List<String> STANDARDISED = List.of("standardised_first_contact_share",
            "standardised_first_contact_low", "standardised_first_contact_high", "standardised_not_handled_locally_share",
            "standardised_not_handled_locally_low", "standardised_not_handled_locally_high",
            "standardised_abandoned_share", "standardised_abandoned_low", "standardised_abandoned_high",
            "standardised_coverage");

    private AnalyticsCsv() {
    }

    static ResponseEntity<byte[]> models(List<ModelRow> rows, String fileName) {
        List<String> header = new ArrayList<>(List.of("model"));
        header.addAll(MEASURES);
        boolean standardised = rows.stream().anyMatch(row -> row.standardised() != null);
        if (standardised) {
            header.addAll(STANDARDISED);
        }
        List<List<Object>> records = rows.stream().map(row -> {
            List<Object> record = new ArrayList<>(List.of(row.model()));
            record.addAll(values(row.measures()));
            if (standardised) {
                record.addAll(values(row.standardised()));
            }
            return record;
        }).toList();
        return download(header, records, fileName);
    }

    static ResponseEntity<byte[]> servicePoints(List<ServicePointRow> rows, String fileName) {
        List<String> header = new ArrayList<>(List.of("municipality", "service_point"));
        header.addAll(MEASURES);
        List<List<Object>> records = rows.stream().map(row -> {
            List<Object> record = new ArrayList<>(List.of(row.municipality(), row.servicePoint()));
            record.addAll(values(row.measures()));
            return record;
        }).toList();
        return download(header, records, fileName);
    }

    static ResponseEntity<byte[]> beforeAfter(BeforeAfter figures, String fileName) {
        List<String> header = new ArrayList<>(List.of("period", "from", "to", "model"));
        header.addAll(MEASURES);
        List<Object> before = new ArrayList<>(List.of("before", figures.before().from(), figures.before().to(),
                figures.change().previousModel()));
        before.addAll(values(figures.before().measures()));
        List<Object> after = new ArrayList<>(List.of("after", figures.after().from(), figures.after().to(),
                figures.change().model()));
        after.addAll(values(figures.after().measures()));
        return download(header, List.of(before, after), fileName);
    }

    /** One line per period; a model change is named on the line of the period it takes effect in. */
    static ResponseEntity<byte[]> series(Series series, String fileName) {
        List<List<Object>> records = new ArrayList<>();
        List<Point> points = series.points();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            java.time.LocalDate end = i + 1 < points.size() ? points.get(i + 1).start() : java.time.LocalDate.MAX;
            String changes = series.modelChanges().stream()
                    .filter(change -> !change.effectiveFrom().isBefore(point.start()) && change.effectiveFrom().isBefore(end))
                    .map(change -> change.previousModel() + " -> " + change.model() + " (" + change.decisionReference() + ")")
                    .collect(java.util.stream.Collectors.joining("; "));
            records.add(List.of(point.start(), point.inquiries(), nullable(point.resolvedAtFirstContactShare()),
                    nullable(point.notHandledLocallyShare()), changes));
        }
        return download(List.of("period_start", "inquiries", "resolved_at_first_contact_share",
                "not_handled_locally_share", "model_change"), records, fileName);
    }

    private static Object nullable(Double value) {
        return value == null ? "" : value;
    }

    static ResponseEntity<byte[]> passings(List<Passing> passings, String fileName) {
        return download(List.of("kind", "from", "to", "count"), passings.stream()
                .map(passing -> List.<Object>of(passing.kind(), passing.from(), passing.to(), passing.count())).toList(),
                fileName);
    }

    private static List<Object> values(Measures measures) {
        List<Object> values = new ArrayList<>();
        values.add(measures.inquiries());
        values.add(measures.resolvedAtFirstContactShare());
        addInterval(values, measures.resolvedAtFirstContactInterval());
        values.add(measures.referralsPerInquiry());
        values.add(measures.handoversPerInquiry());
        values.add(measures.notHandledLocallyShare());
        addInterval(values, measures.notHandledLocallyInterval());
        values.add(measures.abandonedShare());
        addInterval(values, measures.abandonedInterval());
        values.add(measures.medianMinutesToFirstService());
        addInterval(values, measures.medianMinutesToFirstServiceInterval());
        values.add(measures.medianMinutesToResolution());
        addInterval(values, measures.medianMinutesInterval());
        values.add(measures.p90MinutesToResolution());
        values.add(measures.averageSatisfaction());
        values.add(measures.satisfactionResponses());
        values.add(measures.simulatedInquiries());
        return values;
    }

    /** The what-if answer: one row per route the other model's decision gives, then the expectations. */
    static ResponseEntity<byte[]> whatIf(WhatIfAnalysis.WhatIf answer, String fileName) {
        List<List<Object>> records = new ArrayList<>();
        answer.routes().forEach((route, count) -> records.add(List.of("route", route, count)));
        records.add(nullableRow("inquiries", answer.inquiries()));
        records.add(nullableRow("current_first_contact_share", answer.currentFirstContactShare()));
        records.add(nullableRow("not_handled_locally_share", answer.notHandledLocallyShare()));
        WhatIfEstimate.Estimate expected = answer.expected();
        records.add(nullableRow("expected_first_contact_share", expected.firstContactShare()));
        if (expected.firstContactInterval() != null) {
            records.add(nullableRow("expected_first_contact_low", expected.firstContactInterval().low()));
            records.add(nullableRow("expected_first_contact_high", expected.firstContactInterval().high()));
        }
        records.add(nullableRow("expected_referrals_per_inquiry", expected.referralsPerInquiry()));
        records.add(nullableRow("based_on_inquiries", expected.basedOn()));
        if (expected.reason() != null) {
            records.add(nullableRow("reason", expected.reason()));
        }
        return download(List.of("figure", "value", "count"), records, fileName);
    }

    private static List<Object> nullableRow(String figure, Object value) {
        List<Object> row = new ArrayList<>();
        row.add(figure);
        row.add(value);
        row.add(null);
        return row;
    }

    private static List<Object> values(Standardised standardised) {
        List<Object> values = new ArrayList<>();
        for (Standardised.Share share : List.of(standardised.resolvedAtFirstContact(),
                standardised.notHandledLocally(), standardised.abandoned())) {
            values.add(share.share());
            addInterval(values, share.interval());
        }
        values.add(standardised.coverage());
        return values;
    }

    private static void addInterval(List<Object> values, Interval interval) {
        values.add(interval == null ? null : interval.low());
        values.add(interval == null ? null : interval.high());
    }

    /**
     * A text cell that a spreadsheet would take for a formula (=, +, -, @, or a tab or carriage return first: a
     * unit's name that staff typed, say) is written with an apostrophe first, so that it opens as text (OWASP's
     * advice against CSV injection). Numbers are left as they are.
     */
    static Object inert(Object cell) {
        if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }

    private static ResponseEntity<byte[]> download(List<String> header, List<List<Object>> records, String fileName) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).setNullString("").get())) {
            for (List<Object> record : records) {
                csv.printRecord(record.stream().map(AnalyticsCsv::inert).toList());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
