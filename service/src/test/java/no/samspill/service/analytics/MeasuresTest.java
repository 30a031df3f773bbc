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
                firstContact, NINE.plus(Duration.ofMinutes(minutes)), satisfaction, false);
    }

    @Test
    void shares_passings_and_times_to_resolution() {
        List<Fact> facts = List.of(
                resolved("in-person", 10, 0, true, 5),
                resolved("in-person", 20, 0, true, 4),
                resolved("phone", 30, 1, false, null),
                resolved("digital", 40, 2, false, 2),
                new Fact("total-collaboration", "digital", "digital-id", NINE, false, "not-offered-locally", 0, 1,
                        "handed-over", null, NINE.plusSeconds(60), null, true));

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
    }

    @Test
    void nothing_registered_gives_counts_of_zero_and_no_shares() {
        Measures measures = Measures.of(List.of());

        assertThat(measures.inquiries()).isZero();
        assertThat(measures.resolvedAtFirstContactShare()).isNull();
        assertThat(measures.medianMinutesToResolution()).isNull();
    }
}
