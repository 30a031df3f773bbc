package no.samspill.core.libraryplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samspill.core.libraryplan.LibraryPlanCommands.AddLocalGoal;
import no.samspill.core.libraryplan.LibraryPlanCommands.AddMeasure;
import no.samspill.core.libraryplan.LibraryPlanCommands.AddRegionalGoal;
import no.samspill.core.libraryplan.LibraryPlanCommands.AppointWorkingGroup;
import no.samspill.core.libraryplan.LibraryPlanCommands.DeliverRegionalInput;
import no.samspill.core.libraryplan.LibraryPlanCommands.CloseConsultation;
import no.samspill.core.libraryplan.LibraryPlanCommands.OpenConsultation;
import no.samspill.core.libraryplan.LibraryPlanCommands.RecordConsultationAnswer;
import no.samspill.core.libraryplan.LibraryPlanCommands.RecordCouncilDecision;
import no.samspill.core.libraryplan.LibraryPlanCommands.RecordExecutiveCase;
import no.samspill.core.libraryplan.LibraryPlanCommands.RecordRegionalMeeting;
import no.samspill.core.libraryplan.LibraryPlanCommands.SendConsultationReminder;
import no.samspill.core.libraryplan.LibraryPlanCommands.SendInformationLetter;
import no.samspill.core.libraryplan.LibraryPlanCommands.StartLibraryPlan;
import no.samspill.core.libraryplan.LibraryPlanCommands.SubmitDraft;
import no.samspill.core.libraryplan.LibraryPlanCommands.SubmitToCouncil;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationAnswerReceived;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationClosed;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationOpened;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationReminderSent;
import no.samspill.core.libraryplan.LibraryPlanEvents.CouncilCaseSubmitted;
import no.samspill.core.libraryplan.LibraryPlanEvents.DraftSubmitted;
import no.samspill.core.libraryplan.LibraryPlanEvents.InformationLetterSent;
import no.samspill.core.libraryplan.LibraryPlanEvents.LibraryPlanKickedOff;
import no.samspill.core.libraryplan.LibraryPlanEvents.PlanAdopted;
import no.samspill.core.libraryplan.LibraryPlanEvents.PlanProcessStarted;
import no.samspill.core.libraryplan.LibraryPlanEvents.PlanSentBack;
import no.samspill.core.libraryplan.LibraryPlanEvents.LocalGoalAdded;
import no.samspill.core.libraryplan.LibraryPlanEvents.MeasureAdded;
import no.samspill.core.libraryplan.LibraryPlanEvents.RegionalGoalAdded;
import no.samspill.core.libraryplan.LibraryPlanEvents.RegionalInputDelivered;
import no.samspill.core.libraryplan.LibraryPlanEvents.RegionalMeetingHeld;
import no.samspill.core.libraryplan.LibraryPlanEvents.WorkingGroupAppointed;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.RuleViolation;
import no.samspill.core.shared.StaffId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LibraryPlanTest {

    private static final LibraryPlanId ID = new LibraryPlanId("0d3f6a1e-2b4c-4e5f-8a9b-7c6d5e4f3a21");
    private static final MunicipalityCode TROMS = new MunicipalityCode("NO-55");
    private static final List<Region> REGIONS = List.of(new Region("nord", "Nord-Troms"),
            new Region("midt", "Midt-Troms"), new Region("sor", "Sør-Troms"));
    private static final LocalDate KICKOFF = LocalDate.of(2026, 6, 10);

    private final LibraryPlanKickedOff kickedOff = new LibraryPlanKickedOff(ID, TROMS, "Regional bibliotekplan 2027–2030",
            KICKOFF, REGIONS);
    private final PlanProcessStarted processStarted = new PlanProcessStarted(ID, "FR-sak 45/26");
    private final List<WorkingGroupMember> workingGroup = List.of(
            WorkingGroupMember.fromRegion(new StaffId("nils"), "nord"),
            WorkingGroupMember.fromRegion(new StaffId("mari"), "midt"),
            WorkingGroupMember.fromRegion(new StaffId("sofie"), "sor"),
            WorkingGroupMember.fromCountyLibrary(new StaffId("birgit")),
            WorkingGroupMember.fromCountyLibrary(new StaffId("tor")));
    private final WorkingGroupAppointed appointed = new WorkingGroupAppointed(ID, workingGroup);
    private final InformationLetterSent informed = new InformationLetterSent(ID, LocalDate.of(2026, 9, 1));
    private final Object[] allMeetingsHeld = {
            new RegionalMeetingHeld(ID, "nord", LocalDate.of(2026, 10, 5), 12),
            new RegionalMeetingHeld(ID, "midt", LocalDate.of(2026, 10, 12), 9),
            new RegionalMeetingHeld(ID, "sor", LocalDate.of(2026, 10, 19), 15)};
    private final DraftSubmitted draft = new DraftSubmitted(ID, "doc-2027-1", "1.0");
    private static final LocalDate OPENED_ON = LocalDate.of(2027, 4, 1);
    private static final List<ConsultationBody> BODIES = List.of(new ConsultationBody("NO-5501", "NO-5501"),
            new ConsultationBody("regionrad-nord", "Regionrådet i Nord-Troms"),
            new ConsultationBody("Sametinget", "Sametinget"));
    private final ConsultationOpened consultation = new ConsultationOpened(ID, LocalDate.of(2027, 4, 30), 1,
            OPENED_ON, BODIES);

    private FixtureConfiguration<LibraryPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LibraryPlan.class);
    }

    private Object[] upTo(Object... more) {
        List<Object> events = new java.util.ArrayList<>(List.of(kickedOff, processStarted, appointed, informed));
        events.addAll(List.of(allMeetingsHeld));
        events.addAll(List.of(more));
        return events.toArray();
    }

    @Test
    void a_plan_is_kicked_off_for_the_regions_of_the_county() {
        fixture.givenNoPriorActivity()
                .when(new StartLibraryPlan(ID, TROMS, "Regional bibliotekplan 2027–2030", KICKOFF, REGIONS))
                .expectEvents(kickedOff);
    }

    @Test
    void a_plan_needs_a_title_and_regions() {
        fixture.givenNoPriorActivity()
                .when(new StartLibraryPlan(ID, TROMS, " ", KICKOFF, REGIONS))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new StartLibraryPlan(ID, TROMS, "Plan", KICKOFF, List.of()))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void the_county_executive_case_starts_the_plan_process() {
        fixture.given(kickedOff)
                .when(new RecordExecutiveCase(ID, "FR-sak 45/26"))
                .expectEvents(processStarted);
    }

    @Test
    void the_working_group_has_one_member_per_region_and_two_from_the_county_library() {
        fixture.given(kickedOff, processStarted)
                .when(new AppointWorkingGroup(ID, workingGroup))
                .expectEvents(appointed);
    }

    @Test
    void a_working_group_of_another_composition_is_refused_naming_what_is_missing() {
        fixture.given(kickedOff, processStarted)
                .when(new AppointWorkingGroup(ID, List.of(
                        WorkingGroupMember.fromRegion(new StaffId("nils"), "nord"),
                        WorkingGroupMember.fromRegion(new StaffId("ola"), "nord"),
                        WorkingGroupMember.fromRegion(new StaffId("mari"), "midt"),
                        WorkingGroupMember.fromCountyLibrary(new StaffId("birgit")))))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("region 'nord' has 2 members, needs exactly 1; region 'sor' has 0 members, "
                        + "needs exactly 1; the county library has 1 members, needs exactly 2")
                .expectNoEvents();
    }

    @Test
    void no_working_group_before_the_plan_process_has_started() {
        fixture.given(kickedOff)
                .when(new AppointWorkingGroup(ID, workingGroup))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("appointing the working group comes when the plan is plan-process-started; "
                        + "it is kicked-off")
                .expectNoEvents();
    }

    @Test
    void each_region_has_one_information_and_kickoff_meeting() {
        fixture.given(kickedOff, processStarted, appointed, informed, allMeetingsHeld[0])
                .when(new RecordRegionalMeeting(ID, "nord", LocalDate.of(2026, 10, 20), 3))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("region 'nord' has had its meeting");
        fixture.given(kickedOff, processStarted, appointed, informed)
                .when(new RecordRegionalMeeting(ID, "vest", LocalDate.of(2026, 10, 20), 3))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("'vest' is not a region of this plan");
    }

    @Test
    void meetings_come_after_the_information_letter() {
        fixture.given(kickedOff, processStarted, appointed)
                .when(new RecordRegionalMeeting(ID, "nord", LocalDate.of(2026, 10, 5), 12))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(kickedOff, processStarted, appointed)
                .when(new SendInformationLetter(ID, LocalDate.of(2026, 9, 1)))
                .expectEvents(informed);
    }

    @Test
    void the_draft_comes_when_every_region_has_met() {
        fixture.given(kickedOff, processStarted, appointed, informed, allMeetingsHeld[0], allMeetingsHeld[1])
                .when(new SubmitDraft(ID, "doc-2027-1", "1.0"))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(upTo())
                .when(new SubmitDraft(ID, "doc-2027-1", "1.0"))
                .expectEvents(draft);
    }

    @Test
    void regions_add_their_own_goals_before_the_draft_is_final() {
        fixture.given(upTo())
                .when(new AddRegionalGoal(ID, "nord", "Samisk litteratur i alle bibliotek"))
                .expectEvents(new RegionalGoalAdded(ID, "nord", "Samisk litteratur i alle bibliotek"));
        fixture.given(upTo(draft))
                .when(new AddRegionalGoal(ID, "nord", "For sent"))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void no_answers_before_the_consultation_opens() {
        fixture.given(upTo(draft))
                .when(new RecordConsultationAnswer(ID, "NO-5501", LocalDate.of(2027, 4, 2), "svar-1"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void answers_after_the_deadline_are_recorded_as_late() {
        fixture.given(upTo(draft, consultation))
                .when(new RecordConsultationAnswer(ID, "NO-5501", LocalDate.of(2027, 4, 30), "svar-1"))
                .expectEvents(new ConsultationAnswerReceived(ID, "NO-5501", LocalDate.of(2027, 4, 30), "svar-1", false,
                        1, "NO-5501"));
        fixture.given(upTo(draft, consultation, new ConsultationClosed(ID)))
                .when(new RecordConsultationAnswer(ID, "Sametinget", LocalDate.of(2027, 5, 3), "svar-2"))
                .expectEvents(new ConsultationAnswerReceived(ID, "Sametinget", LocalDate.of(2027, 5, 3), "svar-2", true,
                        1, "Sametinget"));
    }

    @Test
    void the_consultation_closes_once() {
        fixture.given(upTo(draft, consultation))
                .when(new CloseConsultation(ID))
                .expectEvents(new ConsultationClosed(ID));
        fixture.given(upTo(draft, consultation, new ConsultationClosed(ID)))
                .when(new CloseConsultation(ID))
                .expectException(RuleViolation.class);
    }

    @Test
    void no_decision_before_the_council_case() {
        fixture.given(upTo(draft, consultation, new ConsultationClosed(ID)))
                .when(new RecordCouncilDecision(ID, true, "FT-sak 12/27"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the council's decision comes when the plan is before-council; "
                        + "it is consultation-closed")
                .expectNoEvents();
    }

    @Test
    void the_council_adopts_the_plan() {
        fixture.given(upTo(draft, consultation, new ConsultationClosed(ID)))
                .when(new SubmitToCouncil(ID, "FT-sak 12/27"))
                .expectEvents(new CouncilCaseSubmitted(ID, "FT-sak 12/27"));
        fixture.given(upTo(draft, consultation, new ConsultationClosed(ID), new CouncilCaseSubmitted(ID, "FT-sak 12/27")))
                .when(new RecordCouncilDecision(ID, true, "FT-vedtak 12/27"))
                .expectEvents(new PlanAdopted(ID, "FT-vedtak 12/27"));
    }

    @Test
    void sent_back_returns_the_plan_to_the_working_group() {
        Object[] sentBack = upTo(draft, consultation, new ConsultationClosed(ID),
                new CouncilCaseSubmitted(ID, "FT-sak 12/27"), new PlanSentBack(ID, "FT-vedtak 12/27"));
        fixture.given(upTo(draft, consultation, new ConsultationClosed(ID), new CouncilCaseSubmitted(ID, "FT-sak 12/27")))
                .when(new RecordCouncilDecision(ID, false, "FT-vedtak 12/27"))
                .expectEvents(new PlanSentBack(ID, "FT-vedtak 12/27"));
        fixture.given(sentBack)
                .when(new SubmitDraft(ID, "doc-2027-1", "2.0"))
                .expectEvents(new DraftSubmitted(ID, "doc-2027-1", "2.0"));
        fixture.given(sentBack)
                .when(new AddRegionalGoal(ID, "sor", "Nytt mål etter tilbakesending"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_consultation_needs_a_deadline_and_a_draft() {
        fixture.given(upTo(draft))
                .when(new OpenConsultation(ID, OPENED_ON, null, BODIES))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(upTo())
                .when(new OpenConsultation(ID, OPENED_ON, LocalDate.of(2027, 4, 30), BODIES))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(upTo(draft))
                .when(new OpenConsultation(ID, OPENED_ON, LocalDate.of(2027, 4, 30), BODIES))
                .expectEvents(consultation);
    }

    @Test
    void a_consultation_is_open_at_least_three_weeks_and_goes_to_named_bodies_each_once() {
        fixture.given(upTo(draft))
                .when(new OpenConsultation(ID, OPENED_ON, OPENED_ON.plusDays(20), BODIES))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("must be at least three weeks after the consultation opens (2027-04-22 or later)");
        fixture.given(upTo(draft))
                .when(new OpenConsultation(ID, OPENED_ON, OPENED_ON.plusDays(21), List.of()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("a consultation is sent to at least one body");
        fixture.given(upTo(draft))
                .when(new OpenConsultation(ID, OPENED_ON, OPENED_ON.plusDays(21), List.of(
                        new ConsultationBody("Sametinget", "Sametinget"), new ConsultationBody("sametinget", "Sámediggi"))))
                .expectException(RuleViolation.class).expectExceptionMessage("each body is named once");
    }

    @Test
    void after_a_sending_back_a_second_round_has_its_own_window_and_its_answers_are_late_only_by_it() {
        LocalDate reopened = LocalDate.of(2027, 9, 1);
        Object[] secondRound = upTo(draft, consultation, new ConsultationClosed(ID),
                new CouncilCaseSubmitted(ID, "FT-sak 12/27"), new PlanSentBack(ID, "FT-vedtak 12/27"),
                new DraftSubmitted(ID, "doc-2027-1", "2.0"));
        fixture.given(secondRound)
                .when(new OpenConsultation(ID, reopened, LocalDate.of(2027, 10, 1), BODIES))
                .expectEvents(new ConsultationOpened(ID, LocalDate.of(2027, 10, 1), 2, reopened, BODIES));
        Object[] open = java.util.stream.Stream.concat(java.util.Arrays.stream(secondRound), java.util.stream.Stream.of(
                new ConsultationOpened(ID, LocalDate.of(2027, 10, 1), 2, reopened, BODIES))).toArray();
        // months after the first round's deadline, on time for the second
        fixture.given(open)
                .when(new RecordConsultationAnswer(ID, "Regionrådet i Nord-Troms", LocalDate.of(2027, 9, 20), null))
                .expectEvents(new ConsultationAnswerReceived(ID, "Regionrådet i Nord-Troms", LocalDate.of(2027, 9, 20),
                        null, false, 2, "regionrad-nord"));
        fixture.given(open)
                .when(new RecordConsultationAnswer(ID, "NO-5501", LocalDate.of(2027, 8, 30), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("comes before this consultation round opened on 2027-09-01");
    }

    @Test
    void a_body_that_has_not_answered_this_round_is_reminded() {
        fixture.given(upTo(draft, consultation))
                .when(new SendConsultationReminder(ID, "regionrad-nord", LocalDate.of(2027, 4, 25)))
                .expectEvents(new ConsultationReminderSent(ID, 1, "regionrad-nord", LocalDate.of(2027, 4, 30),
                        LocalDate.of(2027, 4, 25)));
        fixture.given(upTo(draft, consultation, new ConsultationAnswerReceived(ID, "NO-5501", OPENED_ON, null, false,
                        1, "NO-5501")))
                .when(new SendConsultationReminder(ID, "NO-5501", LocalDate.of(2027, 4, 25)))
                .expectException(RuleViolation.class).expectExceptionMessage("NO-5501 has answered this round");
        fixture.given(upTo(draft, consultation))
                .when(new SendConsultationReminder(ID, "NO-1804", LocalDate.of(2027, 4, 25)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("'NO-1804' was not sent this consultation round; it went to "
                        + "[NO-5501, regionrad-nord, Sametinget]");
        fixture.given(upTo(draft))
                .when(new SendConsultationReminder(ID, "NO-5501", LocalDate.of(2027, 4, 25)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void each_regions_member_delivers_its_input_once_a_working_round() {
        LocalDate january = LocalDate.of(2027, 1, 15);
        fixture.given(upTo())
                .when(new DeliverRegionalInput(ID, "nord", new StaffId("nils"), " Samisk litteratur ", "doc-nord",
                        january))
                .expectEvents(new RegionalInputDelivered(ID, "nord", new StaffId("nils"), "Samisk litteratur",
                        "doc-nord", january, 1));
        RegionalInputDelivered nord = new RegionalInputDelivered(ID, "nord", new StaffId("nils"), "Samisk litteratur",
                "doc-nord", january, 1);
        fixture.given(upTo(nord))
                .when(new DeliverRegionalInput(ID, "nord", new StaffId("nils"), "Igjen", null, january))
                .expectException(RuleViolation.class).expectExceptionMessage("region 'nord' has delivered its input");
        fixture.given(upTo())
                .when(new DeliverRegionalInput(ID, "midt", new StaffId("nils"), "Ikke min region", null, january))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("region 'midt' is represented by mari");
        // sent back by the council: the group works again, and each region delivers anew
        fixture.given(upTo(nord, draft, consultation, new ConsultationClosed(ID),
                        new CouncilCaseSubmitted(ID, "FT-sak 12/27"), new PlanSentBack(ID, "FT-vedtak 12/27")))
                .when(new DeliverRegionalInput(ID, "nord", new StaffId("nils"), "Nye innspill", null, january))
                .expectEvents(new RegionalInputDelivered(ID, "nord", new StaffId("nils"), "Nye innspill", null,
                        january, 2));
        fixture.given(upTo(draft))
                .when(new DeliverRegionalInput(ID, "nord", new StaffId("nils"), "For sent", null, january))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_municipality_or_one_of_its_libraries_gets_a_goal_of_its_own() {
        fixture.given(upTo())
                .when(new AddLocalGoal(ID, new MunicipalityCode("NO-5501"), " Tromsø bibliotek ", "Meråpent på Kvaløya"))
                .expectEvents(new LocalGoalAdded(ID, new MunicipalityCode("NO-5501"), "Tromsø bibliotek",
                        "Meråpent på Kvaløya"));
        fixture.given(upTo())
                .when(new AddLocalGoal(ID, new MunicipalityCode("NO-5543"), null, "Lesekampanje"))
                .expectEvents(new LocalGoalAdded(ID, new MunicipalityCode("NO-5543"), null, "Lesekampanje"));
        fixture.given(upTo())
                .when(new AddLocalGoal(ID, new MunicipalityCode("NO-3118"), null, "Ikke i Troms"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("'NO-3118' is not a municipality of NO-55 (its codes are NO-55xx)");
        fixture.given(upTo(draft))
                .when(new AddLocalGoal(ID, new MunicipalityCode("NO-5501"), null, "For sent"))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_measure_weighs_differently_per_region_and_normal_where_left_out() {
        Map<String, MeasureWeight> weights = new java.util.LinkedHashMap<>();
        weights.put("nord", MeasureWeight.HIGH);
        weights.put("sor", MeasureWeight.LOW);
        Map<String, MeasureWeight> everyRegion = new java.util.LinkedHashMap<>();
        everyRegion.put("nord", MeasureWeight.HIGH);
        everyRegion.put("midt", MeasureWeight.NORMAL);
        everyRegion.put("sor", MeasureWeight.LOW);
        fixture.given(upTo())
                .when(new AddMeasure(ID, " Samisk litteraturformidling ", weights))
                .expectEvents(new MeasureAdded(ID, "Samisk litteraturformidling", everyRegion));
        fixture.given(upTo(new MeasureAdded(ID, "Samisk litteraturformidling", everyRegion)))
                .when(new AddMeasure(ID, "samisk litteraturformidling", Map.of()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the plan has the measure 'samisk litteraturformidling'");
        fixture.given(upTo())
                .when(new AddMeasure(ID, "Lesesirkler", Map.of("vest", MeasureWeight.HIGH)))
                .expectException(RuleViolation.class).expectExceptionMessage("'vest' is not a region of this plan");
    }
}
