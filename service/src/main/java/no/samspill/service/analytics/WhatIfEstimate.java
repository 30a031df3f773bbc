package no.samspill.service.analytics;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.samspill.service.analytics.Measures.Fact;

/**
 * "What if this service point ran another model?": each of its inquiries with the route the other model's routing
 * decision gives it, and the first-contact resolution to expect from how inquiries so routed fare where that model
 * runs, matched on the mix: the rate among the reference inquiries of the same route, service and channel, or, when
 * fewer than {@value #FEWEST} of those, of the same route. With fewer than that for a route, it says so rather than
 * guess.
 */
public final class WhatIfEstimate {

    /** Fewest reference inquiries an estimate rests on. */
    static final int FEWEST = 5;

    /** One of the service point's inquiries, as the other model would route it. */
    public record Routed(String service, String channel, String route, boolean handledLocally) {
    }

    /**
     * The expected first-contact share with its 95 % interval and the expected referrals per inquiry;
     * {@code basedOn}: reference inquiries used, {@code matchedOnRouteOnly}: own inquiries estimated from their route
     * alone; {@code reason} (and its {@code reasonCode}: no-inquiries or too-few-routed) instead of figures when the
     * data are too thin.
     */
    public record Estimate(Double firstContactShare, Interval firstContactInterval, Double referralsPerInquiry,
                           long basedOn, long matchedOnRouteOnly, String reasonCode, String reason) {
    }

    private WhatIfEstimate() {
    }

    public static Estimate of(List<Routed> inquiries, List<Fact> reference, String model) {
        if (inquiries.isEmpty()) {
            return thin("no-inquiries", "the service point registered no inquiries in the period");
        }
        Map<String, List<Fact>> byRouteAndStratum = reference.stream().collect(Collectors.groupingBy(
                fact -> fact.route() + "|" + fact.service() + "|" + fact.channel(), TreeMap::new, Collectors.toList()));
        Map<String, List<Fact>> byRoute = reference.stream().filter(fact -> fact.route() != null)
                .collect(Collectors.groupingBy(Fact::route, TreeMap::new, Collectors.toList()));
        Map<List<Fact>, Long> cellUse = new IdentityHashMap<>();
        long routeOnly = 0;
        for (Routed inquiry : inquiries) {
            List<Fact> cell = byRouteAndStratum.getOrDefault(
                    inquiry.route() + "|" + inquiry.service() + "|" + inquiry.channel(), List.of());
            if (cell.size() < FEWEST) {
                cell = byRoute.getOrDefault(inquiry.route(), List.of());
                routeOnly++;
                if (cell.size() < FEWEST) {
                    return thin("too-few-routed", "too few inquiries routed " + inquiry.route() + " under " + model + " to estimate from ("
                            + cell.size() + "; at least " + FEWEST + " needed)");
                }
            }
            cellUse.merge(cell, 1L, Long::sum);
        }
        // The estimate is a weighted sum over reference inquiries: each weighs (uses of its cell / cell size) / N,
        // summed over the cells it is in (a route's cell holds the route-and-mix cells' inquiries too). Its variance
        // sums the squared weights, each inquiry's outcome varying as its own route-and-mix stratum's adjusted share
        // (x+2)/(n+4) does, so that overlapping cells are not counted as independent.
        double n = inquiries.size();
        Map<Fact, Double> weights = new IdentityHashMap<>();
        cellUse.forEach((cell, uses) -> cell.forEach(fact ->
                weights.merge(fact, uses / (double) cell.size() / n, Double::sum)));
        double share = 0;
        double referrals = 0;
        for (Map.Entry<Fact, Double> weighed : weights.entrySet()) {
            share += weighed.getValue() * (Boolean.TRUE.equals(weighed.getKey().firstContact()) ? 1 : 0);
            referrals += weighed.getValue() * weighed.getKey().referrals();
        }
        double variance = 0;
        for (List<Fact> stratum : byRouteAndStratum.values()) {
            double sumOfSquares = stratum.stream().filter(weights::containsKey)
                    .mapToDouble(fact -> Math.pow(weights.get(fact), 2)).sum();
            if (sumOfSquares > 0) {
                long x = stratum.stream().filter(fact -> Boolean.TRUE.equals(fact.firstContact())).count();
                double adjusted = Interval.adjustedShare(x, stratum.size());
                variance += sumOfSquares * adjusted * (1 - adjusted);
            }
        }
        return new Estimate(Measures.round(share), Interval.normal(share, variance, weights.size()),
                Measures.round(referrals), weights.size(), routeOnly, null, null);
    }

    /** How many of the inquiries each route takes. */
    public static Map<String, Long> routes(List<Routed> inquiries) {
        return inquiries.stream().collect(Collectors.groupingBy(Routed::route, LinkedHashMap::new,
                Collectors.counting()));
    }

    private static Estimate thin(String code, String reason) {
        return new Estimate(null, null, null, 0, 0, code, "No estimate: " + reason + ".");
    }
}
