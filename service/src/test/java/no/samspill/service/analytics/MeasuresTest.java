package no.samspill.service.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.samspill.service.analytics.Measures.Fact;
import org.junit.jupiter.api.Test;

/** The evaluators' measures over a handful of inquiries whose figures are known by hand. */
class MeasuresTest {

    private static final Instant NINE = Instant.parse("2026-11-02T08:00:00Z");

    private static Fact resolved(String channel, int minutes, int referrals, boolean firstContact, Integer satisfaction) {
        return new Fact("total-collaboration", channel, "passport", NINE, true, null, referrals, 0, "resolved",
                firstContact, NINE.plus(Duration.ofMinutes(minutes)), satisfaction, false, NINE.plus(Duration.ofMinutes(2)), "serve-here");
    }

    @Test
    void shares_passings_and_times_to_resolution() {
        List<Fact> facts = List.of(
                resolved("in-person", 10, 0, true, 5),
                resolved("in-person", 20, 0, true, 4),
                resolved("phone", 30, 1, false, null),
                resolved("digital", 40, 2, false, 2),
                new Fact("total-collaboration", "digital", "digital-id", NINE, false, "not-offered-locally", 0, 1,
                        "handed-over", null, NINE.plusSeconds(60), null, true, null, "refer-outside"));

        Measures measures = Measures.of(facts);

        assertThat(measures.inquiries()).isEqualTo(5);
        assertThat(measures.byChannel()).isEqualTo(Map.of("in-person", 2L, "phone", 1L, "digital", 2L));
        assertThat(measures.byService()).isEqualTo(Map.of("passport", 4L, "digital-id", 1L));
        assertThat(measures.resolvedAtFirstContactShare()).isEqualTo(0.4);
        assertThat(measures.referralsPerInquiry()).isEqualTo(0.6);
        assertThat(measures.handoversPerInquiry()).isEqualTo(0.2);
        assertThat(measures.notHandledLocallyShare()).isEqualTo(0.2);
        assertThat(measures.notHandledLocallyReasons()).isEqualTo(Map.of("not-offered-locally", 1L));
        // resolved in 10, 20, 30 and 40 minutes: nearest-rank median 20, 90th percentile 40
        assertThat(measures.medianMinutesToResolution()).isEqualTo(20.0);
        assertThat(measures.p90MinutesToResolution()).isEqualTo(40.0);
        assertThat(measures.averageSatisfaction()).isEqualTo(3.667); // (5 + 4 + 2) / 3 who answered
        assertThat(measures.satisfactionResponses()).isEqualTo(3);
        assertThat(measures.simulatedInquiries()).isEqualTo(1);
        // Wilson's 95 % intervals, worked out by hand: 2 of 5, 1 of 5, 0 of 5
        assertThat(measures.resolvedAtFirstContactInterval()).isEqualTo(new Interval(0.118, 0.769, 5));
        assertThat(measures.notHandledLocallyInterval()).isEqualTo(new Interval(0.036, 0.624, 5));
        assertThat(measures.abandonedShare()).isEqualTo(0.0);
        assertThat(measures.abandonedInterval()).isEqualTo(new Interval(0.0, 0.434, 5));
        // Four times to resolution are too few for a 95 % interval around their median
        assertThat(measures.medianMinutesInterval()).isNull();
        // The four served were each taken two minutes after they were registered; the handed-over one never was
        assertThat(measures.medianMinutesToFirstService()).isEqualTo(2.0);
        assertThat(measures.medianMinutesToFirstServiceInterval()).isNull();
    }

    @Test
    void a_median_of_ten_has_the_second_and_ninth_values_as_its_interval() {
        // Binomial(10, ½): P(B < 2) = 11/1024 ≤ 2.5 % < P(B < 3) = 56/1024, so ranks 2 and 9 (coverage 97.9 %)
        List<Fact> facts = java.util.stream.IntStream.rangeClosed(1, 10)
                .mapToObj(i -> resolved("phone", i * 10, 0, true, null)).toList();

        Measures measures = Measures.of(facts);

        assertThat(measures.medianMinutesToResolution()).isEqualTo(50.0);
        assertThat(measures.medianMinutesInterval()).isEqualTo(new Interval(20.0, 90.0, 10));
        assertThat(measures.resolvedAtFirstContactInterval()).isEqualTo(new Interval(0.722, 1.0, 10));
    }

    @Test
    void the_medians_interval_ranks_follow_the_binomial_distribution() {
        assertThat(Interval.lowerRank(5)).as("below six values, none").isZero();
        assertThat(Interval.lowerRank(6)).isEqualTo(1);   // P(B = 0) = 1/64
        assertThat(Interval.lowerRank(10)).isEqualTo(2);
        assertThat(Interval.lowerRank(20)).isEqualTo(6);  // P(B ≤ 5) = 2.07 %, P(B ≤ 6) = 5.77 %
        assertThat(Interval.lowerRank(100)).isEqualTo(40); // P(B ≤ 39) = 1.76 %, P(B ≤ 40) = 2.84 %
    }

    @Test
    void overlapping_intervals_show_no_clear_difference() {
        assertThat(new Interval(0.1, 0.5, 10).overlaps(new Interval(0.5, 0.9, 10))).isTrue();
        assertThat(new Interval(0.1, 0.4, 10).overlaps(new Interval(0.5, 0.9, 10))).isFalse();
        assertThat(new Interval(0.1, 0.4, 10).overlaps(null)).isFalse();
    }

    @Test
    void nothing_registered_gives_counts_of_zero_and_no_shares() {
        Measures measures = Measures.of(List.of());

        assertThat(measures.inquiries()).isZero();
        assertThat(measures.resolvedAtFirstContactShare()).isNull();
        assertThat(measures.medianMinutesToResolution()).isNull();
    }
}
