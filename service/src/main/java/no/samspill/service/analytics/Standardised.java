package no.samspill.service.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.samspill.service.analytics.Measures.Fact;

/**
 * A model's shares as if it had served the reference mix of inquiries (direct standardisation over service ×
 * channel): each stratum's share in the model, weighted by the stratum's weight in the pooled mix of all models in
 * the period. A model that never saw a stratum is standardised over the strata it did see, and {@code coverage} says
 * how much of the reference mix that is. The 95 % interval is the normal one from the strata's binomial variances.
 */
public record Standardised(Share resolvedAtFirstContact, Share notHandledLocally, Share abandoned, double coverage) {

    /** A standardised share with its 95 % interval. */
    public record Share(double share, Interval interval) {
    }

    /** Each model's standardised shares, against the pooled mix of all the facts given; none for a model without. */
    public static Map<String, Standardised> byModel(Map<String, List<Fact>> factsByModel) {
        Map<String, Long> pooled = factsByModel.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(Standardised::stratum, TreeMap::new, Collectors.counting()));
        long total = pooled.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Standardised> standardised = new LinkedHashMap<>();
        factsByModel.forEach((model, facts) -> {
            if (!facts.isEmpty()) {
                standardised.put(model, of(facts, pooled, total));
            }
        });
        return standardised;
    }

    private static Standardised of(List<Fact> facts, Map<String, Long> pooled, long total) {
        Map<String, List<Fact>> strata = facts.stream()
                .collect(Collectors.groupingBy(Standardised::stratum, TreeMap::new, Collectors.toList()));
        double coverage = strata.keySet().stream().mapToDouble(stratum -> (double) pooled.get(stratum) / total).sum();
        return new Standardised(
                share(strata, pooled, total, coverage, fact -> Boolean.TRUE.equals(fact.firstContact())),
                share(strata, pooled, total, coverage, fact -> Boolean.FALSE.equals(fact.handledLocally())),
                share(strata, pooled, total, coverage, fact -> "abandoned".equals(fact.outcome())),
                round(coverage));
    }

    private static Share share(Map<String, List<Fact>> strata, Map<String, Long> pooled, long total, double coverage,
                               Predicate<Fact> counts) {
        double share = 0;
        double variance = 0;
        long observations = 0;
        for (Map.Entry<String, List<Fact>> stratum : strata.entrySet()) {
            double weight = (double) pooled.get(stratum.getKey()) / total / coverage;
            long n = stratum.getValue().size();
            double p = (double) stratum.getValue().stream().filter(counts).count() / n;
            share += weight * p;
            variance += weight * weight * p * (1 - p) / n;
            observations += n;
        }
        double halfWidth = Interval.Z * Math.sqrt(variance);
        return new Share(round(share), new Interval(round(Math.max(0, share - halfWidth)),
                round(Math.min(1, share + halfWidth)), observations));
    }

    /** The stratum an inquiry belongs to: its service and its channel. */
    private static String stratum(Fact fact) {
        return fact.service() + " × " + fact.channel();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
