package no.samspill.service.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samspill.service.analytics.Measures.Fact;
import no.samspill.service.analytics.WhatIfEstimate.Estimate;
import no.samspill.service.analytics.WhatIfEstimate.Routed;
import org.junit.jupiter.api.Test;

/** The what-if estimate on reference inquiries whose outcome rates are worked out by hand. */
class WhatIfEstimateTest {

    private static final Instant NINE = Instant.parse("2026-11-02T08:00:00Z");

    private static List<Fact> reference(String service, String channel, String route, int count, int firstContact,
                                        int referralsEach) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(new Fact("one-door-in", channel, service, NINE, true, null, referralsEach, 0, "resolved",
                    i < firstContact, NINE.plusSeconds(600), null, false, NINE, route));
        }
        return facts;
    }

    @Test
    void each_inquiry_fares_as_inquiries_so_routed_fare_where_the_model_runs_matched_on_the_mix() {
        // Reference: passports in person, send-to-desk, 6 of which 3 at first contact (½); tax by phone, 2 of 2
        // (too few on their own: the route's 8, of which 5, give 0.625)
        List<Fact> reference = new ArrayList<>(reference("passport", "in-person", "send-to-desk", 6, 3, 0));
        reference.addAll(reference("tax", "phone", "send-to-desk", 2, 2, 1));
        List<Routed> own = List.of(new Routed("passport", "in-person", "send-to-desk", true),
                new Routed("passport", "in-person", "send-to-desk", true),
                new Routed("tax", "phone", "send-to-desk", true), new Routed("tax", "phone", "send-to-desk", true));

        Estimate estimate = WhatIfEstimate.of(own, reference, "one-door-in");

        // (2 × 0.5 + 2 × 0.625) / 4 = 0.5625, rounded half up. As a weighted sum over the 8 reference inquiries: a
        // passport weighs (2/6)/4 + (2/8)/4 = 0.14583 (it is in both cells), a tax inquiry (2/8)/4 = 0.0625.
        // Variance: 6 × 0.14583² × (5/10)(5/10) + 2 × 0.0625² × (4/6)(2/6) = 0.033637 (adjusted shares (x+2)/(n+4)
        // of the passports 3 of 6 and the tax inquiries 2 of 2), sd 0.1834, ± 1.96 sd = ± 0.3595
        assertThat(estimate.firstContactShare()).isEqualTo(0.563);
        assertThat(estimate.firstContactInterval()).isEqualTo(new Interval(0.203, 0.922, 8));
        assertThat(estimate.basedOn()).isEqualTo(8);
        assertThat(estimate.matchedOnRouteOnly()).isEqualTo(2);
        // referrals: passports 0 each; the route's 8 have 2 referrals in all (0.25 each): (2 × 0 + 2 × 0.25) / 4
        assertThat(estimate.referralsPerInquiry()).isEqualTo(0.125);
        assertThat(estimate.reason()).isNull();
        assertThat(WhatIfEstimate.routes(own)).containsExactly(java.util.Map.entry("send-to-desk", 4L));
    }

    @Test
    void too_few_inquiries_so_routed_give_a_reason_not_a_number() {
        Estimate estimate = WhatIfEstimate.of(List.of(new Routed("tax", "phone", "refer-to-other-location", false)),
                reference("tax", "phone", "refer-to-other-location", 4, 0, 0), "hybrid");

        assertThat(estimate.firstContactShare()).isNull();
        assertThat(estimate.reasonCode()).isEqualTo("too-few-routed");
        assertThat(estimate.reason()).isEqualTo("No estimate: too few inquiries routed refer-to-other-location under "
                + "hybrid to estimate from (4; at least 5 needed).");
    }
}
