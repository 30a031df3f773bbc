package no.samspill.service.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evaluators' measures over a set of inquiries (defined in docs/measures.md): counts by channel and service,
 * shares, passings per inquiry, time to resolution (median and 90th percentile, in minutes), what was not handled
 * locally, with reasons, abandonment, the wait to first service (median minutes from registration until staff first
 * took the inquiry), and the citizens' satisfaction (mean of the scores given, 1-5, and how many
 * gave one). Each share and the median carry their 95 % interval.
 */
public record Measures(long inquiries, Map<String, Long> byChannel, Map<String, Long> byService,
                       Double resolvedAtFirstContactShare, Interval resolvedAtFirstContactInterval,
                       Double referralsPerInquiry, Double handoversPerInquiry,
                       Double notHandledLocallyShare, Interval notHandledLocallyInterval,
                       Map<String, Long> notHandledLocallyReasons, Double abandonedShare, Interval abandonedInterval,
                       Double medianMinutesToFirstService, Interval medianMinutesToFirstServiceInterval,
                       Double medianMinutesToResolution, Interval medianMinutesInterval,
                       Double p90MinutesToResolution, Double averageSatisfaction,
                       long satisfactionResponses, long simulatedInquiries) {

    /**
     * One inquiry's facts, as the analytics read model holds them; {@code takenAt}: first taken by staff;
     * {@code route}: the routing decision's route code.
     */
    public record Fact(String model, String channel, String service, Instant registeredAt, Boolean handledLocally,
                       String notLocalReason, int referrals, int handovers, String outcome, Boolean firstContact,
                       Instant endedAt, Integer satisfaction, boolean simulated, Instant takenAt, String route) {
    }

    public static Measures of(List<Fact> facts) {
        long count = facts.size();
        Map<String, Long> byChannel = new TreeMap<>();
        Map<String, Long> byService = new TreeMap<>();
        Map<String, Long> reasons = new TreeMap<>();
        long firstContact = 0;
        long referrals = 0;
        long handovers = 0;
        long notLocal = 0;
        long abandoned = 0;
        long simulated = 0;
        long satisfactionSum = 0;
        long responses = 0;
        List<Double> minutesToResolution = new ArrayList<>();
        List<Double> minutesToFirstService = new ArrayList<>();
        for (Fact fact : facts) {
            byChannel.merge(fact.channel(), 1L, Long::sum);
            byService.merge(fact.service(), 1L, Long::sum);
            referrals += fact.referrals();
            handovers += fact.handovers();
            if (Boolean.TRUE.equals(fact.firstContact())) {
                firstContact++;
            }
            if (Boolean.FALSE.equals(fact.handledLocally())) {
                notLocal++;
                reasons.merge(fact.notLocalReason(), 1L, Long::sum);
            }
            if (fact.takenAt() != null) {
                minutesToFirstService.add(Duration.between(fact.registeredAt(), fact.takenAt()).toMillis() / 60000.0);
            }
            if ("abandoned".equals(fact.outcome())) {
                abandoned++;
            }
            if ("resolved".equals(fact.outcome()) && fact.endedAt() != null) {
                minutesToResolution.add(Duration.between(fact.registeredAt(), fact.endedAt()).toMillis() / 60000.0);
            }
            if (fact.satisfaction() != null) {
                satisfactionSum += fact.satisfaction();
                responses++;
            }
            if (fact.simulated()) {
                simulated++;
            }
        }
        List<Double> sortedMinutes = minutesToResolution.stream().sorted().toList();
        List<Double> sortedWaits = minutesToFirstService.stream().sorted().toList();
        return new Measures(count, byChannel, byService, share(firstContact, count),
                Interval.share(firstContact, count), share(referrals, count), share(handovers, count),
                share(notLocal, count), Interval.share(notLocal, count), reasons, share(abandoned, count),
                Interval.share(abandoned, count), percentile(sortedWaits, 0.5), Interval.median(sortedWaits),
                percentile(sortedMinutes, 0.5), Interval.median(sortedMinutes),
                percentile(sortedMinutes, 0.9),
                responses == 0 ? null : round((double) satisfactionSum / responses), responses, simulated);
    }

    /** {@code part} of {@code whole}, rounded to three decimals; absent when there is no whole. */
    static Double share(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    /** Nearest-rank percentile of values already sorted; absent when there are none. */
    static Double percentile(List<Double> sorted, double fraction) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(fraction * sorted.size());
        return round(sorted.get(Math.max(rank, 1) - 1));
    }

    /** Every figure of the analytics is given to three decimals. */
    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
