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

/** Every path of "Henvendelse – PAC-man": the service centre is closed; the library takes the physical tasks. */
@Deployment(resources = {"bpmn/inquiry-pac-man.bpmn", "dmn/inquiry-routing.dmn"})
class PacManProcessTest {

    private static final ServicePointId HOVEDBIBLIOTEKET = new ServicePointId(new MunicipalityCode("DK-0999"),
            "hovedbiblioteket");
    private static final StaffId METTE = new StaffId("mette");

    /** The library offers forms, guidance and its own services; no passports since the service centre closed. */
    private static final InquiryProcessHarness harness = new InquiryProcessHarness(Map.of(HOVEDBIBLIOTEKET,
            new ServicePointSummary(HOVEDBIBLIOTEKET, "Hovedbiblioteket", CoOrganisationModel.PAC_MAN,
                    catalogue(), List.of())));

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder(harness.engineConfiguration("pac-man")).assertClassCoverageAtLeast(1.0).build();

    private static Map<ServiceCode, Competence> catalogue() {
        Map<ServiceCode, Competence> catalogue = new EnumMap<>(ServiceCode.class);
        for (ServiceCode service : List.of(ServiceCode.LOANS_RETURNS, ServiceCode.FORMS, ServiceCode.DIGITAL_GUIDANCE,
                ServiceCode.EQUIPMENT_LENDING)) {
            catalogue.put(service, service.defaultCompetence());
        }
        return catalogue;
    }

    @BeforeEach
    void staff() {
        InquiryProcessHarness.useEngineWithStaff(engine.getProcessEngine(), "mette");
    }

    @AfterEach
    void noStaffLeft() {
        InquiryProcessHarness.removeStaff(engine.getProcessEngine(), "mette");
    }

    @AfterAll
    static void stopAxon() {
        harness.shutdown();
    }

    @Test
    void the_case_system_withdraws_a_digital_inquiry_it_was_to_answer() {
        ProcessInstance inquiry = start(Channel.DIGITAL, ServiceCode.FORMS);
        assertThat(inquiry).isWaitingAt("awaitCaseSystemAnswer");
        harness.withdrawAndCheck(engine.getProcessEngine(), inquiry);
    }

    @Test
    void the_library_takes_the_physical_service_tasks() {
        ProcessInstance inquiry = start(Channel.IN_PERSON, ServiceCode.FORMS);

        assertThat(inquiry).isWaitingAt(InquiryProcess.SERVE_AT_LIBRARY_DESK);
        assertThat(task(inquiry)).hasCandidateGroup("DK-0999.hovedbiblioteket.generalists");
        claim(task(inquiry), "mette");
        complete(task(inquiry), withVariables("outcome", Outcome.RESOLVED.code()));

        assertThat(inquiry).hasPassed("resolveInquiry", "inquiryResolved").isEnded();
        assertThat(harness.eventsOf(inquiry)).containsExactly(
                registered(inquiry, Channel.IN_PERSON, ServiceCode.FORMS),
                new InquiryRouted(idOf(inquiry), Route.SERVE_HERE, true, null, Competence.GENERALIST),
                new InquiryTaken(idOf(inquiry), METTE),
                new InquiryResolved(idOf(inquiry), METTE, true));
    }

    @Test
    void a_danish_municipalitys_staff_get_task_names_and_forms_in_danish() {
        ProcessInstance inquiry = start(Channel.IN_PERSON, ServiceCode.FORMS);

        // The diagram keeps its bokmål name; the task carries the municipality's language
        assertThat(task(inquiry)).hasName("Betjen borgeren i bibliotekets skranke");
        String form = (String) engine.getFormService().getRenderedTaskForm(task(inquiry).getId());
        assertThat(form).contains("Resultat", "Løst", "Borgeren gik før sagen var løst")
                .doesNotContain("Utfall", "Innbyggeren gikk");
    }

    @Test
    void the_citizen_leaves_the_library_desk() {
        ProcessInstance inquiry = start(Channel.IN_PERSON, ServiceCode.LOANS_RETURNS);
        claim(task(inquiry), "mette");
        complete(task(inquiry), withVariables("outcome", Outcome.ABANDONED.code()));

        assertThat(inquiry).hasPassed("abandonInquiry", "inquiryAbandoned").isEnded();
        assertThat(harness.eventsOf(inquiry)).last().isEqualTo(new InquiryAbandoned(idOf(inquiry), METTE));
    }

    @Test
    void a_digital_inquiry_goes_to_the_municipalitys_case_system_and_is_answered_there() {
        // Given a digital inquiry: it never reaches a library desk
        ProcessInstance inquiry = start(Channel.DIGITAL, ServiceCode.FORMS);
        assertThat(inquiry).isWaitingAt("awaitCaseSystemAnswer");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(inquiry.getId()).count()).isZero();

        // When the case system answers
        harness.processes(engine.getProcessEngine()).answerFromCaseSystem(HOVEDBIBLIOTEKET.municipality(), idOf(inquiry), "bibliotekby-sak");

        // Then it is resolved by the case system, and counted as not handled locally, nor at first contact
        assertThat(inquiry).hasPassed("recordCaseSystemAnswer", "inquiryAnsweredByMunicipality").isEnded();
        assertThat(harness.eventsOf(inquiry)).containsExactly(
                registered(inquiry, Channel.DIGITAL, ServiceCode.FORMS),
                new InquiryRouted(idOf(inquiry), Route.ROUTE_OUT_DIGITALLY, false, "digital-handled-by-municipality",
                        Competence.GENERALIST),
                new InquiryResolved(idOf(inquiry), new StaffId("bibliotekby-sak"), false));
    }

    @Test
    void an_answer_for_an_inquiry_that_is_not_waiting_for_one_is_refused() {
        ProcessInstance inquiry = start(Channel.IN_PERSON, ServiceCode.FORMS);
        assertThatThrownBy(() -> harness.processes(engine.getProcessEngine())
                .answerFromCaseSystem(HOVEDBIBLIOTEKET.municipality(), idOf(inquiry), "bibliotekby-sak"))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("inquiry: the inquiry is not waiting for an answer from the case system");
    }

    @Test
    void the_library_helps_the_citizen_find_the_right_person_for_what_it_does_not_offer() {
        ProcessInstance inquiry = start(Channel.IN_PERSON, ServiceCode.PASSPORT);

        assertThat(inquiry).isWaitingAt(InquiryProcess.GUIDE_ONWARDS);
        claim(task(inquiry), "mette");
        complete(task(inquiry), withVariables("handOverTo", "Borgerservice, rådhuset"));

        assertThat(inquiry).hasPassed("handOverToUnit", "inquiryGuidedOnwards").isEnded();
        assertThat(harness.eventsOf(inquiry)).containsExactly(
                registered(inquiry, Channel.IN_PERSON, ServiceCode.PASSPORT),
                new InquiryRouted(idOf(inquiry), Route.REFER_OUTSIDE, false, "not-offered-locally", Competence.GENERALIST),
                new InquiryTaken(idOf(inquiry), METTE),
                new InquiryHandedOver(idOf(inquiry), Holder.staff(METTE), Holder.unit("Borgerservice, rådhuset"), METTE));
    }

    private ProcessInstance start(Channel channel, ServiceCode service) {
        return harness.startFromCaseSystem(engine.getProcessEngine(),
                InquiryProcessHarness.request(HOVEDBIBLIOTEKET, channel, service, null));
    }

    private static InquiryRegistered registered(ProcessInstance inquiry, Channel channel, ServiceCode service) {
        return new InquiryRegistered(idOf(inquiry), HOVEDBIBLIOTEKET.municipality(), "hovedbiblioteket",
                CoOrganisationModel.PAC_MAN, channel, service, "sak-1", null);
    }

    private static InquiryId idOf(ProcessInstance inquiry) {
        return new InquiryId(inquiry.getBusinessKey());
    }
}
