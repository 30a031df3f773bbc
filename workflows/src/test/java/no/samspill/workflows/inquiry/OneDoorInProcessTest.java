package no.samspill.workflows.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import no.samspill.core.inquiry.InquiryEvents.InquiryReferred;
import no.samspill.core.inquiry.InquiryEvents.InquiryRegistered;
import no.samspill.core.inquiry.InquiryEvents.InquiryResolved;
import no.samspill.core.inquiry.InquiryEvents.InquiryRouted;
import no.samspill.core.inquiry.InquiryEvents.InquiryTaken;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.inquiry.ReferralReason;
import no.samspill.core.inquiry.Route;
import no.samspill.core.servicepoint.Desk;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.engine.RefusedInput;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of "Henvendelse – en dør inn": a multi-service house without a common desk (Krona in Kongsberg). */
@Deployment(resources = {"bpmn/inquiry-one-door-in.bpmn", "dmn/inquiry-routing.dmn"})
class OneDoorInProcessTest {

    private static final ServicePointId KRONA = new ServicePointId(new MunicipalityCode("NO-3303"), "krona");
    private static final StaffId LISE = new StaffId("lise");
    private static final StaffId OMAR = new StaffId("omar");

    /** Krona: the library's desk and the service centre's desk; no tax questions in the house. */
    private static final InquiryProcessHarness harness = new InquiryProcessHarness(Map.of(KRONA,
            new ServicePointSummary(KRONA, "Krona kunnskaps- og kultursenter", CoOrganisationModel.ONE_DOOR_IN,
                    catalogue(), List.of(new Desk("library", "Bibliotekets skranke", Competence.LIBRARY),
                    new Desk("service-centre", "Servicetorgets skranke", Competence.CITIZEN_SERVICE)))));

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder(harness.engineConfiguration("one-door-in")).assertClassCoverageAtLeast(1.0).build();

    private static Map<ServiceCode, Competence> catalogue() {
        Map<ServiceCode, Competence> catalogue = new EnumMap<>(ServiceCode.class);
        catalogue.putAll(ServiceCode.standardCatalogue());
        catalogue.remove(ServiceCode.TAX);
        return catalogue;
    }

    @BeforeEach
    void staff() {
        InquiryProcessHarness.useEngineWithStaff(engine.getProcessEngine(), "lise", "omar");
    }

    @AfterEach
    void noStaffLeft() {
        InquiryProcessHarness.removeStaff(engine.getProcessEngine(), "lise", "omar");
    }

    @AfterAll
    static void stopAxon() {
        harness.shutdown();
    }

    @Test
    void the_case_system_withdraws_an_inquiry_waiting_at_a_desk() {
        harness.withdrawAndCheck(engine.getProcessEngine(), start(ServiceCode.DRIVING_LICENCE, null));
    }

    @Test
    void an_inquiry_is_served_at_the_desk_of_its_service() {
        // Given a phone call about a driving licence, with no desk named
        ProcessInstance inquiry = start(ServiceCode.DRIVING_LICENCE, null);

        // Then it waits at the service centre's desk, for its staff only
        assertThat(inquiry).hasPassed("findArrivalDesk", "decideRouting", "recordRouting").isWaitingAt(InquiryProcess.SERVE_AT_DESK);
        assertThat(task(inquiry)).hasCandidateGroup("NO-3303.krona.desk.service-centre")
                .hasName("Betjen innbyggeren i skranken");
        claim(task(inquiry), "omar");
        complete(task(inquiry), withVariables("outcome", Outcome.RESOLVED.code()));

        assertThat(inquiry).hasPassed("resolveInquiry", "inquiryResolved").isEnded();
        assertThat(harness.eventsOf(inquiry)).containsExactly(
                registered(inquiry, ServiceCode.DRIVING_LICENCE),
                new InquiryRouted(idOf(inquiry), Route.SEND_TO_DESK, true, null, Competence.CITIZEN_SERVICE),
                new InquiryTaken(idOf(inquiry), OMAR),
                new InquiryResolved(idOf(inquiry), OMAR, true));
    }

    @Test
    void the_library_sends_the_citizen_to_the_right_resource_person_at_the_service_centre() {
        // Given a citizen who came to the library's desk about a passport
        ProcessInstance inquiry = start(ServiceCode.PASSPORT, "library");
        assertThat(task(inquiry)).hasCandidateGroup("NO-3303.krona.desk.library");
        claim(task(inquiry), "lise");

        // When Lise sends the citizen on to the service centre
        complete(task(inquiry), withVariables("outcome", Outcome.SENT_TO_DESK.code(), "sendToDesk", "service-centre"));

        // Then it is a referral between desks, and the service centre serves the citizen
        assertThat(inquiry).hasPassed("sendToDesk").isWaitingAt(InquiryProcess.SERVE_AT_DESK);
        assertThat(task(inquiry)).hasCandidateGroup("NO-3303.krona.desk.service-centre");
        claim(task(inquiry), "omar");
        complete(task(inquiry), withVariables("outcome", Outcome.RESOLVED.code()));
        assertThat(harness.eventsOf(inquiry)).containsExactly(
                registered(inquiry, ServiceCode.PASSPORT),
                new InquiryRouted(idOf(inquiry), Route.SEND_TO_DESK, true, null, Competence.LIBRARY),
                new InquiryTaken(idOf(inquiry), LISE),
                new InquiryReferred(idOf(inquiry), Competence.LIBRARY, Competence.CITIZEN_SERVICE,
                        ReferralReason.SENT_TO_RESOURCE_PERSON, LISE),
                new InquiryTaken(idOf(inquiry), OMAR),
                new InquiryResolved(idOf(inquiry), OMAR, false));
    }

    @Test
    void the_citizen_leaves_the_desk() {
        ProcessInstance inquiry = start(ServiceCode.EVENTS, "library");
        claim(task(inquiry), "lise");
        complete(task(inquiry), withVariables("outcome", Outcome.ABANDONED.code()));

        assertThat(inquiry).hasPassed("abandonInquiry", "inquiryAbandoned").isEnded();
        assertThat(harness.eventsOf(inquiry)).last().isEqualTo(new InquiryAbandoned(idOf(inquiry), LISE));
    }

    @Test
    void no_service_of_the_house_offers_it_so_the_citizen_is_helped_onwards() {
        ProcessInstance inquiry = start(ServiceCode.TAX, "library");

        assertThat(inquiry).isWaitingAt(InquiryProcess.GUIDE_ONWARDS);
        assertThat(task(inquiry)).hasCandidateGroup("NO-3303.krona.desk.library");
        claim(task(inquiry), "lise");
        complete(task(inquiry), withVariables("handOverTo", "Skatteetaten"));

        assertThat(inquiry).hasPassed("handOverToUnit", "inquiryGuidedOnwards").isEnded();
        assertThat(harness.eventsOf(inquiry)).containsExactly(
                registered(inquiry, ServiceCode.TAX),
                new InquiryRouted(idOf(inquiry), Route.REFER_OUTSIDE, false, "not-offered-locally", Competence.LIBRARY),
                new InquiryTaken(idOf(inquiry), LISE),
                new InquiryHandedOver(idOf(inquiry), Holder.staff(LISE), Holder.unit("Skatteetaten"), LISE));
    }

    @Test
    void a_desk_the_house_does_not_have_is_refused() {
        assertThatThrownBy(() -> start(ServiceCode.PASSPORT, "cafe"))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("desk: service point 'krona' has no desk 'cafe'");
    }

    @Test
    void the_citizen_cannot_be_sent_to_the_desk_they_are_at() {
        ProcessInstance inquiry = start(ServiceCode.PASSPORT, "service-centre");
        claim(task(inquiry), "omar");
        List<Object> before = harness.eventsOf(inquiry);

        assertThatThrownBy(() -> complete(task(inquiry), withVariables("outcome", Outcome.SENT_TO_DESK.code(),
                "sendToDesk", "service-centre")))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("sendToDesk: the citizen is already at desk 'service-centre'");
        assertThatThrownBy(() -> complete(task(inquiry), withVariables("outcome", Outcome.SENT_TO_DESK.code())))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("sendToDesk: is required");
        assertThat(harness.eventsOf(inquiry)).isEqualTo(before);
        assertThat(inquiry).isWaitingAt(InquiryProcess.SERVE_AT_DESK);
    }

    private ProcessInstance start(ServiceCode service, String desk) {
        return harness.startFromCaseSystem(engine.getProcessEngine(),
                InquiryProcessHarness.request(KRONA, Channel.PHONE, service, desk));
    }

    private static InquiryRegistered registered(ProcessInstance inquiry, ServiceCode service) {
        return new InquiryRegistered(idOf(inquiry), KRONA.municipality(), "krona", CoOrganisationModel.ONE_DOOR_IN,
                Channel.PHONE, service, "sak-1", null);
    }

    private static InquiryId idOf(ProcessInstance inquiry) {
        return new InquiryId(inquiry.getBusinessKey());
    }
}
