package no.samspill.service.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samspill.service.analytics.Measures.Fact;
import org.junit.jupiter.api.Test;

/** Direct standardisation on a mix worked out by hand, where the raw ranking of two models turns round. */
class StandardisedTest {

    private static final Instant NINE = Instant.parse("2026-11-02T08:00:00Z");

    private static List<Fact> facts(String model, String service, String channel, int count, int firstContact) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(new Fact(model, channel, service, NINE, true, null, 0, 0, "resolved", i < firstContact,
                    NINE.plusSeconds(600), null, false, null, "serve-here"));
        }
        return facts;
    }

    @Test
    void each_model_is_weighted_to_the_pooled_mix_and_the_ranking_can_turn_round() {
        // A: passport in person 6 of 8 at first contact, tax by phone 0 of 2 (raw 6 of 10 = 0.6)
        // B: passport in person 2 of 2, tax by phone 2 of 8 (raw 4 of 10 = 0.4)
        List<Fact> a = new ArrayList<>(facts("A", "passport", "in-person", 8, 6));
        a.addAll(facts("A", "tax", "phone", 2, 0));
        List<Fact> b = new ArrayList<>(facts("B", "passport", "in-person", 2, 2));
        b.addAll(facts("B", "tax", "phone", 8, 2));

        Map<String, Standardised> standardised = Standardised.byModel(Map.of("A", a, "B", b));

        // Pooled mix: 10 of 20 each. A: ½·0.75 + ½·0 = 0.375; B: ½·1 + ½·0.25 = 0.625
        // Variance from the adjusted shares (x+2)/(n+4), A: ¼·(8/12·4/12)/12 + ¼·(2/6·4/6)/6 = 0.013889,
        // sd 0.11785, ± 1.96 sd = ± 0.231; B: ¼·(4/6·2/6)/6 + ¼·(4/12·8/12)/12, the same
        assertThat(Measures.of(a).resolvedAtFirstContactShare()).isEqualTo(0.6);
        assertThat(standardised.get("A").resolvedAtFirstContact())
                .isEqualTo(new Standardised.Share(0.375, new Interval(0.144, 0.606, 10)));
        assertThat(standardised.get("B").resolvedAtFirstContact())
                .isEqualTo(new Standardised.Share(0.625, new Interval(0.394, 0.856, 10)));
        assertThat(standardised.get("A").coverage()).isEqualTo(1.0);
    }

    @Test
    void only_the_strata_every_model_saw_make_the_mix_and_coverage_says_how_much_that_is() {
        // A serves only passports in person (3 of 4); B both strata, 4 inquiries each: the one mix both saw is
        // passports in person, 8 of the 12 inquiries
        List<Fact> a = facts("A", "passport", "in-person", 4, 3);
        List<Fact> b = new ArrayList<>(facts("B", "passport", "in-person", 4, 4));
        b.addAll(facts("B", "tax", "phone", 4, 0));

        Map<String, Standardised> standardised = Standardised.byModel(Map.of("A", a, "B", b));

        assertThat(standardised.get("A").coverage()).isEqualTo(0.667);
        assertThat(standardised.get("A").resolvedAtFirstContact().share()).isEqualTo(0.75);
        assertThat(standardised.get("B").coverage()).isEqualTo(0.667);
        assertThat(standardised.get("B").resolvedAtFirstContact().share()).isEqualTo(1.0);
        // All four of B's passports at first contact: the adjusted share 6/8 still leaves an interval
        assertThat(standardised.get("B").resolvedAtFirstContact().interval().low()).isLessThan(1.0);
    }

    @Test
    void groups_without_a_stratum_in_common_get_no_standardised_figure() {
        assertThat(Standardised.byModel(Map.of("A", facts("A", "passport", "in-person", 4, 3),
                "B", facts("B", "tax", "phone", 4, 0)))).isEmpty();
    }
}
