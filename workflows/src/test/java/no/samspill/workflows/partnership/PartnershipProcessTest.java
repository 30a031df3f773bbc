package no.samspill.workflows.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.core.partnership.AgreementKind;
import no.samspill.core.partnership.EndReason;
import no.samspill.core.partnership.PartnerSector;
import no.samspill.core.partnership.Partnership;
import no.samspill.core.partnership.PartnershipEvents.PartnershipAgreed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipEnded;
import no.samspill.core.partnership.PartnershipEvents.PartnershipEvaluated;
import no.samspill.core.partnership.PartnershipEvents.PartnershipFellBack;
import no.samspill.core.partnership.PartnershipEvents.PartnershipProposed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipRenewed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipScreenedOut;
import no.samspill.core.partnership.PartnershipEvents.RelationChanged;
import no.samspill.core.partnership.PartnershipId;
import no.samspill.core.partnership.RelationKind;
import no.samspill.core.partnership.ScreeningQuestion;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.ProcessTestEngine;
import no.samspill.workflows.engine.RefusedInput;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Partnerskap" from proposal to ending, with the engine's clock moved past each evaluation date. */
@Deployment(resources = "bpmn/partnership.bpmn")
class PartnershipProcessTest {

    private static final MunicipalityCode BIBLIOTEKBY = new MunicipalityCode("DK-0999");
    private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 3, 2);
    private static final ZoneId NORDIC = ZoneId.of("Europe/Oslo");

    /**
     * How to Say No, plus a question this deployment adds in configuration only, which Bibliotekby requires along
     * with mission fit and funding (and no other).
     */
    private static final ScreeningQuestionnaires QUESTIONNAIRES = new ScreeningQuestionnaires(
            List.of(new ScreeningQuestion("local-anchoring", "Forankrer det biblioteket i lokalsamfunnet?", false)),
            Map.of("DK-0999", Set.of("mission-fit", "funding", "local-anchoring")));

    private static final Configuration axon = DefaultConfigurer.defaultConfiguration()
            .configureAggregate(Partnership.class)
            .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
            .buildConfiguration();

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder(engineConfiguration()).assertClassCoverageAtLeast(1.0).build();

    private static ProcessCoverageInMemProcessEngineConfiguration engineConfiguration() {
        axon.start();
        ProcessCoverageInMemProcessEngineConfiguration configuration = ProcessTestEngine.configuration("partnership",
                PartnershipSteps.byName(QUESTIONNAIRES, new CommandSender(axon.commandGateway())));
        configuration.getCustomPostBPMNParseListeners().add(new ScreeningForm(QUESTIONNAIRES));
        return configuration;
    }

    private Partnerships partnerships;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        partnerships = new Partnerships(engine.getRuntimeService(), engine.getTaskService());
        ClockUtil.setCurrentTime(date(PROPOSED_ON));
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
    void a_partnership_is_screened_agreed_evaluated_renewed_evaluated_again_and_ended() {
        ProcessInstance partnership = propose();
        assertThat(partnership.getTenantId()).isEqualTo("DK-0999");
        // a Danish library: its staff read the task's name in Danish
        assertThat(task(partnership)).hasName("Screen forslaget").hasCandidateGroup("DK-0999.partnerships");
        complete(task(partnership), screening(true));

        ClockUtil.setCurrentTime(date(LocalDate.of(2026, 4, 1)));
        complete(task(partnership), agreement(6));
        assertThat(partnership).isWaitingAt("evaluationDue");

        // The clock passes the evaluation date: the timer raises the evaluation, due within the grace period
        ClockUtil.setCurrentTime(date(LocalDate.of(2026, 10, 2)));
        execute(job());
        assertThat(task(partnership)).hasName("Evaluer partnerskabet")
                .hasDueDate(endOf(LocalDate.of(2026, 10, 1).plus(Partnership.EVALUATION_GRACE)));
        complete(task(partnership), evaluation(true, "renew", null));
        assertThat(partnership).hasPassed("renewPartnership").isWaitingAt("evaluationDue");

        // Six months on, the next evaluation finds it no longer serves the strategy: it ends, late
        ClockUtil.setCurrentTime(date(LocalDate.of(2027, 5, 20)));
        execute(job());
        complete(task(partnership), evaluation(false, "end", "no-longer-serves-strategy"));

        assertThat(partnership).hasPassed("endPartnership", "partnershipEnded").isEnded();
        PartnershipId id = idOf(partnership);
        assertThat(eventsOf(partnership)).containsSubsequence(
                new RelationChanged(id, RelationKind.COLLABORATION, RelationKind.PARTNERSHIP, LocalDate.of(2026, 4, 1)),
                new PartnershipAgreed(id, "Fælles koncerter", "Festivalen booker", "Fire koncerter om året",
                        Period.ofMonths(6), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 1),
                        AgreementKind.OPEN_FRAMEWORK, null, null),
                new PartnershipEvaluated(id, LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 1), true, true, "Godt"),
                new PartnershipRenewed(id, LocalDate.of(2026, 10, 2), LocalDate.of(2027, 4, 2)),
                new PartnershipEvaluated(id, LocalDate.of(2027, 5, 20), LocalDate.of(2027, 4, 2), false, false, "Godt"),
                new PartnershipEnded(id, EndReason.NO_LONGER_SERVES_STRATEGY, null, LocalDate.of(2027, 5, 20)));
    }

    @Test
    void a_no_to_a_required_question_stops_the_proposal_at_the_screening() {
        ProcessInstance partnership = propose();

        Map<String, Object> answers = screening(true);
        answers.put("funding", false);
        complete(task(partnership), answers);

        assertThat(partnership).hasPassed("stoppedAtScreening").isEnded();
        assertThat(eventsOf(partnership)).last().isInstanceOfSatisfying(PartnershipScreenedOut.class, out ->
                assertThat(out.failedQuestions()).containsExactly("funding"));
    }

    @Test
    void a_no_to_a_question_added_in_configuration_stops_a_proposal_where_the_library_requires_it() {
        ProcessInstance partnership = propose();
        Map<String, Object> answers = screening(true);
        answers.put("localAnchoring", false);
        // capacity is required in How to Say No, but not at Bibliotekby
        answers.put("capacity", false);
        complete(task(partnership), answers);

        assertThat(partnership).hasPassed("stoppedAtScreening").isEnded();
        assertThat(eventsOf(partnership)).last().isInstanceOfSatisfying(PartnershipScreenedOut.class, out -> {
            assertThat(out.failedQuestions()).containsExactly("local-anchoring");
            assertThat(out.reason()).isEqualTo("answered no to Forankrer det biblioteket i lokalsamfunnet?");
        });
    }

    @Test
    void an_evaluation_lets_the_partnership_fall_back_to_a_collaboration_for_the_reason_it_gives() {
        ProcessInstance partnership = agreed();
        ClockUtil.setCurrentTime(date(PROPOSED_ON.plusMonths(7)));
        execute(job());

        Map<String, Object> evaluation = evaluation(true, "collaboration", null);
        evaluation.put("summary", "Festivalen vil fortsatt samarbeide, men uten fast avtale");
        complete(task(partnership), evaluation);

        assertThat(partnership).hasPassed("fallBackAfterEvaluation", "fellBack").isEnded();
        assertThat(eventsOf(partnership)).last().isEqualTo(new PartnershipFellBack(idOf(partnership),
                RelationKind.PARTNERSHIP, RelationKind.COLLABORATION,
                "Festivalen vil fortsatt samarbeide, men uten fast avtale", PROPOSED_ON.plusMonths(7)));
    }

    @Test
    void a_fixed_activity_agreed_in_the_form_is_evaluated_on_its_last_day_at_the_latest() {
        ProcessInstance partnership = propose();
        complete(task(partnership), screening(true));
        Map<String, Object> fixed = agreement(12);
        fixed.put("agreementKind", "fixed-activity");
        fixed.put("endsOn", date(PROPOSED_ON.plusMonths(3)));
        complete(task(partnership), fixed);

        assertThat(eventsOf(partnership)).last().isInstanceOfSatisfying(PartnershipAgreed.class, agreed -> {
            assertThat(agreed.kind()).isEqualTo(AgreementKind.FIXED_ACTIVITY);
            assertThat(agreed.endsOn()).isEqualTo(PROPOSED_ON.plusMonths(3));
            assertThat(agreed.firstEvaluationDue()).isEqualTo(PROPOSED_ON.plusMonths(3));
        });
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(partnership.getId()).timers()
                .singleResult().getDuedate())
                .isEqualTo(date(PROPOSED_ON.plusMonths(3)));

        ProcessInstance sponsored = propose();
        complete(task(sponsored), screening(true));
        Map<String, Object> sponsorship = agreement(12);
        sponsorship.put("agreementKind", "sponsorship");
        assertThatThrownBy(() -> complete(task(sponsored), sponsorship))
                .isInstanceOf(RefusedInput.class).hasMessage("conditions: is required");
        assertThat(sponsored).isWaitingAt("agree");
    }

    @Test
    void a_partnership_falls_back_from_outside_while_it_waits_for_its_evaluation() {
        ProcessInstance partnership = agreed();

        assertThat(partnerships.fallBack(BIBLIOTEKBY, idOf(partnership), RelationKind.NETWORK,
                "Partneren har skiftet fokus")).isTrue();

        assertThat(partnership).hasPassed("fallBackNow", "fellBackEarly").isEnded();
        assertThat(eventsOf(partnership)).last().isEqualTo(new PartnershipFellBack(idOf(partnership),
                RelationKind.PARTNERSHIP, RelationKind.NETWORK, "Partneren har skiftet fokus", PROPOSED_ON));
        assertThat(partnerships.fallBack(BIBLIOTEKBY, idOf(partnership), RelationKind.NETWORK, "Igjen")).isFalse();
    }

    @Test
    void a_partnership_is_ended_from_outside_while_it_waits_for_its_evaluation() {
        ProcessInstance partnership = agreed();

        assertThat(partnerships.end(BIBLIOTEKBY, idOf(partnership), EndReason.PARTNER_WITHDREW, "Festivalen lukker")).isTrue();

        assertThat(partnership).hasPassed("endEarly", "endedEarly").isEnded();
        assertThat(eventsOf(partnership)).last().isEqualTo(new PartnershipEnded(idOf(partnership),
                EndReason.PARTNER_WITHDREW, "Festivalen lukker", PROPOSED_ON));
        assertThat(partnerships.end(BIBLIOTEKBY, idOf(partnership), EndReason.PARTNER_WITHDREW, null)).isFalse();
    }

    @Test
    void the_api_completes_the_same_tasks_as_tasklist() {
        ProcessInstance partnership = propose();
        PartnershipId id = idOf(partnership);

        assertThat(partnerships.complete(BIBLIOTEKBY, id, Partnerships.Step.AGREEMENT, agreement(6))).as("not yet screened").isFalse();
        assertThat(partnerships.complete(BIBLIOTEKBY, id, Partnerships.Step.SCREENING, screening(true))).isTrue();
        assertThat(partnerships.complete(BIBLIOTEKBY, id, Partnerships.Step.AGREEMENT, agreement(12))).isTrue();
        assertThat(partnership).isWaitingAt("evaluationDue");
    }

    @Test
    void unanswered_questions_and_bad_agreements_are_refused_and_the_task_stays() {
        ProcessInstance partnership = propose();
        Map<String, Object> answers = screening(true);
        answers.remove("missionFit");
        assertThatThrownBy(() -> complete(task(partnership), answers))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("missionFit: needs an answer (yes or no): Støtter samarbeidet bibliotekets mål og strategi?");
        assertThat(partnership).isWaitingAt("screenProposal");

        complete(task(partnership), screening(true));
        assertThatThrownBy(() -> complete(task(partnership), agreement(48)))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("evaluationInterval: must be between one month and three years");
        assertThat(partnership).isWaitingAt("agree");
    }

    @Test
    void an_evaluation_that_ends_the_partnership_names_why_and_one_that_finds_it_failing_cannot_renew_it() {
        ProcessInstance partnership = agreed();
        ClockUtil.setCurrentTime(date(PROPOSED_ON.plusMonths(7)));
        execute(job());

        assertThatThrownBy(() -> complete(task(partnership), evaluation(false, "end", null)))
                .isInstanceOf(RefusedInput.class).hasMessage("endReason: is required");
        assertThatThrownBy(() -> complete(task(partnership), evaluation(false, "renew", null)))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("partnership: its last evaluation found it no longer serves the strategy; end it instead");
        // (The in-memory event store here is outside the engine's transaction; in the service both roll back.)
        assertThat(partnership).isWaitingAt("evaluate");
    }

    @Test
    void a_coordinator_proposes_a_partnership_from_tasklist_for_her_own_library() {
        ProcessInstance partnership = ProcessTestEngine.asStaff(engine.getProcessEngine(), "mette",
                "DK-0999.partnerships", "DK-0999", () -> engine.getFormService().submitStartForm(processDefinitionId(),
                        Map.of("partner", "Roskilde Festival", "sector", "culture",
                                "purpose", "Musik i bibliotekets rum")));

        assertThat(partnership.getTenantId()).isEqualTo("DK-0999");
        assertThat(eventsOf(partnership).get(0)).isEqualTo(new PartnershipProposed(idOf(partnership), BIBLIOTEKBY,
                "Roskilde Festival", PartnerSector.CULTURE, RelationKind.COLLABORATION, "Musik i bibliotekets rum",
                new StaffId("mette"), PROPOSED_ON));
    }

    @Test
    void the_screening_form_asks_the_fourteen_questions_and_the_added_one_marked_as_the_library_marks_them() {
        ProcessInstance partnership = propose();
        List<FormField> fields = engine.getFormService().getTaskFormData(task(partnership).getId()).getFormFields();

        assertThat(fields).extracting(FormField::getId).containsExactly("missionFit", "internalMotivation",
                "departmentGoals", "partnershipPortfolio", "growthAndReplication", "measurableLastingResults",
                "audienceReach", "audienceNeeds", "exceptionalPartnership", "leadingPosition", "learning",
                "staffDevelopment", "capacity", "funding", "localAnchoring");
        assertThat(fields).filteredOn(field -> "true".equals(field.getProperties().get("stopsOnNo")))
                .extracting(FormField::getId).containsExactly("missionFit", "funding", "localAnchoring");
        assertThat(fields).extracting(FormField::getTypeName).containsOnly("boolean");
        assertThat(fields.get(13).getLabel()).isEqualTo("Er det mulig å finansiere?");
        // rendered for Tasklist, in Bibliotekby's Danish, a required question says so
        String rendered = (String) engine.getFormService().getRenderedTaskForm(task(partnership).getId());
        assertThat(rendered).contains("Er det muligt at finansiere? (påkrævet)")
                .contains("Forankrer det biblioteket i lokalsamfunnet? (påkrævet)")
                .contains("Vil vi lære noget af det?").doesNotContain("Vil vi lære noget af det? (");
        assertThat(ScreeningQuestionnaire.fieldOf("measurable-lasting-results")).isEqualTo("measurableLastingResults");
    }

    @Test
    void a_partnership_from_an_earlier_version_with_questions_in_its_bpmn_asks_each_question_once() throws Exception {
        // the first version of partnership.bpmn named six questions in the screening task's form
        String earlier = new String(getClass().getResourceAsStream("/bpmn/partnership.bpmn").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace(
                "<camunda:executionListener delegateExpression=\"${screenPartnership}\" event=\"end\"/>",
                "<camunda:executionListener delegateExpression=\"${screenPartnership}\" event=\"end\"/>"
                        + "<camunda:formData><camunda:formField id=\"missionFit\" label=\"Gammel\" type=\"boolean\"/>"
                        + "</camunda:formData>");
        String deployment = engine.getRepositoryService().createDeployment().addString("partnership.bpmn", earlier)
                .deploy().getId();
        try {
            ProcessInstance partnership = propose();
            List<FormField> fields = engine.getFormService().getTaskFormData(task(partnership).getId())
                    .getFormFields();
            assertThat(fields).extracting(FormField::getId).doesNotHaveDuplicates().hasSize(15);
            assertThat(fields.get(0).getLabel()).isEqualTo("Støtter samarbeidet bibliotekets mål og strategi?");
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true, true);
        }
    }

    @Test
    void a_question_added_in_configuration_may_not_clash_with_another_or_with_the_process() {
        assertThatThrownBy(() -> new ScreeningQuestionnaires(List.of(new ScreeningQuestion("partner", "Hvem?", true)),
                Map.of())).hasMessage("screening question 'partner' would answer in 'partner', which the partnership "
                + "process already uses");
        assertThatThrownBy(() -> new ScreeningQuestionnaires(List.of(new ScreeningQuestion("funding", "Penger?", true)),
                Map.of())).hasMessage("screening question 'funding' is there already");
        assertThatThrownBy(() -> new ScreeningQuestionnaires(List.of(), Map.of("DK-0999", Set.of("fundng"))))
                .hasMessage("the screening of DK-0999 requires [fundng], which are not screening questions");
        assertThatThrownBy(() -> new ScreeningQuestionnaires(List.of(new ScreeningQuestion("Local_Anchoring", "?",
                true)), Map.of())).hasMessageContaining("lower case words joined by hyphens");
    }

    private ProcessInstance propose() {
        PartnershipId id = partnerships.propose(BIBLIOTEKBY, "Roskilde Festival", PartnerSector.CULTURE, null,
                "Musik i bibliotekets rum", new StaffId("mette"));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id.value())
                .singleResult();
    }

    private ProcessInstance agreed() {
        ProcessInstance partnership = propose();
        complete(task(partnership), screening(true));
        complete(task(partnership), agreement(6));
        return partnership;
    }

    private static Map<String, Object> screening(boolean everything) {
        Map<String, Object> answers = new HashMap<>();
        for (ScreeningQuestion question : QUESTIONNAIRES.of(BIBLIOTEKBY).questions()) {
            answers.put(ScreeningQuestionnaire.fieldOf(question.code()), everything);
        }
        return answers;
    }

    private static Map<String, Object> agreement(int months) {
        return new HashMap<>(Map.of("agreementKind", "open-framework", "expectations", "Fælles koncerter",
                "roles", "Festivalen booker", "results", "Fire koncerter om året",
                "evaluationIntervalMonths", (long) months));
    }

    private static Map<String, Object> evaluation(boolean servesStrategy, String continuation, String endReason) {
        Map<String, Object> evaluation = new HashMap<>(Map.of("servesStrategy", servesStrategy, "summary", "Godt",
                "continuation", continuation));
        evaluation.put("endReason", endReason);
        return evaluation;
    }

    private String processDefinitionId() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("partnership")
                .singleResult().getId();
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(NORDIC).toInstant());
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(NORDIC).toInstant().minusSeconds(1));
    }

    private static PartnershipId idOf(ProcessInstance partnership) {
        return new PartnershipId(partnership.getBusinessKey());
    }

    private static List<Object> eventsOf(ProcessInstance partnership) {
        return axon.eventStore().readEvents(partnership.getBusinessKey()).asStream()
                .map(EventMessage::getPayload).map(Object.class::cast).toList();
    }
}
