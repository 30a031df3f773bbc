package no.samspill.service.analytics;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * alone; {@code reason} instead of figures when the data are too thin.
     */
    public record Estimate(Double firstContactShare, Interval firstContactInterval, Double referralsPerInquiry,
                           long basedOn, long matchedOnRouteOnly, String reason) {
    }

    private WhatIfEstimate() {
    }

    public static Estimate of(List<Routed> inquiries, List<Fact> reference, String model) {
        if (inquiries.isEmpty()) {
            return thin("the service point registered no inquiries in the period");
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
                    return thin("too few inquiries routed " + inquiry.route() + " under " + model + " to estimate from ("
                            + cell.size() + "; at least " + FEWEST + " needed)");
                }
            }
            cellUse.merge(cell, 1L, Long::sum);
        }
        double n = inquiries.size();
        double share = 0;
        double variance = 0;
        double referrals = 0;
        Set<Fact> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<List<Fact>, Long> use : cellUse.entrySet()) {
            List<Fact> cell = use.getKey();
            double p = (double) cell.stream().filter(fact -> Boolean.TRUE.equals(fact.firstContact())).count()
                    / cell.size();
            double meanReferrals = cell.stream().mapToInt(Fact::referrals).average().orElse(0);
            share += use.getValue() * p / n;
            referrals += use.getValue() * meanReferrals / n;
            variance += Math.pow(use.getValue() / n, 2) * p * (1 - p) / cell.size();
            used.addAll(cell);
        }
        double halfWidth = Interval.Z * Math.sqrt(variance);
        return new Estimate(round(share), new Interval(round(Math.max(0, share - halfWidth)),
                round(Math.min(1, share + halfWidth)), used.size()), round(referrals), used.size(), routeOnly, null);
    }

    /** How many of the inquiries each route takes. */
    public static Map<String, Long> routes(List<Routed> inquiries) {
        return inquiries.stream().collect(Collectors.groupingBy(Routed::route, LinkedHashMap::new,
                Collectors.counting()));
    }

    private static Estimate thin(String reason) {
        return new Estimate(null, null, null, 0, 0, "No estimate: " + reason + ".");
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
