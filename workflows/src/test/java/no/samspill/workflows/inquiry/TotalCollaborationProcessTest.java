package no.samspill.workflows.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.citizen.CitizenRef;
import no.samspill.core.inquiry.Holder;
import no.samspill.core.inquiry.InquiryEvents.CitizenSatisfactionRecorded;
import no.samspill.core.inquiry.InquiryEvents.InquiryAbandoned;
import no.samspill.core.inquiry.InquiryEvents.InquiryHandedOver;
import no.samspill.core.inquiry.InquiryEvents.InquiryReferred;
import no.samspill.core.inquiry.InquiryEvents.InquiryRegistered;
import no.samspill.core.inquiry.InquiryEvents.InquiryResolved;
import no.samspill.core.inquiry.InquiryEvents.InquiryRouted;
import no.samspill.core.inquiry.InquiryEvents.InquiryTaken;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.inquiry.ReferralReason;
import no.samspill.core.inquiry.Route;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.engine.ProcessTestEngine;
import no.samspill.workflows.engine.RefusedInput;
import no.samspill.workflows.inquiry.InquiryRegistration.Request;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of "Henvendelse – totalt samarbeid", against the real Inquiry aggregate on an in-memory event store. */
@Deployment(resources = {"bpmn/inquiry-total-collaboration.bpmn", "dmn/inquiry-routing.dmn"})
class TotalCollaborationProcessTest {

    private static final MunicipalityCode INDRE_OSTFOLD = new MunicipalityCode("NO-3118");
    private static final ServicePointId MYSEN = new ServicePointId(INDRE_OSTFOLD, "mysen");
    private static final ServicePointId ASKIM = new ServicePointId(INDRE_OSTFOLD, "askim");
    private static final StaffId KARI = new StaffId("kari");
    private static final StaffId PER = new StaffId("per");
    private static final StaffId OLA = new StaffId("ola");

    private static final Competence TAX_ADVISOR = new Competence("tax-advisor");

    /**
     * Mysen offers every standard service but digital ID help, and tax needs a tax advisor; Askim runs under another
     * model.
     */
    private static final InquiryProcessHarness harness = new InquiryProcessHarness(Map.of(
            MYSEN, new ServicePointSummary(MYSEN, "Mysen innbyggertorg og bibliotek",
                    CoOrganisationModel.TOTAL_COLLABORATION, mysenCatalogue(), List.of()),
            ASKIM, new ServicePointSummary(ASKIM, "Askim", CoOrganisationModel.ONE_DOOR_IN,
                    ServiceCode.standardCatalogue(), List.of())));

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder(harness.engineConfiguration("total-collaboration")).assertClassCoverageAtLeast(1.0).build();

    private static Map<ServiceCode, Competence> mysenCatalogue() {
        Map<ServiceCode, Competence> catalogue = new HashMap<>(ServiceCode.standardCatalogue());
        catalogue.remove(ServiceCode.DIGITAL_ID);
        catalogue.put(ServiceCode.TAX, TAX_ADVISOR);
        return catalogue;
    }

    @BeforeEach
    void staff() {
        InquiryProcessHarness.useEngineWithStaff(engine.getProcessEngine(), "kari", "per", "ola");
    }

    @AfterEach
    void noStaffLeft() {
        InquiryProcessHarness.removeStaff(engine.getProcessEngine(), "kari", "per", "ola");
    }

    @AfterAll
    static void stopAxon() {
        harness.shutdown();
    }

    @Test
    void the_case_system_withdraws_an_inquiry_waiting_at_the_shared_desk() {
        ProcessInstance inquiry = startFromCaseSystem(ServiceCode.PASSPORT);
        claim(task(inquiry), "kari");
        harness.withdrawAndCheck(engine.getProcessEngine(), inquiry);
    }

    @Test
    void a_generalist_resolves_at_the_shared_desk_at_first_contact() {
        // Given a case system registered an inquiry about a passport
        ProcessInstance inquiry = startFromCaseSystem(ServiceCode.PASSPORT);
        assertThat(inquiry).isWaitingAt(InquiryProcess.SERVE_AT_SHARED_DESK);
        assertThat(inquiry.getTenantId()).isEqualTo("NO-3118");
        assertThat(task(inquiry)).hasCandidateGroup("NO-3118.mysen.generalists").hasName("Betjen innbyggeren i felles skranke");

        // When Kari claims it and resolves it
        claim(task(inquiry), "kari");
        complete(task(inquiry), withVariables("outcome", Outcome.RESOLVED.code()));

        // Then the inquiry was taken and resolved at first contact
        assertThat(inquiry).hasPassed("resolveInquiry").isEnded();
        assertThat(inquiry).hasPassed("inquiryResolved");
        assertThat(eventsOf(inquiry)).containsExactly(
                registered(inquiry, ServiceCode.PASSPORT),
                servedHere(inquiry),
                new InquiryTaken(idOf(inquiry), KARI),
                new InquiryResolved(idOf(inquiry), KARI, true));
    }

    @Test
    void a_citizen_the_case_system_names_travels_as_a_pseudonym_only() {
        CitizenRef citizen = CitizenRef.generate();
        ProcessInstance inquiry = harness.startFromCaseSystem(engine.getProcessEngine(), new Request(INDRE_OSTFOLD,
                "mysen", Channel.CASE_SYSTEM, ServiceCode.PASSPORT, "sak-1", null, citizen));

        assertThat(eventsOf(inquiry).get(0)).isEqualTo(new InquiryRegistered(idOf(inquiry), INDRE_OSTFOLD, "mysen",
                CoOrganisationModel.TOTAL_COLLABORATION, Channel.CASE_SYSTEM, ServiceCode.PASSPORT, "sak-1", citizen));
        assertThat(engine.getRuntimeService().getVariable(inquiry.getId(), "citizen")).isEqualTo(citizen.value());
    }

    @Test
    void the_citizens_satisfaction_is_recorded_with_the_resolution_when_given() {
        ProcessInstance inquiry = startFromCaseSystem(ServiceCode.PASSPORT);
        claim(task(inquiry), "kari");

        // A score outside 1–5 is refused by the inquiry, and the task stays open
        assertThatThrownBy(() -> complete(task(inquiry), withVariables("outcome", Outcome.RESOLVED.code(), "satisfaction", 9L)))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("satisfaction: must be 1 (very dissatisfied) to 5 (very satisfied)");
        assertThat(inquiry).isWaitingAt(InquiryProcess.SERVE_AT_SHARED_DESK);

        complete(task(inquiry), withVariables("outcome", Outcome.RESOLVED.code(), "satisfaction", 4L));
        assertThat(eventsOf(inquiry)).endsWith(new InquiryResolved(idOf(inquiry), KARI, true),
                new CitizenSatisfactionRecorded(idOf(inquiry), 4));
    }

    @Test
    void a_note_is_kept_out_of_the_events_and_out_of_the_engines_variables() {
        ProcessInstance inquiry = startFromCaseSystem(ServiceCode.HOUSING);
        claim(task(inquiry), "kari");
        String note = "Innbyggeren (fnr 01019012345) trenger hjelp med søknad om startlån";

        engine.getFormService().submitTaskForm(task(inquiry).getId(), Map.of("outcome", Outcome.RESOLVED.code(), "note", note));

        assertThat(inquiry).isEnded();
        assertThat(harness.notes).contains("kari: " + note);
        assertThat(eventsOf(inquiry)).noneMatch(event -> event.toString().contains("01019012345"));
        // Camunda's history keeps no variable of an inquiry in production (HistoryKept; the service's tests show it)
    }

    @Test
    void a_generalist_refers_to_a_specialist_who_resolves() {
        ProcessInstance inquiry = startFromCaseSystem(ServiceCode.DRIVING_LICENCE);
        claim(task(inquiry), "kari");
        complete(task(inquiry), withVariables("outcome", Outcome.REFERRED.code(), "competence", "citizen-service",
                "referralReason", "special-competence"));

        assertThat(inquiry).isWaitingAt(InquiryProcess.HANDLE_REFERRAL);
        assertThat(task(inquiry)).hasCandidateGroup("NO-3118.mysen.specialists").isNotAssigned();
        claim(task(inquiry), "per");
        complete(task(inquiry), withVariables("outcome", Outcome.RESOLVED.code()));

        assertThat(inquiry).hasPassed("referInquiry", "resolveInquiry").isEnded();
        assertThat(eventsOf(inquiry)).containsExactly(
                registered(inquiry, ServiceCode.DRIVING_LICENCE),
                servedHere(inquiry),
                new InquiryTaken(idOf(inquiry), KARI),
                new InquiryReferred(idOf(inquiry), Competence.GENERALIST, Competence.CITIZEN_SERVICE,
                        ReferralReason.SPECIAL_COMPETENCE, KARI),
                new InquiryTaken(idOf(inquiry), PER),
                new InquiryResolved(idOf(inquiry), PER, false));
    }

    @Test
    void a_specialist_hands_over_to_a_colleague_whose_task_it_becomes() {
        ProcessInstance inquiry = referredTo("per");

        complete(task(inquiry), withVariables("outcome", Outcome.HANDED_OVER.code(), "handOverKind", "staff", "handOverTo", "ola"));

        assertThat(inquiry).isWaitingAt(InquiryProcess.HANDLE_REFERRAL);
        assertThat(task(inquiry)).isAssignedTo("ola");
        complete(task(inquiry), withVariables("outcome", Outcome.RESOLVED.code()));
        assertThat(inquiry).hasPassed("handOverInquiry", "resolveInquiry").isEnded();
        assertThat(eventsOf(inquiry)).endsWith(
                new InquiryTaken(idOf(inquiry), PER),
                new InquiryHandedOver(idOf(inquiry), Holder.staff(PER), Holder.staff(OLA), PER),
                new InquiryResolved(idOf(inquiry), OLA, false));
    }

    @Test
    void a_specialist_hands_over_to_another_unit_of_the_municipality() {
        ProcessInstance inquiry = referredTo("per");

        complete(task(inquiry), withVariables("outcome", Outcome.HANDED_OVER.code(), "handOverKind", "unit", "handOverTo", "Byggesak"));

        assertThat(inquiry).hasPassed("inquiryHandedOverToUnit").isEnded();
        assertThat(eventsOf(inquiry)).last()
                .isEqualTo(new InquiryHandedOver(idOf(inquiry), Holder.staff(PER), Holder.unit("Byggesak"), PER));
    }

    @Test
    void a_service_not_offered_here_is_not_handled_locally_and_the_citizen_is_helped_onwards() {
        // Given an inquiry about digital ID, which Mysen does not offer
        ProcessInstance inquiry = startFromCaseSystem(ServiceCode.DIGITAL_ID);

        // Then the routing decision records it as not handled locally, and a generalist helps the citizen onwards
        assertThat(inquiry).hasPassed("decideRouting", "recordRouting").isWaitingAt(InquiryProcess.GUIDE_ONWARDS);
        assertThat(task(inquiry)).hasCandidateGroup("NO-3118.mysen.generalists").hasName("Hjelp innbyggeren videre");
        claim(task(inquiry), "kari");
        complete(task(inquiry), withVariables("handOverTo", "Servicetorget i Askim"));

        assertThat(inquiry).hasPassed("handOverToUnit", "inquiryGuidedOnwards").isEnded();
        assertThat(eventsOf(inquiry)).containsExactly(
                registered(inquiry, ServiceCode.DIGITAL_ID),
                new InquiryRouted(idOf(inquiry), Route.REFER_OUTSIDE, false, "not-offered-locally", Competence.GENERALIST),
                new InquiryTaken(idOf(inquiry), KARI),
                new InquiryHandedOver(idOf(inquiry), Holder.staff(KARI), Holder.unit("Servicetorget i Askim"), KARI));
    }

    @Test
    void a_service_that_needs_a_named_competence_goes_straight_to_the_specialists() {
        // Given an inquiry about tax, which Mysen's catalogue says needs a tax advisor
        ProcessInstance inquiry = startFromCaseSystem(ServiceCode.TAX);

        // Then the routing decision sends it past the shared desk, handled locally, to the specialists
        assertThat(inquiry).hasPassed("decideRouting", "recordRouting").hasNotPassed(InquiryProcess.SERVE_AT_SHARED_DESK)
                .isWaitingAt(InquiryProcess.HANDLE_REFERRAL);
        assertThat(task(inquiry)).hasCandidateGroup("NO-3118.mysen.specialists");
        claim(task(inquiry), "per");
        complete(task(inquiry), withVariables("outcome", Outcome.RESOLVED.code()));

        assertThat(inquiry).hasPassed("resolveInquiry").isEnded();
        assertThat(eventsOf(inquiry)).containsExactly(
                registered(inquiry, ServiceCode.TAX),
                new InquiryRouted(idOf(inquiry), Route.REFER_TO_COMPETENCE, true, null, TAX_ADVISOR),
                new InquiryTaken(idOf(inquiry), PER),
                new InquiryResolved(idOf(inquiry), PER, true));
    }

    @Test
    void the_citizen_leaves_before_the_inquiry_is_resolved() {
        ProcessInstance inquiry = startFromCaseSystem(ServiceCode.EVENTS);
        claim(task(inquiry), "kari");
        complete(task(inquiry), withVariables("outcome", Outcome.ABANDONED.code()));

        assertThat(inquiry).hasPassed("abandonInquiry", "inquiryAbandoned").isEnded();
        assertThat(eventsOf(inquiry)).last().isEqualTo(new InquiryAbandoned(idOf(inquiry), KARI));
    }

    @Test
    void staff_register_an_inquiry_from_tasklist_in_their_own_municipality() {
        // Given Kari is logged in as a member of Indre Østfold
        // When she fills in the start form "Ny henvendelse"
        ProcessInstance inquiry = asKari(() -> engine.getFormService().submitStartForm(processDefinitionId(),
                Map.of("servicePoint", "mysen", "channel", "in-person", "service", "loans-returns")));

        // Then the inquiry gets an id of its own, registered in her municipality
        assertThat(inquiry.getBusinessKey()).isNotBlank();
        assertThat(inquiry.getTenantId()).isEqualTo("NO-3118");
        assertThat(inquiry).isWaitingAt(InquiryProcess.SERVE_AT_SHARED_DESK);
        assertThat(eventsOf(inquiry)).containsExactly(new InquiryRegistered(idOf(inquiry), INDRE_OSTFOLD, "mysen",
                CoOrganisationModel.TOTAL_COLLABORATION, Channel.IN_PERSON, ServiceCode.LOANS_RETURNS, null, null),
                servedHere(inquiry));
    }

    @Test
    void completing_an_unclaimed_task_takes_the_inquiry_for_the_logged_in_user() {
        ProcessInstance inquiry = startFromCaseSystem(ServiceCode.FORMS);
        String unclaimed = task(inquiry).getId();
        asKari(() -> {
            engine.getTaskService().complete(unclaimed, Map.of("outcome", Outcome.RESOLVED.code()));
            return null;
        });

        assertThat(eventsOf(inquiry)).endsWith(new InquiryTaken(idOf(inquiry), KARI),
                new InquiryResolved(idOf(inquiry), KARI, true));
    }

    @Test
    void an_unknown_service_point_starts_nothing() {
        long before = runtimeService().createProcessInstanceQuery().count();
        assertThatThrownBy(() -> startFromCaseSystem("svelvik", ServiceCode.PASSPORT))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("servicePoint: no service point 'svelvik' in municipality NO-3118");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void a_service_point_under_another_model_cannot_start_this_process() {
        String definition = processDefinitionId();
        assertThatThrownBy(() -> asKari(() -> engine.getFormService().submitStartForm(definition,
                Map.of("servicePoint", "askim", "channel", "in-person", "service", "passport"))))
                .isInstanceOf(RefusedInput.class)
                .hasMessageContaining("runs under model 'one-door-in'");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void an_outcome_the_task_does_not_offer_is_refused_and_changes_nothing() {
        ProcessInstance inquiry = startFromCaseSystem(ServiceCode.HOUSING);
        claim(task(inquiry), "kari");
        List<Object> before = eventsOf(inquiry);

        assertThatThrownBy(() -> complete(task(inquiry), withVariables("outcome", Outcome.HANDED_OVER.code())))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("outcome: 'handed-over' is not an outcome of this task; allowed: abandoned, referred, resolved");
        assertThatThrownBy(() -> complete(task(inquiry), withVariables("outcome", Outcome.REFERRED.code())))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("competence: is required");

        assertThat(inquiry).isWaitingAt(InquiryProcess.SERVE_AT_SHARED_DESK);
        assertThat(eventsOf(inquiry)).isEqualTo(before);
    }

    @Test
    void a_handover_to_the_holder_is_refused_by_the_inquiry_and_the_task_stays() {
        ProcessInstance inquiry = referredTo("per");
        List<Object> before = eventsOf(inquiry);

        assertThatThrownBy(() -> complete(task(inquiry),
                withVariables("outcome", Outcome.HANDED_OVER.code(), "handOverKind", "staff", "handOverTo", "per")))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("handOverTo: the inquiry is already held by per");

        assertThat(inquiry).isWaitingAt(InquiryProcess.HANDLE_REFERRAL);
        assertThat(task(inquiry)).isAssignedTo("per");
        assertThat(eventsOf(inquiry)).isEqualTo(before);
    }

    @Test
    void a_handover_to_an_unknown_colleague_is_refused() {
        ProcessInstance inquiry = referredTo("per");
        assertThatThrownBy(() -> complete(task(inquiry),
                withVariables("outcome", Outcome.HANDED_OVER.code(), "handOverKind", "staff", "handOverTo", "nobody")))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("handOverTo: no staff member with user name 'nobody'");
    }

    private ProcessInstance referredTo(String specialist) {
        ProcessInstance inquiry = startFromCaseSystem(ServiceCode.WASTE);
        claim(task(inquiry), "kari");
        complete(task(inquiry), withVariables("outcome", Outcome.REFERRED.code(), "competence", "citizen-service",
                "referralReason", "case-processing"));
        claim(task(inquiry), specialist);
        return inquiry;
    }

    private ProcessInstance startFromCaseSystem(ServiceCode service) {
        return startFromCaseSystem("mysen", service);
    }

    private ProcessInstance startFromCaseSystem(String servicePoint, ServiceCode service) {
        return harness.startFromCaseSystem(engine.getProcessEngine(), InquiryProcessHarness.request(
                new ServicePointId(INDRE_OSTFOLD, servicePoint), Channel.CASE_SYSTEM, service, null));
    }

    private InquiryRegistered registered(ProcessInstance inquiry, ServiceCode service) {
        return new InquiryRegistered(idOf(inquiry), INDRE_OSTFOLD, "mysen", CoOrganisationModel.TOTAL_COLLABORATION,
                Channel.CASE_SYSTEM, service, "sak-1", null);
    }

    private static InquiryRouted servedHere(ProcessInstance inquiry) {
        return new InquiryRouted(idOf(inquiry), Route.SERVE_HERE, true, null, Competence.GENERALIST);
    }

    private String processDefinitionId() {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("inquiry-total-collaboration").singleResult().getId();
    }

    private static InquiryId idOf(ProcessInstance inquiry) {
        return new InquiryId(inquiry.getBusinessKey());
    }

    private static List<Object> eventsOf(ProcessInstance inquiry) {
        return harness.eventsOf(inquiry);
    }

    /** Kari, a generalist of Mysen in Indre Østfold, signed in as in Tasklist (production's authorizations). */
    private <T> T asKari(java.util.function.Supplier<T> action) {
        return ProcessTestEngine.asStaff(engine.getProcessEngine(), "kari", "NO-3118.mysen.generalists", "NO-3118",
                action);
    }
}
