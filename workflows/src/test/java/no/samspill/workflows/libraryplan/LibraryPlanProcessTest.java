package no.samspill.workflows.libraryplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.libraryplan.LibraryPlan;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationAnswerReceived;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationClosed;
import no.samspill.core.libraryplan.LibraryPlanEvents.LibraryPlanKickedOff;
import no.samspill.core.libraryplan.LibraryPlanEvents.PlanAdopted;
import no.samspill.core.libraryplan.LibraryPlanEvents.PlanSentBack;
import no.samspill.core.libraryplan.LibraryPlanEvents.RegionalMeetingHeld;
import no.samspill.core.libraryplan.LibraryPlanId;
import no.samspill.core.libraryplan.Region;
import no.samspill.core.libraryplan.ConsultationBody;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationOpened;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationReminderSent;
import no.samspill.core.libraryplan.LibraryPlanEvents.RegionalInputDelivered;
import no.samspill.core.shared.StaffId;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.ProcessTestEngine;
import no.samspill.workflows.engine.RefusedInput;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Regional bibliotekplan" from kickoff to decision, with the engine's clock moved past the consultation deadline. */
@Deployment(resources = {"bpmn/library-plan.bpmn", "bpmn/consultation-answer.bpmn",
        "bpmn/consultation-reminder.bpmn"})
class LibraryPlanProcessTest {

    private static final MunicipalityCode TROMS = new MunicipalityCode("NO-55");
    private static final LocalDate KICKOFF = LocalDate.of(2026, 6, 10);
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private static final List<Region> TROMS_REGIONS = List.of(new Region("nord", "Nord-Troms"),
            new Region("midt", "Midt-Troms"), new Region("sor", "Sør-Troms"));
    private static final CountyDirectory COUNTIES = new CountyDirectory() {
        @Override
        public Optional<List<Region>> regionsOf(MunicipalityCode county) {
            return county.equals(TROMS) ? Optional.of(TROMS_REGIONS) : Optional.empty();
        }

        @Override
        public List<MunicipalityCode> municipalitiesOf(MunicipalityCode county) {
            return List.of(new MunicipalityCode("NO-5501"), new MunicipalityCode("NO-5543"));
        }
    };
    private static final List<ConsultationBody> TROMS_BODIES = List.of(new ConsultationBody("NO-5501", "NO-5501"),
            new ConsultationBody("NO-5543", "NO-5543"),
            new ConsultationBody("regionrad-nord", "Regionrådet i Nord-Troms"),
            new ConsultationBody("regionrad-midt", "Regionrådet i Midt-Troms"),
            new ConsultationBody("regionrad-sor", "Regionrådet i Sør-Troms"));

    private static final Configuration axon = DefaultConfigurer.defaultConfiguration()
            .configureAggregate(LibraryPlan.class)
            .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
            .buildConfiguration();

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder(engineConfiguration()).assertClassCoverageAtLeast(1.0).build();

    private static ProcessCoverageInMemProcessEngineConfiguration engineConfiguration() {
        axon.start();
        return ProcessTestEngine.configuration("library-plan",
                LibraryPlanSteps.byName(COUNTIES, new CommandSender(axon.commandGateway())));
    }

    private LibraryPlans plans;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        plans = new LibraryPlans(engine.getRuntimeService());
        ClockUtil.setCurrentTime(date(KICKOFF));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @AfterAll
    static void stopAxon() {
        axon.shutdown();
    }

    @Test
    void a_plan_goes_from_kickoff_through_consultation_to_adoption() {
        ProcessInstance plan = kickOff();
        assertThat(plan.getTenantId()).isEqualTo("NO-55");

        // June: the county executive case, with its due date from the seed's calendar
        Task executiveCase = task(plan);
        assertThat(executiveCase).hasName("Fremme fylkesrådssak om planarbeidet")
                .hasCandidateGroup("NO-55.county-library").hasDueDate(endOf(LocalDate.of(2026, 6, 30)));
        complete(executiveCase, withVariables("caseReference", "FR-sak 45/26"));

        // September: the working group and the information letter
        assertThat(task(plan)).hasDueDate(endOf(LocalDate.of(2026, 9, 30)));
        complete(task(plan), withVariables("regionMembers", "nord=nils, midt=mari, sor=sofie",
                "countyLibraryMembers", "birgit, tor"));
        complete(task(plan), withVariables("sentOn", date(LocalDate.of(2026, 9, 1))));

        // October: one regional meeting per region
        holdRegionalMeetings(plan);

        // November–March: each region's member delivers the region's input, then the group drafts the plan
        deliverRegionalInput(plan, 1);
        assertThat(plan).isWaitingAt(LibraryPlanProcess.DRAFT_PLAN);
        assertThat(task(plan)).hasCandidateGroup("NO-55.county-library").hasCandidateUser("nils")
                .hasCandidateUser("mari").hasCandidateUser("sofie").hasCandidateUser("tor");
        // April: the consultation, to the county's municipalities, the regional councils and Sametinget
        ClockUtil.setCurrentTime(date(LocalDate.of(2027, 4, 1)));
        complete(task(plan), withVariables("documentReference", "doc-2027-1", "version", "1.0",
                "otherConsultationBodies", "Sametinget"));
        assertThat(plan).isWaitingAt("consultationDeadlinePassed");
        List<ConsultationBody> bodies = new java.util.ArrayList<>(TROMS_BODIES);
        bodies.add(new ConsultationBody("Sametinget", "Sametinget"));
        assertThat(eventsOf(plan)).last().isEqualTo(new ConsultationOpened(idOf(plan), LocalDate.of(2027, 4, 30), 1,
                LocalDate.of(2027, 4, 1), bodies));
        plans.answer(TROMS, idOf(plan), "NO-5501", LocalDate.of(2027, 4, 20), "svar-tromso");

        // The deadline passes: the timer closes the consultation; a late answer is still recorded, as late
        ClockUtil.setCurrentTime(date(LocalDate.of(2027, 5, 1)));
        execute(job());
        assertThat(plan).hasPassed("closeConsultation").isWaitingAt(LibraryPlanProcess.COUNCIL_CASE);
        plans.answer(TROMS, idOf(plan), "Sametinget", LocalDate.of(2027, 5, 2), "svar-sametinget");

        // June: the county council adopts the plan
        complete(task(plan), withVariables("caseReference", "FT-sak 12/27"));
        complete(task(plan), withVariables("decision", "adopted", "decisionReference", "FT-vedtak 12/27"));

        assertThat(plan).hasPassed("planAdopted").isEnded();
        List<Object> events = eventsOf(plan);
        assertThat(events).filteredOn(ConsultationAnswerReceived.class::isInstance).containsExactly(
                new ConsultationAnswerReceived(idOf(plan), "NO-5501", LocalDate.of(2027, 4, 20), "svar-tromso", false,
                        1, "NO-5501"),
                new ConsultationAnswerReceived(idOf(plan), "Sametinget", LocalDate.of(2027, 5, 2), "svar-sametinget", true,
                        1, "Sametinget"));
        assertThat(events).filteredOn(RegionalInputDelivered.class::isInstance).extracting("member")
                .containsExactlyInAnyOrder(new StaffId("nils"), new StaffId("mari"), new StaffId("sofie"));
        assertThat(events).filteredOn(RegionalMeetingHeld.class::isInstance).hasSize(3);
        assertThat(events).contains(new ConsultationClosed(idOf(plan)));
        assertThat(events).last().isEqualTo(new PlanAdopted(idOf(plan), "FT-vedtak 12/27"));
    }

    @Test
    void the_council_sends_the_plan_back_and_the_second_consultation_has_a_window_of_its_own() {
        ProcessInstance plan = inConsultation();
        ClockUtil.setCurrentTime(date(LocalDate.of(2027, 5, 1)));
        execute(job());
        complete(task(plan), withVariables("caseReference", "FT-sak 12/27"));

        complete(task(plan), withVariables("decision", "sent-back", "decisionReference", "FT-vedtak 12/27"));

        // The group works again: each region delivers anew, then the draft
        assertThat(eventsOf(plan)).last().isEqualTo(new PlanSentBack(idOf(plan), "FT-vedtak 12/27"));
        assertThat(plan).isWaitingAt(LibraryPlanProcess.REGIONAL_INPUT);
        ClockUtil.setCurrentTime(date(LocalDate.of(2027, 9, 1)));
        deliverRegionalInput(plan, 2);
        // (a deadline closer than three weeks is refused: end to end, LibraryPlanScenarios, where the refusal rolls
        // the draft back too; the in-memory event store here is outside the engine's transaction)
        complete(task(plan), withVariables("documentReference", "doc-2027-1", "version", "2.0",
                "chosenConsultationDeadline", date(LocalDate.of(2027, 10, 15))));

        assertThat(eventsOf(plan)).last().isEqualTo(new ConsultationOpened(idOf(plan), LocalDate.of(2027, 10, 15), 2,
                LocalDate.of(2027, 9, 1), TROMS_BODIES));
        // the timer waits for the new deadline, and an answer in September is on time
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(plan.getId()).timers()
                .singleResult().getDuedate()).isEqualTo(endOf(LocalDate.of(2027, 10, 15)));
        plans.answer(TROMS, idOf(plan), "Regionrådet i Midt-Troms", LocalDate.of(2027, 9, 20), null);
        assertThat(eventsOf(plan)).last().isEqualTo(new ConsultationAnswerReceived(idOf(plan),
                "Regionrådet i Midt-Troms", LocalDate.of(2027, 9, 20), null, false, 2, "regionrad-midt"));
    }

    @Test
    void a_regions_input_is_the_task_of_its_member_in_the_working_group() {
        ProcessInstance plan = workingGroupAtWork();
        List<Task> inputs = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
                .taskDefinitionKey(LibraryPlanProcess.REGIONAL_INPUT).list();
        assertThat(inputs).extracting(Task::getAssignee).containsExactlyInAnyOrder("nils", "mari", "sofie");
        assertThat(inputs).allSatisfy(input -> assertThat(input.getDueDate()).isEqualTo(endOf(LocalDate.of(2027, 3, 31))));

        // Mari, signed in as in Tasklist, delivers Midt-Troms's input as herself
        Task midt = inputs.stream().filter(input -> input.getAssignee().equals("mari")).findFirst().orElseThrow();
        ProcessTestEngine.asStaff(engine.getProcessEngine(), "mari", "NO-55.library-chiefs", "NO-55", () -> {
            engine.getTaskService().complete(midt.getId(), Map.of("inputSummary", "Lesesatsing for unge"));
            return null;
        });
        assertThat(eventsOf(plan)).last().isInstanceOfSatisfying(RegionalInputDelivered.class, delivered -> {
            assertThat(delivered.region()).isEqualTo("midt");
            assertThat(delivered.member()).isEqualTo(new StaffId("mari"));
        });
        // Nils may not deliver for Sør-Troms: the aggregate refuses, and the task stays
        Task sor = inputs.stream().filter(input -> input.getAssignee().equals("sofie")).findFirst().orElseThrow();
        assertThatThrownBy(() -> ProcessTestEngine.asStaff(engine.getProcessEngine(), "nils", "NO-55.county-library",
                "NO-55", () -> {
                    engine.getTaskService().complete(sor.getId(), Map.of("inputSummary", "Ikke min"));
                    return null;
                })).isInstanceOf(RuntimeException.class);
        assertThat(engine.getTaskService().createTaskQuery().taskId(sor.getId()).count()).isOne();
    }

    @Test
    void a_working_group_of_the_wrong_composition_is_refused_and_the_task_stays() {
        ProcessInstance plan = kickOff();
        complete(task(plan), withVariables("caseReference", "FR-sak 45/26"));

        assertThatThrownBy(() -> complete(task(plan), withVariables("regionMembers", "nord=nils, midt=mari",
                "countyLibraryMembers", "birgit")))
                .isInstanceOf(RefusedInput.class)
                .hasMessageContaining("region 'sor' has 0 members, needs exactly 1")
                .hasMessageContaining("the county library has 1 members, needs exactly 2");
        assertThatThrownBy(() -> complete(task(plan), withVariables("regionMembers", "nord nils",
                "countyLibraryMembers", "birgit, tor")))
                .isInstanceOf(RefusedInput.class)
                .hasMessageStartingWith("regionMembers:");
        assertThat(plan).isWaitingAt(LibraryPlanProcess.APPOINT_WORKING_GROUP);
    }

    @Test
    void the_county_library_starts_a_plan_and_registers_an_answer_from_tasklist() {
        // Given Birgit of Troms county library, logged in to Tasklist
        // When she starts "Regional bibliotekplan" with its start form
        ProcessInstance plan = asBirgit(() -> engine.getFormService().submitStartForm(
                processDefinitionId("library-plan"), Map.of("title", "Bibliotekplan", "kickoff", date(KICKOFF))));

        // Then the plan is kicked off for her county's regions
        assertThat(plan).hasPassed("kickOffPlan").isWaitingAt(LibraryPlanProcess.EXECUTIVE_CASE);
        assertThat(plan.getTenantId()).isEqualTo("NO-55");
        assertThat(eventsOf(plan).get(0)).isEqualTo(new LibraryPlanKickedOff(idOf(plan), TROMS, "Bibliotekplan",
                KICKOFF, TROMS_REGIONS));

        // And an answer that came by letter goes into the plan from Tasklist too (refused here: no consultation yet)
        assertThatThrownBy(() -> asBirgit(() -> engine.getFormService().submitStartForm(
                processDefinitionId("consultation-answer"), Map.of("plan", plan.getBusinessKey(),
                        "answerFrom", "NO-5501", "answerReceivedOn", date(LocalDate.of(2026, 7, 1))))))
                .isInstanceOf(RefusedInput.class)
                .hasMessageStartingWith("consultation: answers are received once the consultation has opened");
    }

    @Test
    void an_answer_that_came_by_letter_is_registered_from_tasklist() {
        ProcessInstance plan = inConsultation();

        // Birgit of Troms's county library, logged in to Tasklist: the answer goes to her county's plan
        ProcessInstance registration = asBirgit(() -> engine.getFormService().submitStartForm(
                processDefinitionId("consultation-answer"), Map.of("plan", plan.getBusinessKey(),
                        "answerFrom", "Troms kommune", "answerReceivedOn", date(LocalDate.of(2027, 4, 29)),
                        "answerDocument", "brev-17")));

        assertThat(registration).hasPassed("forwardAnswer", "answerRegistered").isEnded();
        assertThat(eventsOf(plan)).last().isEqualTo(new ConsultationAnswerReceived(idOf(plan), "Troms kommune",
                LocalDate.of(2027, 4, 29), "brev-17", false, 1, null));
    }

    @Test
    void the_county_library_reminds_a_body_from_tasklist() {
        ProcessInstance plan = inConsultation();

        ProcessInstance reminder = asBirgit(() -> engine.getFormService().submitStartForm(
                processDefinitionId("consultation-reminder"), Map.of("plan", plan.getBusinessKey(),
                        "reminderBody", "regionrad-sor")));

        assertThat(reminder).hasPassed("sendReminder", "reminderSent").isEnded();
        assertThat(eventsOf(plan)).last().isEqualTo(new ConsultationReminderSent(idOf(plan), 1, "regionrad-sor",
                LocalDate.of(2027, 4, 30), KICKOFF));
    }

    @Test
    void a_plan_needs_a_registered_county() {
        assertThatThrownBy(() -> plans.start(new MunicipalityCode("NO-18"), "Plan", KICKOFF))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("county: county NO-18 is not registered; register it with its regions first");
    }

    @Test
    void no_answers_before_the_consultation_opens() {
        ProcessInstance plan = kickOff();
        assertThatThrownBy(() -> plans.answer(TROMS, idOf(plan), "NO-5501", LocalDate.of(2026, 7, 1), "for-tidlig"))
                .isInstanceOf(RefusedInput.class)
                .hasMessageStartingWith("consultation: answers are received once the consultation has opened");
        assertThat(eventsOf(plan)).noneMatch(ConsultationAnswerReceived.class::isInstance);
    }

    private ProcessInstance kickOff() {
        LibraryPlanId id = plans.start(TROMS, "Regional bibliotekplan for Troms 2027–2030", KICKOFF);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id.value()).singleResult();
    }

    /** A plan kicked off and worked up to its consultation: the timer at the deadline is waiting. */
    private ProcessInstance inConsultation() {
        ProcessInstance plan = workingGroupAtWork();
        deliverRegionalInput(plan, 1);
        complete(task(plan), withVariables("documentReference", "doc-2027-1", "version", "1.0"));
        assertThat(plan).isWaitingAt("consultationDeadlinePassed");
        return plan;
    }

    /** Up to the regions' input: the working group's tasks wait. */
    private ProcessInstance workingGroupAtWork() {
        ProcessInstance plan = kickOff();
        complete(task(plan), withVariables("caseReference", "FR-sak 45/26"));
        complete(task(plan), withVariables("regionMembers", "nord=nils, midt=mari, sor=sofie",
                "countyLibraryMembers", "birgit, tor"));
        complete(task(plan), withVariables("sentOn", date(LocalDate.of(2026, 9, 1))));
        holdRegionalMeetings(plan);
        return plan;
    }

    private void deliverRegionalInput(ProcessInstance plan, int round) {
        List<Task> inputs = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
                .taskDefinitionKey(LibraryPlanProcess.REGIONAL_INPUT).list();
        assertThat(inputs).hasSize(3);
        for (Task input : inputs) {
            complete(input, withVariables("inputSummary", "Innspill runde " + round + " fra " + input.getAssignee()));
        }
    }

    private void holdRegionalMeetings(ProcessInstance plan) {
        List<Task> meetings = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
                .taskDefinitionKey(LibraryPlanProcess.REGIONAL_MEETING).list();
        assertThat(meetings).extracting(Task::getName).containsExactlyInAnyOrder(
                "Holde regionalt informasjons- og oppstartsmøte i nord",
                "Holde regionalt informasjons- og oppstartsmøte i midt",
                "Holde regionalt informasjons- og oppstartsmøte i sor");
        int attendance = 10;
        for (Task meeting : meetings) {
            complete(meeting, withVariables("heldOn", date(LocalDate.of(2026, 10, 5)), "attendance", attendance++));
        }
    }

    private String processDefinitionId(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
                .singleResult().getId();
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(NORWAY).toInstant());
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(NORWAY).toInstant().minusSeconds(1));
    }

    private static LibraryPlanId idOf(ProcessInstance plan) {
        return new LibraryPlanId(plan.getBusinessKey());
    }

    private static List<Object> eventsOf(ProcessInstance plan) {
        return axon.eventStore().readEvents(plan.getBusinessKey()).asStream()
                .map(EventMessage::getPayload).map(Object.class::cast).toList();
    }

    /** Birgit of Troms county library, signed in as in Tasklist (production's authorizations). */
    private <T> T asBirgit(java.util.function.Supplier<T> action) {
        return ProcessTestEngine.asStaff(engine.getProcessEngine(), "birgit", "NO-55.county-library", "NO-55", action);
    }
}
