package no.samspill.workflows.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.inquiry.Holder;
import no.samspill.core.inquiry.InquiryEvents.InquiryAbandoned;
import no.samspill.core.inquiry.InquiryEvents.InquiryHandedOver;
import no.samspill.core.inquiry.InquiryEvents.InquiryRegistered;
import no.samspill.core.inquiry.InquiryEvents.InquiryResolved;
import no.samspill.core.inquiry.InquiryEvents.InquiryRouted;
import no.samspill.core.inquiry.InquiryEvents.InquiryTaken;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.inquiry.Route;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of "Henvendelse – hybrid samarbeid": Drammen's library and Svelvik, one management, two locations. */
@Deployment(resources = {"bpmn/inquiry-hybrid.bpmn", "dmn/inquiry-routing.dmn"})
class HybridProcessTest {

    private static final MunicipalityCode DRAMMEN = new MunicipalityCode("NO-3301");
    private static final ServicePointId LIBRARY = new ServicePointId(DRAMMEN, "drammen-bibliotek");
    private static final ServicePointId SVELVIK = new ServicePointId(DRAMMEN, "svelvik");
    private static final StaffId HANNE = new StaffId("hanne");
    private static final StaffId SVERRE = new StaffId("sverre");

    private static final InquiryProcessHarness harness = new InquiryProcessHarness(Map.of(
            LIBRARY, new ServicePointSummary(LIBRARY, "Drammensbiblioteket", CoOrganisationModel.HYBRID,
                    catalogue(ServiceCode.LOANS_RETURNS, ServiceCode.DIGITAL_GUIDANCE, ServiceCode.EVENTS), List.of()),
            SVELVIK, new ServicePointSummary(SVELVIK, "Svelvik bibliotek og servicetorg", CoOrganisationModel.HYBRID,
                    catalogue(ServiceCode.PASSPORT, ServiceCode.DIGITAL_GUIDANCE), List.of())));

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder(harness.engineConfiguration("hybrid")).assertClassCoverageAtLeast(1.0).build();

    private static Map<ServiceCode, Competence> catalogue(ServiceCode... services) {
        Map<ServiceCode, Competence> catalogue = new EnumMap<>(ServiceCode.class);
        for (ServiceCode service : services) {
            catalogue.put(service, service.defaultCompetence());
        }
        return catalogue;
    }

    @BeforeEach
    void staff() {
        InquiryProcessHarness.useEngineWithStaff(engine.getProcessEngine(), "hanne", "sverre");
    }

    @AfterEach
    void noStaffLeft() {
        InquiryProcessHarness.removeStaff(engine.getProcessEngine(), "hanne", "sverre");
    }

    @AfterAll
    static void stopAxon() {
        harness.shutdown();
    }

    @Test
    void the_case_system_withdraws_an_inquiry_waiting_for_its_team() {
        harness.withdrawAndCheck(engine.getProcessEngine(), start(ServiceCode.DIGITAL_GUIDANCE));
    }

    @Test
    void the_joint_team_of_both_locations_serves_the_shared_areas() {
        ProcessInstance inquiry = start(ServiceCode.DIGITAL_GUIDANCE);

        assertThat(inquiry).hasPassed("chooseTeam").isWaitingAt(InquiryProcess.SERVE_CITIZEN);
        assertThat(task(inquiry)).hasCandidateGroup("NO-3301.joint-team");
        claim(task(inquiry), "sverre");
        complete(task(inquiry), withVariables("outcome", Outcome.RESOLVED.code()));

        assertThat(inquiry).hasPassed("resolveInquiry", "inquiryResolved").isEnded();
        assertThat(harness.eventsOf(inquiry)).containsExactly(
                registered(inquiry, ServiceCode.DIGITAL_GUIDANCE),
                new InquiryRouted(idOf(inquiry), Route.SERVE_HERE, true, null, Competence.GENERALIST),
                new InquiryTaken(idOf(inquiry), SVERRE),
                new InquiryResolved(idOf(inquiry), SVERRE, true));
    }

    @Test
    void the_locations_own_staff_serve_its_own_services() {
        ProcessInstance inquiry = start(ServiceCode.LOANS_RETURNS);

        assertThat(task(inquiry)).hasCandidateGroup("NO-3301.drammen-bibliotek.generalists");
        claim(task(inquiry), "hanne");
        complete(task(inquiry), withVariables("outcome", Outcome.ABANDONED.code()));

        assertThat(inquiry).hasPassed("abandonInquiry", "inquiryAbandoned").isEnded();
        assertThat(harness.eventsOf(inquiry)).last().isEqualTo(new InquiryAbandoned(idOf(inquiry), HANNE));
    }

    @Test
    void a_service_only_offered_at_the_other_location_is_referred_there_and_not_handled_locally_here() {
        ProcessInstance inquiry = start(ServiceCode.PASSPORT);

        assertThat(inquiry).hasPassed("referToOtherLocation").isWaitingAt(InquiryProcess.SERVE_CITIZEN);
        assertThat(task(inquiry)).hasCandidateGroup("NO-3301.svelvik.generalists");
        claim(task(inquiry), "sverre");
        complete(task(inquiry), withVariables("outcome", Outcome.RESOLVED.code()));

        assertThat(harness.eventsOf(inquiry)).containsExactly(
                registered(inquiry, ServiceCode.PASSPORT),
                new InquiryRouted(idOf(inquiry), Route.REFER_TO_OTHER_LOCATION, false, "offered-at-other-location",
                        Competence.GENERALIST),
                new InquiryTaken(idOf(inquiry), SVERRE),
                // The citizen had to go to the other building: not first contact (docs/measures.md)
                new InquiryResolved(idOf(inquiry), SVERRE, false));
    }

    @Test
    void what_neither_location_offers_is_handed_over_to_the_right_unit() {
        ProcessInstance inquiry = start(ServiceCode.TAX);

        assertThat(inquiry).isWaitingAt(InquiryProcess.GUIDE_ONWARDS);
        assertThat(task(inquiry)).hasCandidateGroup("NO-3301.drammen-bibliotek.generalists");
        claim(task(inquiry), "hanne");
        complete(task(inquiry), withVariables("handOverTo", "Skatteetaten"));

        assertThat(inquiry).hasPassed("handOverToUnit", "inquiryGuidedOnwards").isEnded();
        assertThat(harness.eventsOf(inquiry)).last().isEqualTo(
                new InquiryHandedOver(idOf(inquiry), Holder.staff(HANNE), Holder.unit("Skatteetaten"), HANNE));
    }

    private ProcessInstance start(ServiceCode service) {
        return harness.startFromCaseSystem(engine.getProcessEngine(),
                InquiryProcessHarness.request(LIBRARY, Channel.IN_PERSON, service, null));
    }

    private static InquiryRegistered registered(ProcessInstance inquiry, ServiceCode service) {
        return new InquiryRegistered(idOf(inquiry), DRAMMEN, "drammen-bibliotek", CoOrganisationModel.HYBRID,
                Channel.IN_PERSON, service, "sak-1", null);
    }

    private static InquiryId idOf(ProcessInstance inquiry) {
        return new InquiryId(inquiry.getBusinessKey());
    }
}
