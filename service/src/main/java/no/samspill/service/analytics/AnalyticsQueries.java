package no.samspill.service.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.core.shared.MunicipalTime;
import no.samspill.service.analytics.Measures.Fact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the analytics read models, always within the municipalities the reader may see. */
@Component
public class AnalyticsQueries {

    private final JdbcTemplate database;

    public AnalyticsQueries(JdbcTemplate database) {
        this.database = database;
    }

    /**
     * One model's measures, and for each measure with an interval the other models whose 95 % interval overlaps this
     * one's, or that have too few for an interval: between them the figures show no clear difference.
     */
    public record ModelRow(String model, Measures measures, Map<String, List<String>> noClearDifference,
                           Standardised standardised) {
    }

    /** The measures whose intervals are compared between models, by their names in the JSON. */
    private static final Map<String, Function<Measures, Interval>> COMPARED = new LinkedHashMap<>();

    static {
        COMPARED.put("resolvedAtFirstContactShare", Measures::resolvedAtFirstContactInterval);
        COMPARED.put("notHandledLocallyShare", Measures::notHandledLocallyInterval);
        COMPARED.put("abandonedShare", Measures::abandonedInterval);
        COMPARED.put("medianMinutesToResolution", Measures::medianMinutesInterval);
    }

    @Schema(name = "AnalysedModelChange", description = "The model change the figures are compared around")
    public record ModelChange(String municipality, String servicePoint, LocalDate effectiveFrom, String previousModel,
                              String model, String decisionReference) {
    }

    /** A period's measures, and its shares standardised to the mix of both periods around a change. */
    public record Period(LocalDate from, LocalDate to, Measures measures, Standardised standardised) {
    }

    /** Before and after a model change, over equal periods; {@code difference} is after minus before. */
    public record BeforeAfter(ModelChange change, Period before, Period after, Map<String, Double> difference) {
    }

    public record Passing(String kind, String from, String to, long count) {
    }

    public record ServicePointRef(String municipality, String servicePoint) {
    }

    public record ServicePointRow(String municipality, String servicePoint, Measures measures) {
    }

    /** One row per service point, over the inquiries registered from {@code from} to {@code to}. */
    public List<ServicePointRow> byServicePoint(LocalDate from, LocalDate to, Set<String> municipalities) {
        List<ServicePointRow> rows = new ArrayList<>();
        for (ServicePointRef place : servicePoints(municipalities)) {
            List<Fact> facts = facts(from, to, Set.of(place.municipality()), place.servicePoint());
            if (!facts.isEmpty()) {
                rows.add(new ServicePointRow(place.municipality(), place.servicePoint(), Measures.of(facts)));
            }
        }
        return rows;
    }

    /** One period of a time series: its first day and the measures of the inquiries registered in it. */
    public record Point(LocalDate start, long inquiries, Double resolvedAtFirstContactShare,
                        Double notHandledLocallyShare) {
    }

    public record Series(String municipality, String servicePoint, String period, List<Point> points,
                         List<ModelChange> modelChanges) {
    }

    /** The service points with inquiries that the caller may see. */
    public List<ServicePointRef> servicePoints(Set<String> municipalities) {
        List<Object> arguments = new ArrayList<>();
        String where = municipalities == null ? "" : " where municipality in (" + placeholders(municipalities, arguments) + ")";
        return database.query("select distinct municipality, service_point from analytics_inquiry" + where
                        + " order by municipality, service_point",
                (row, n) -> new ServicePointRef(row.getString(1), row.getString(2)), arguments.toArray());
    }

    /** A service point's measures per day, week (from Monday) or month, with its model changes marked. */
    public Series series(String municipality, String servicePoint, LocalDate from, LocalDate to, String period) {
        Map<LocalDate, List<Fact>> byPeriod = new TreeMap<>();
        for (LocalDate start = periodStart(from, period); !start.isAfter(to); start = next(start, period)) {
            byPeriod.put(start, new ArrayList<>());
        }
        for (Fact fact : facts(from, to, Set.of(municipality), servicePoint)) {
            byPeriod.get(periodStart(fact.registeredAt().atZone(MunicipalTime.ZONE).toLocalDate(), period)).add(fact);
        }
        List<Point> points = byPeriod.entrySet().stream().map(entry -> {
            Measures measures = Measures.of(entry.getValue());
            return new Point(entry.getKey(), measures.inquiries(), measures.resolvedAtFirstContactShare(),
                    measures.notHandledLocallyShare());
        }).toList();
        return new Series(municipality, servicePoint, period, points, changes(municipality, servicePoint));
    }

    private static LocalDate periodStart(LocalDate day, String period) {
        return switch (period) {
            case "week" -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            case "month" -> day.withDayOfMonth(1);
            default -> day;
        };
    }

    private static LocalDate next(LocalDate start, String period) {
        return switch (period) {
            case "week" -> start.plusWeeks(1);
            case "month" -> start.plusMonths(1);
            default -> start.plusDays(1);
        };
    }

    /** One row per model, over the inquiries registered from {@code from} to {@code to} (days, inclusive). */
    /**
     * With {@code standardise}, each row also has its shares standardised to the pooled service × channel mix of the
     * period (Standardised), so that models are compared on the same mix of inquiries.
     */
    public List<ModelRow> byModel(LocalDate from, LocalDate to, Set<String> municipalities, boolean standardise) {
        Map<String, List<Fact>> byModel = facts(from, to, municipalities, null).stream()
                .collect(Collectors.groupingBy(Fact::model, TreeMap::new, Collectors.toList()));
        Map<String, Measures> measures = new TreeMap<>();
        byModel.forEach((model, facts) -> measures.put(model, Measures.of(facts)));
        Map<String, Standardised> standardised = standardise ? Standardised.byModel(byModel) : Map.of();
        return measures.entrySet().stream().map(entry -> new ModelRow(entry.getKey(), entry.getValue(),
                noClearDifference(entry.getKey(), measures), standardised.get(entry.getKey()))).toList();
    }

    private static Map<String, List<String>> noClearDifference(String model, Map<String, Measures> measures) {
        Map<String, List<String>> overlapping = new LinkedHashMap<>();
        COMPARED.forEach((name, interval) -> {
            Interval own = interval.apply(measures.get(model));
            if (own != null) {
                overlapping.put(name, measures.entrySet().stream().filter(other -> !other.getKey().equals(model))
                        // a model with too few for an interval cannot be told apart either
                        .filter(other -> interval.apply(other.getValue()) == null
                                || own.overlaps(interval.apply(other.getValue()))).map(Map.Entry::getKey)
                        .toList());
            }
        });
        return overlapping;
    }

    /** The service point's latest model change, with the same measures for {@code days} before and after it. */
    public Optional<BeforeAfter> aroundModelChange(String municipality, String servicePoint, int days) {
        List<ModelChange> changes = changes(municipality, servicePoint);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        ModelChange change = changes.get(changes.size() - 1);
        LocalDate effective = change.effectiveFrom();
        LocalDate beforeFrom = effective.minusDays(days);
        LocalDate afterTo = effective.plusDays(days - 1L);
        List<Fact> beforeFacts = facts(beforeFrom, effective.minusDays(1), Set.of(municipality), servicePoint);
        List<Fact> afterFacts = facts(effective, afterTo, Set.of(municipality), servicePoint);
        // A change of model often comes with a change of mix: both periods are also shown on their pooled mix
        Map<String, Standardised> onOneMix = Standardised.byModel(Map.of("before", beforeFacts, "after", afterFacts));
        Period before = new Period(beforeFrom, effective.minusDays(1), Measures.of(beforeFacts),
                onOneMix.get("before"));
        Period after = new Period(effective, afterTo, Measures.of(afterFacts), onOneMix.get("after"));
        return Optional.of(new BeforeAfter(change, before, after, difference(before.measures(), after.measures())));
    }

    /** Referrals and handovers between units: the from→to matrix, counted. */
    public List<Passing> passings(LocalDate from, LocalDate to, Set<String> municipalities) {
        List<Object> arguments = new ArrayList<>(List.of(start(from), start(to.plusDays(1))));
        String where = municipalities == null ? "" : " and p.municipality in (" + placeholders(municipalities, arguments) + ")";
        return database.query("select p.kind, p.from_unit, p.to_unit, count(*) from analytics_passing p "
                        + "join analytics_inquiry i on i.inquiry_id = p.inquiry_id "
                        + "where i.registered_at >= ? and i.registered_at < ? and " + NOT_WITHDRAWN + where
                        + " group by p.kind, p.from_unit, p.to_unit order by p.kind, p.from_unit, p.to_unit",
                (row, n) -> new Passing(row.getString(1), row.getString(2), row.getString(3), row.getLong(4)),
                arguments.toArray());
    }

    /** The service point's model changes, oldest first. */
    private List<ModelChange> changes(String municipality, String servicePoint) {
        return database.query("select municipality, service_point, effective_from, previous_model, model, "
                        + "decision_reference from analytics_model_change where municipality = ? and service_point = ? "
                        + "order by effective_from",
                (row, n) -> new ModelChange(row.getString(1), row.getString(2), row.getDate(3).toLocalDate(),
                        row.getString(4), row.getString(5), row.getString(6)), municipality, servicePoint);
    }

    /** The inquiries registered at one service point from {@code from} to {@code to}. */
    List<Fact> factsAt(LocalDate from, LocalDate to, String municipality, String servicePoint) {
        return facts(from, to, Set.of(municipality), servicePoint);
    }

    /** The inquiries registered under one model from {@code from} to {@code to}, in these municipalities (null: all). */
    List<Fact> factsOfModel(LocalDate from, LocalDate to, Set<String> municipalities, String model) {
        return facts(from, to, municipalities, null).stream().filter(fact -> fact.model().equals(model)).toList();
    }

    private List<Fact> facts(LocalDate from, LocalDate to, Set<String> municipalities, String servicePoint) {
        List<Object> arguments = new ArrayList<>(List.of(start(from), start(to.plusDays(1))));
        StringBuilder where = new StringBuilder("registered_at >= ? and registered_at < ? and "
                + NOT_WITHDRAWN);
        if (municipalities != null) {
            where.append(" and municipality in (").append(placeholders(municipalities, arguments)).append(")");
        }
        if (servicePoint != null) {
            where.append(" and service_point = ?");
            arguments.add(servicePoint);
        }
        return database.query("select model, channel, service, registered_at, handled_locally, not_local_reason, "
                        + "referrals, handovers, outcome, first_contact, ended_at, satisfaction, simulated, taken_at, route "
                        + "from analytics_inquiry where "
                        + where, (row, n) -> new Fact(row.getString(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant(), (Boolean) row.getObject(5), row.getString(6), row.getInt(7),
                        row.getInt(8), row.getString(9), (Boolean) row.getObject(10),
                        row.getTimestamp(11) == null ? null : row.getTimestamp(11).toInstant(),
                        (Integer) row.getObject(12, Integer.class), row.getBoolean(13),
                        row.getTimestamp(14) == null ? null : row.getTimestamp(14).toInstant(), row.getString(15)),
                arguments.toArray());
    }

    private static String placeholders(Set<String> municipalities, List<Object> arguments) {
        if (municipalities.isEmpty()) {
            return "null";
        }
        arguments.addAll(municipalities);
        return String.join(", ", municipalities.stream().map(m -> "?").toList());
    }

    /** Registered by mistake or twice, then withdrawn: not an inquiry (docs/measures.md). */
    private static final String NOT_WITHDRAWN = "(outcome is null or outcome <> '" + AnalyticsProjection.NOT_AN_INQUIRY
            + "')";

    /** Days are Oslo days: a day starts at midnight in Norway. */
    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(MunicipalTime.ZONE).toInstant());
    }

    private static Map<String, Double> difference(Measures before, Measures after) {
        Map<String, Double> difference = new TreeMap<>();
        difference.put("inquiries", (double) (after.inquiries() - before.inquiries()));
        put(difference, "resolvedAtFirstContactShare", before.resolvedAtFirstContactShare(), after.resolvedAtFirstContactShare());
        put(difference, "referralsPerInquiry", before.referralsPerInquiry(), after.referralsPerInquiry());
        put(difference, "handoversPerInquiry", before.handoversPerInquiry(), after.handoversPerInquiry());
        put(difference, "notHandledLocallyShare", before.notHandledLocallyShare(), after.notHandledLocallyShare());
        put(difference, "medianMinutesToResolution", before.medianMinutesToResolution(), after.medianMinutesToResolution());
        put(difference, "p90MinutesToResolution", before.p90MinutesToResolution(), after.p90MinutesToResolution());
        put(difference, "averageSatisfaction", before.averageSatisfaction(), after.averageSatisfaction());
        return difference;
    }

    private static void put(Map<String, Double> difference, String measure, Double before, Double after) {
        if (before != null && after != null) {
            difference.put(measure, Measures.round(after - before));
        }
    }
}
