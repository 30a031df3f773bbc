package no.samspill.service.analytics;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.samspill.service.analytics.Measures.Fact;

/**
 * The compared groups' shares as if each had served the same mix of inquiries (direct standardisation over service ×
 * channel): each stratum's share in the group, weighted by the stratum's weight in the pooled mix. Only the strata
 * every group saw are used, so all are on one and the same mix; {@code coverage} says how much of the pooled
 * inquiries that mix holds, and with no stratum in common there is no standardised figure. The 95 % interval is the
 * normal one from the strata's variances, each taken from the Agresti-Coull adjusted share (x+2)/(n+4), so that a
 * stratum of one inquiry, or one where all or none counted, still carries its uncertainty.
 */
public record Standardised(Share resolvedAtFirstContact, Share notHandledLocally, Share abandoned, double coverage) {

    /** A standardised share with its 95 % interval. */
    public record Share(double share, Interval interval) {
    }

    /**
     * Each group's standardised shares on the pooled mix of the strata all groups saw; none for a group without
     * inquiries, and none at all when the groups have no stratum in common.
     */
    public static Map<String, Standardised> byModel(Map<String, List<Fact>> factsByGroup) {
        Map<String, Map<String, List<Fact>>> strataByGroup = new TreeMap<>();
        factsByGroup.forEach((group, facts) -> {
            if (!facts.isEmpty()) {
                strataByGroup.put(group, facts.stream().collect(Collectors.groupingBy(Standardised::stratum,
                        TreeMap::new, Collectors.toList())));
            }
        });
        Set<String> common = null;
        for (Map<String, List<Fact>> strata : strataByGroup.values()) {
            if (common == null) {
                common = new HashSet<>(strata.keySet());
            } else {
                common.retainAll(strata.keySet());
            }
        }
        Map<String, Standardised> standardised = new LinkedHashMap<>();
        if (common == null || common.isEmpty()) {
            return standardised;
        }
        Map<String, Long> pooled = new TreeMap<>();
        long total = 0;
        for (Map<String, List<Fact>> strata : strataByGroup.values()) {
            for (Map.Entry<String, List<Fact>> stratum : strata.entrySet()) {
                total += stratum.getValue().size();
                if (common.contains(stratum.getKey())) {
                    pooled.merge(stratum.getKey(), (long) stratum.getValue().size(), Long::sum);
                }
            }
        }
        long onTheMix = pooled.values().stream().mapToLong(Long::longValue).sum();
        double coverage = (double) onTheMix / total;
        strataByGroup.forEach((group, strata) -> standardised.put(group, new Standardised(
                share(strata, pooled, onTheMix, fact -> Boolean.TRUE.equals(fact.firstContact())),
                share(strata, pooled, onTheMix, fact -> Boolean.FALSE.equals(fact.handledLocally())),
                share(strata, pooled, onTheMix, fact -> "abandoned".equals(fact.outcome())),
                Measures.round(coverage))));
        return standardised;
    }

    private static Share share(Map<String, List<Fact>> strata, Map<String, Long> pooled, long onTheMix,
                               Predicate<Fact> counts) {
        double share = 0;
        double variance = 0;
        long observations = 0;
        for (Map.Entry<String, Long> stratum : pooled.entrySet()) {
            List<Fact> facts = strata.get(stratum.getKey());
            double weight = (double) stratum.getValue() / onTheMix;
            long n = facts.size();
            long x = facts.stream().filter(counts).count();
            share += weight * x / n;
            double adjusted = Interval.adjustedShare(x, n);
            variance += weight * weight * adjusted * (1 - adjusted) / (n + 4.0);
            observations += n;
        }
        return new Share(Measures.round(share), Interval.normal(share, variance, observations));
    }

    /** The stratum an inquiry belongs to: its service and its channel. */
    private static String stratum(Fact fact) {
        return fact.service() + " × " + fact.channel();
    }
}
