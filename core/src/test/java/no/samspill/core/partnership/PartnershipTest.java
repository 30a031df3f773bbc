package no.samspill.core.partnership;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import no.samspill.core.partnership.PartnershipCommands.AgreePartnership;
import no.samspill.core.partnership.PartnershipCommands.ChangeRelation;
import no.samspill.core.partnership.PartnershipCommands.EndPartnership;
import no.samspill.core.partnership.PartnershipCommands.EvaluatePartnership;
import no.samspill.core.partnership.PartnershipCommands.FallBack;
import no.samspill.core.partnership.PartnershipCommands.ProposePartnership;
import no.samspill.core.partnership.PartnershipCommands.RenewPartnership;
import no.samspill.core.partnership.PartnershipCommands.ScreenPartnership;
import no.samspill.core.partnership.PartnershipEvents.PartnershipAgreed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipEnded;
import no.samspill.core.partnership.PartnershipEvents.PartnershipEvaluated;
import no.samspill.core.partnership.PartnershipEvents.PartnershipFellBack;
import no.samspill.core.partnership.PartnershipEvents.PartnershipProposed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipRenewed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipScreenedIn;
import no.samspill.core.partnership.PartnershipEvents.PartnershipScreenedOut;
import no.samspill.core.partnership.PartnershipEvents.RelationChanged;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.RuleViolation;
import no.samspill.core.shared.StaffId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartnershipTest {

    private static final PartnershipId ID = new PartnershipId("5e2a9c7b-3d1f-4a8e-b6c4-9f0e1d2c3b4a");
    private static final MunicipalityCode ROSKILDE = new MunicipalityCode("DK-0265");
    private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 3, 2);
    private static final LocalDate AGREED_ON = LocalDate.of(2026, 4, 1);
    private static final Period HALF_YEAR = Period.ofMonths(6);

    private static final List<ScreeningQuestion> QUESTIONS = List.of(
            new ScreeningQuestion("mission-fit", "Støtter samarbeidet bibliotekets mål og strategi?", true),
            new ScreeningQuestion("audience-reach", "Når vi flere brukere?", false),
            new ScreeningQuestion("capacity-and-funding", "Har vi kapasitet og finansiering?", true));
    private static final List<ScreeningAnswer> ALL_YES = List.of(new ScreeningAnswer("mission-fit", true),
            new ScreeningAnswer("audience-reach", true), new ScreeningAnswer("capacity-and-funding", true));

    private final PartnershipProposed proposed = new PartnershipProposed(ID, ROSKILDE, "Roskilde Festival",
            PartnerSector.CULTURE, RelationKind.COLLABORATION, "Musik i bibliotekets rum", new StaffId("mette"),
            PROPOSED_ON);
    private final PartnershipScreenedIn screenedIn = new PartnershipScreenedIn(ID, ALL_YES, PROPOSED_ON.plusDays(7));
    private final RelationChanged becamePartnership = new RelationChanged(ID, RelationKind.COLLABORATION,
            RelationKind.PARTNERSHIP, AGREED_ON);
    private final PartnershipAgreed agreed = new PartnershipAgreed(ID, "Fælles koncerter", "Festivalen booker",
            "Fire koncerter om året", HALF_YEAR, AGREED_ON, AGREED_ON.plus(HALF_YEAR), AgreementKind.OPEN_FRAMEWORK,
            null, null);

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    private AgreePartnership agreement(Period interval) {
        return agreement(AgreementKind.OPEN_FRAMEWORK, null, null, interval);
    }

    private AgreePartnership agreement(AgreementKind kind, LocalDate endsOn, String conditions, Period interval) {
        return new AgreePartnership(ID, kind, endsOn, conditions, "Fælles koncerter", "Festivalen booker",
                "Fire koncerter om året", interval, AGREED_ON);
    }

    @Test
    void a_library_proposes_a_partnership() {
        fixture.givenNoPriorActivity()
                .when(new ProposePartnership(ID, ROSKILDE, " Roskilde Festival ", PartnerSector.CULTURE,
                        RelationKind.COLLABORATION, "Musik i bibliotekets rum", new StaffId("mette"), PROPOSED_ON))
                .expectEvents(proposed);
    }

    @Test
    void a_proposal_without_a_relation_starts_as_a_collaboration() {
        fixture.givenNoPriorActivity()
                .when(new ProposePartnership(ID, ROSKILDE, "Roskilde Festival", PartnerSector.CULTURE, null,
                        "Musik i bibliotekets rum", new StaffId("mette"), PROPOSED_ON))
                .expectEvents(proposed);
    }

    @Test
    void a_proposal_names_partner_sector_and_purpose() {
        fixture.givenNoPriorActivity()
                .when(new ProposePartnership(ID, ROSKILDE, " ", PartnerSector.CULTURE, null, "x",
                        new StaffId("mette"), PROPOSED_ON))
                .expectException(RuleViolation.class).expectExceptionMessage("is required").expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ProposePartnership(ID, ROSKILDE, "Festival", null, null, "x", new StaffId("mette"),
                        PROPOSED_ON))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("is required; allowed: culture, education, research, business, "
                        + "civil-society, public-sector");
        fixture.givenNoPriorActivity()
                .when(new ProposePartnership(ID, ROSKILDE, "Festival", PartnerSector.CULTURE, null, "",
                        new StaffId("mette"), PROPOSED_ON))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void yes_to_every_required_question_screens_the_proposal_in() {
        List<ScreeningAnswer> optionalNo = List.of(new ScreeningAnswer("mission-fit", true),
                new ScreeningAnswer("audience-reach", false), new ScreeningAnswer("capacity-and-funding", true));
        fixture.given(proposed)
                .when(new ScreenPartnership(ID, QUESTIONS, optionalNo, PROPOSED_ON.plusDays(7)))
                .expectEvents(new PartnershipScreenedIn(ID, optionalNo, PROPOSED_ON.plusDays(7)));
    }

    @Test
    void no_to_a_required_question_stops_the_proposal_with_the_reason() {
        List<ScreeningAnswer> noCapacity = List.of(new ScreeningAnswer("mission-fit", true),
                new ScreeningAnswer("audience-reach", true), new ScreeningAnswer("capacity-and-funding", false));
        fixture.given(proposed)
                .when(new ScreenPartnership(ID, QUESTIONS, noCapacity, PROPOSED_ON.plusDays(7)))
                .expectEvents(new PartnershipScreenedOut(ID, noCapacity, List.of("capacity-and-funding"),
                        "answered no to Har vi kapasitet og finansiering?", PROPOSED_ON.plusDays(7)));
    }

    @Test
    void the_screening_answers_every_question_once_and_nothing_else() {
        fixture.given(proposed)
                .when(new ScreenPartnership(ID, QUESTIONS, ALL_YES.subList(0, 2), PROPOSED_ON))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("every question needs an answer; missing: capacity-and-funding");
        fixture.given(proposed)
                .when(new ScreenPartnership(ID, QUESTIONS, List.of(ALL_YES.get(0), ALL_YES.get(1), ALL_YES.get(2),
                        new ScreeningAnswer("mission-fit", false)), PROPOSED_ON))
                .expectException(RuleViolation.class).expectExceptionMessage("'mission-fit' is answered twice");
        fixture.given(proposed)
                .when(new ScreenPartnership(ID, QUESTIONS, List.of(new ScreeningAnswer("weather", true)), PROPOSED_ON))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_proposal_is_screened_once() {
        fixture.given(proposed, screenedIn)
                .when(new ScreenPartnership(ID, QUESTIONS, ALL_YES, PROPOSED_ON))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the screening needs a partnership that is proposed; this one is screened-in");
    }

    @Test
    void the_agreement_makes_the_relation_a_partnership_and_sets_the_first_evaluation() {
        fixture.given(proposed, screenedIn)
                .when(agreement(HALF_YEAR))
                .expectEvents(becamePartnership, agreed);
    }

    @Test
    void no_agreement_without_passing_the_screening() {
        fixture.given(proposed)
                .when(agreement(HALF_YEAR))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(proposed, new PartnershipScreenedOut(ID, ALL_YES, List.of("mission-fit"), "no", PROPOSED_ON))
                .when(agreement(HALF_YEAR))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void the_agreement_states_expectations_roles_results_and_a_sensible_interval() {
        fixture.given(proposed, screenedIn)
                .when(new AgreePartnership(ID, AgreementKind.OPEN_FRAMEWORK, null, null, "Fælles koncerter", " ",
                        "Fire koncerter", HALF_YEAR, AGREED_ON))
                .expectException(RuleViolation.class).expectExceptionMessage("is required");
        fixture.given(proposed, screenedIn)
                .when(agreement(Period.ofWeeks(2)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("must be between one month and three years");
        fixture.given(proposed, screenedIn)
                .when(agreement(Period.ofYears(4)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void an_evaluation_within_the_grace_period_is_on_time() {
        LocalDate due = AGREED_ON.plus(HALF_YEAR);
        fixture.given(proposed, screenedIn, becamePartnership, agreed)
                .when(new EvaluatePartnership(ID, due.plus(Partnership.EVALUATION_GRACE), true, "Godt publikum"))
                .expectEvents(new PartnershipEvaluated(ID, due.plus(Partnership.EVALUATION_GRACE), due, true, true,
                        "Godt publikum"));
    }

    @Test
    void an_evaluation_after_the_grace_period_is_late() {
        LocalDate due = AGREED_ON.plus(HALF_YEAR);
        LocalDate late = due.plus(Partnership.EVALUATION_GRACE).plusDays(1);
        fixture.given(proposed, screenedIn, becamePartnership, agreed)
                .when(new EvaluatePartnership(ID, late, true, "Godt publikum"))
                .expectEvents(new PartnershipEvaluated(ID, late, due, false, true, "Godt publikum"));
    }

    @Test
    void only_an_agreed_partnership_is_evaluated() {
        fixture.given(proposed, screenedIn)
                .when(new EvaluatePartnership(ID, AGREED_ON, true, "x"))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_renewal_follows_an_evaluation_that_found_the_partnership_serves_the_strategy() {
        LocalDate due = AGREED_ON.plus(HALF_YEAR);
        PartnershipEvaluated good = new PartnershipEvaluated(ID, due, due, true, true, "Godt publikum");
        fixture.given(proposed, screenedIn, becamePartnership, agreed, good)
                .when(new RenewPartnership(ID, due.plusDays(3)))
                .expectEvents(new PartnershipRenewed(ID, due.plusDays(3), due.plusDays(3).plus(HALF_YEAR)));
    }

    @Test
    void no_renewal_without_an_evaluation_or_after_one_that_found_it_no_longer_serves() {
        LocalDate due = AGREED_ON.plus(HALF_YEAR);
        fixture.given(proposed, screenedIn, becamePartnership, agreed)
                .when(new RenewPartnership(ID, due))
                .expectException(RuleViolation.class).expectExceptionMessage("is renewed after an evaluation; evaluate it first");
        fixture.given(proposed, screenedIn, becamePartnership, agreed,
                        new PartnershipEvaluated(ID, due, due, true, false, "Passer ikke strategien"))
                .when(new RenewPartnership(ID, due))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("its last evaluation found it no longer serves the strategy; end it instead");
        fixture.given(proposed, screenedIn, becamePartnership, agreed,
                        new PartnershipEvaluated(ID, due, due, true, true, "ok"),
                        new PartnershipRenewed(ID, due, due.plus(HALF_YEAR)))
                .when(new RenewPartnership(ID, due.plusDays(1)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_partnership_that_no_longer_serves_the_strategy_ends_with_its_reason_and_stays_a_network_relation() {
        fixture.given(proposed, screenedIn, becamePartnership, agreed)
                .when(new EndPartnership(ID, EndReason.NO_LONGER_SERVES_STRATEGY, "Ny strategi", AGREED_ON.plusYears(1)))
                .expectEvents(new RelationChanged(ID, RelationKind.PARTNERSHIP, RelationKind.NETWORK,
                                AGREED_ON.plusYears(1)),
                        new PartnershipEnded(ID, EndReason.NO_LONGER_SERVES_STRATEGY, "Ny strategi",
                        AGREED_ON.plusYears(1)));
    }

    @Test
    void an_ended_or_screened_out_partnership_does_not_end_again() {
        PartnershipEnded ended = new PartnershipEnded(ID, EndReason.PARTNER_WITHDREW, null, AGREED_ON);
        fixture.given(proposed, ended)
                .when(new EndPartnership(ID, EndReason.PARTNER_WITHDREW, null, AGREED_ON))
                .expectException(RuleViolation.class).expectExceptionMessage("has already ended");
        fixture.given(proposed, new PartnershipScreenedOut(ID, ALL_YES, List.of("mission-fit"), "no", PROPOSED_ON))
                .when(new EndPartnership(ID, EndReason.PARTNER_WITHDREW, null, AGREED_ON))
                .expectException(RuleViolation.class).expectExceptionMessage("was stopped at the screening");
        fixture.given(proposed)
                .when(new EndPartnership(ID, null, null, AGREED_ON))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_relation_moves_between_network_and_collaboration_before_an_agreement() {
        fixture.given(proposed)
                .when(new ChangeRelation(ID, RelationKind.NETWORK, PROPOSED_ON.plusDays(1)))
                .expectEvents(new RelationChanged(ID, RelationKind.COLLABORATION, RelationKind.NETWORK,
                        PROPOSED_ON.plusDays(1)));
    }

    @Test
    void a_relation_becomes_a_partnership_only_by_the_agreement_and_stays_one_until_it_ends() {
        fixture.given(proposed)
                .when(new ChangeRelation(ID, RelationKind.PARTNERSHIP, PROPOSED_ON))
                .expectException(RuleViolation.class).expectExceptionMessage("becomes a partnership by a written agreement");
        fixture.given(proposed, screenedIn, becamePartnership, agreed)
                .when(new ChangeRelation(ID, RelationKind.NETWORK, AGREED_ON))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("an agreed partnership falls back to network with a reason");
        fixture.given(proposed)
                .when(new ChangeRelation(ID, RelationKind.COLLABORATION, PROPOSED_ON))
                .expectException(RuleViolation.class).expectExceptionMessage("is already collaboration");
        fixture.given(proposed, new PartnershipEnded(ID, EndReason.PARTNER_WITHDREW, null, AGREED_ON))
                .when(new ChangeRelation(ID, RelationKind.NETWORK, AGREED_ON))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void an_agreed_partnership_falls_back_to_a_collaboration_with_its_reason() {
        fixture.given(proposed, screenedIn, becamePartnership, agreed)
                .when(new FallBack(ID, RelationKind.COLLABORATION, " Festivalen har ikke lenger midler ",
                        AGREED_ON.plusMonths(7)))
                .expectEvents(new PartnershipFellBack(ID, RelationKind.PARTNERSHIP, RelationKind.COLLABORATION,
                        "Festivalen har ikke lenger midler", AGREED_ON.plusMonths(7)));
    }

    @Test
    void a_fallen_back_relation_moves_on_as_network_and_ends_but_is_not_evaluated_or_renewed() {
        PartnershipFellBack fellBack = new PartnershipFellBack(ID, RelationKind.PARTNERSHIP,
                RelationKind.COLLABORATION, "Mindre aktivitet", AGREED_ON.plusMonths(7));
        fixture.given(proposed, screenedIn, becamePartnership, agreed, fellBack)
                .when(new ChangeRelation(ID, RelationKind.NETWORK, AGREED_ON.plusMonths(9)))
                .expectEvents(new RelationChanged(ID, RelationKind.COLLABORATION, RelationKind.NETWORK,
                        AGREED_ON.plusMonths(9)));
        fixture.given(proposed, screenedIn, becamePartnership, agreed, fellBack)
                .when(new ChangeRelation(ID, RelationKind.PARTNERSHIP, AGREED_ON.plusMonths(9)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("becomes a partnership by a written agreement");
        fixture.given(proposed, screenedIn, becamePartnership, agreed, fellBack)
                .when(new EvaluatePartnership(ID, AGREED_ON.plusMonths(8), true, "Godt"))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(proposed, screenedIn, becamePartnership, agreed, fellBack)
                .when(new EndPartnership(ID, EndReason.RESULTS_REACHED, null, AGREED_ON.plusYears(1)))
                .expectEvents(new RelationChanged(ID, RelationKind.COLLABORATION, RelationKind.NETWORK,
                                AGREED_ON.plusYears(1)),
                        new PartnershipEnded(ID, EndReason.RESULTS_REACHED, null, AGREED_ON.plusYears(1)));
    }

    @Test
    void only_an_agreed_partnership_falls_back_and_only_to_collaboration_or_network_with_a_reason() {
        fixture.given(proposed, screenedIn)
                .when(new FallBack(ID, RelationKind.NETWORK, "Ingen avtale", AGREED_ON))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("falling back needs a partnership that is active; this one is screened-in");
        fixture.given(proposed, screenedIn, becamePartnership, agreed)
                .when(new FallBack(ID, RelationKind.PARTNERSHIP, "Samme", AGREED_ON))
                .expectException(RuleViolation.class).expectExceptionMessage("falls back to collaboration or network");
        fixture.given(proposed, screenedIn, becamePartnership, agreed)
                .when(new FallBack(ID, RelationKind.NETWORK, "  ", AGREED_ON))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(proposed, screenedIn, becamePartnership, agreed)
                .when(new FallBack(ID, null, "Mindre aktivitet", AGREED_ON))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_fixed_activity_states_its_last_day_and_is_evaluated_by_then_at_the_latest() {
        LocalDate lastDay = AGREED_ON.plusMonths(4);
        fixture.given(proposed, screenedIn)
                .when(agreement(AgreementKind.FIXED_ACTIVITY, lastDay, null, HALF_YEAR))
                .expectEvents(becamePartnership, new PartnershipAgreed(ID, "Fælles koncerter", "Festivalen booker",
                        "Fire koncerter om året", HALF_YEAR, AGREED_ON, lastDay, AgreementKind.FIXED_ACTIVITY,
                        lastDay, null));
        fixture.given(proposed, screenedIn)
                .when(agreement(AgreementKind.FIXED_ACTIVITY, null, null, HALF_YEAR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("is required for a fixed activity: the day it ends");
        fixture.given(proposed, screenedIn)
                .when(agreement(AgreementKind.FIXED_ACTIVITY, AGREED_ON, null, HALF_YEAR))
                .expectException(RuleViolation.class).expectExceptionMessage("must come after the agreement");
        fixture.given(proposed, screenedIn)
                .when(agreement(AgreementKind.OPEN_FRAMEWORK, lastDay, null, HALF_YEAR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("is only for a fixed activity; an open framework has no end date");
        fixture.given(proposed, screenedIn)
                .when(agreement(null, null, null, HALF_YEAR))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_fixed_activity_is_not_renewed_past_its_last_day() {
        LocalDate lastDay = AGREED_ON.plusMonths(4);
        PartnershipAgreed fixed = new PartnershipAgreed(ID, "Fælles koncerter", "Festivalen booker",
                "Fire koncerter om året", HALF_YEAR, AGREED_ON, lastDay, AgreementKind.FIXED_ACTIVITY, lastDay, null);
        PartnershipEvaluated good = new PartnershipEvaluated(ID, lastDay, lastDay, true, true, "Godt");
        fixture.given(proposed, screenedIn, becamePartnership, fixed, good)
                .when(new RenewPartnership(ID, lastDay.plusDays(1)))
                .expectException(RuleViolation.class).expectExceptionMessage("its fixed activity ended on " + lastDay
                        + "; end it, or let it fall back, and agree anew for a new activity");
        // renewed before it ends, the next evaluation is still on its last day
        fixture.given(proposed, screenedIn, becamePartnership, fixed, good)
                .when(new RenewPartnership(ID, lastDay.minusDays(10)))
                .expectEvents(new PartnershipRenewed(ID, lastDay.minusDays(10), lastDay));
    }

    @Test
    void a_sponsorship_or_a_grant_is_recorded_as_such_with_the_givers_conditions_and_not_as_a_partnership() {
        fixture.given(proposed, screenedIn)
                .when(agreement(AgreementKind.SPONSORSHIP, null, " Logo på plakaterne ", HALF_YEAR))
                .expectEvents(new RelationChanged(ID, RelationKind.COLLABORATION, RelationKind.SPONSORSHIP, AGREED_ON),
                        new PartnershipAgreed(ID, "Fælles koncerter", "Festivalen booker", "Fire koncerter om året",
                                HALF_YEAR, AGREED_ON, AGREED_ON.plus(HALF_YEAR), AgreementKind.SPONSORSHIP, null,
                                "Logo på plakaterne"));
        fixture.given(proposed, screenedIn)
                .when(agreement(AgreementKind.GRANT, null, null, HALF_YEAR))
                .expectException(RuleViolation.class).expectExceptionMessage("is required");
        fixture.given(proposed)
                .when(new ChangeRelation(ID, RelationKind.GRANT, PROPOSED_ON))
                .expectException(RuleViolation.class).expectExceptionMessage("becomes a grant by a written agreement");
        fixture.given(proposed, screenedIn,
                        new RelationChanged(ID, RelationKind.COLLABORATION, RelationKind.GRANT, AGREED_ON),
                        new PartnershipAgreed(ID, "x", "x", "x", HALF_YEAR, AGREED_ON, AGREED_ON.plus(HALF_YEAR),
                                AgreementKind.GRANT, null, "Rapport til fonden"))
                .when(new FallBack(ID, RelationKind.NETWORK, "Fonden er lukket", AGREED_ON.plusMonths(2)))
                .expectEvents(new PartnershipFellBack(ID, RelationKind.GRANT, RelationKind.NETWORK, "Fonden er lukket",
                        AGREED_ON.plusMonths(2)));
    }
}
