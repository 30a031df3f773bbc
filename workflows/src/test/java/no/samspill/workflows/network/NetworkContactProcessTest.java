package no.samspill.workflows.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.samspill.core.network.PartnerContact;
import no.samspill.core.network.PartnerContactEvents.ContactHandedOver;
import no.samspill.core.network.PartnerContactEvents.ContactOpened;
import no.samspill.core.network.PartnerContactEvents.ContactReleased;
import no.samspill.core.network.PartnerContactEvents.ContactUsed;
import no.samspill.core.network.PartnerContactId;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.ProcessTestEngine;
import no.samspill.workflows.engine.RefusedInput;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.camunda.bpm.engine.IdentityService;
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

/** "Nettverkskontakt": a coordinator opens a contact as herself, tends it, hands it over, and another lets it go. */
@Deployment(resources = "bpmn/network-contact.bpmn")
class NetworkContactProcessTest {

    private static final MunicipalityCode BIBLIOTEKBY = new MunicipalityCode("DK-0999");
    private static final PartnerContactId DOKK1 = new PartnerContactId(BIBLIOTEKBY, "Dokk1");
    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);
    private static final Period HALF_YEAR = Period.ofMonths(6);
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private static final Configuration axon = DefaultConfigurer.defaultConfiguration()
            .configureAggregate(PartnerContact.class)
            .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
            .buildConfiguration();

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder(engineConfiguration()).assertClassCoverageAtLeast(1.0).build();

    private static ProcessCoverageInMemProcessEngineConfiguration engineConfiguration() {
        axon.start();
        ProcessCoverageInMemProcessEngineConfiguration configuration = ProcessTestEngine.configuration(
                "network-contact", NetworkContactSteps.byName(HALF_YEAR, new CommandSender(axon.commandGateway())));
        // the service's pattern (application.yaml): group ids such as DK-0999.partnerships
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
        return configuration;
    }

    private NetworkContacts contacts;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        contacts = new NetworkContacts(engine.getRuntimeService(), engine.getTaskService());
        ClockUtil.setCurrentTime(date(MAY));
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId("jonas").count() == 0) {
            // the staff group's grants first (ProcessTestEngine grants them to a group with no authorizations yet)
            ProcessTestEngine.asStaff(engine.getProcessEngine(), "mette", "DK-0999.partnerships", "DK-0999", () -> null);
            identity.saveUser(identity.newUser("jonas"));
            identity.saveGroup(identity.newGroup("DK-0999.partnerships"));
            identity.createMembership("jonas", "DK-0999.partnerships");
            identity.saveUser(identity.newUser("per"));
        }
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
    void a_coordinator_opens_a_contact_as_herself_tends_it_and_hands_it_to_a_colleague_who_lets_it_go() {
        String definition = processDefinitionId();
        ProcessInstance contact = ProcessTestEngine.asStaff(engine.getProcessEngine(), "mette",
                "DK-0999.partnerships", "DK-0999", () -> engine.getFormService().submitStartForm(
                        definition, Map.of("partner", "Dokk1", "topic", "Læseklubber")));

        assertThat(contact.getTenantId()).isEqualTo("DK-0999");
        assertThat(task(contact)).hasName("Pleje kontakten med partneren").isAssignedTo("mette")
                .hasDueDate(endOf(MAY.plus(HALF_YEAR)));
        assertThat(eventsOf()).containsExactly(new ContactOpened(DOKK1, "Dokk1", new StaffId("mette"), "Læseklubber",
                MAY));

        // Two months on she has used it: its care starts over
        ClockUtil.setCurrentTime(date(MAY.plusMonths(2)));
        completeAs("mette", task(contact), Map.of("careAction", "used"));
        assertThat(task(contact)).isAssignedTo("mette").hasDueDate(endOf(MAY.plusMonths(2).plus(HALF_YEAR)));

        // Only to a coordinator of the library: per is not one
        Task care = task(contact);
        assertThatThrownBy(() -> completeAs("mette", care, Map.of("careAction", "hand-over", "handOverTo", "per")))
                .isInstanceOf(RefusedInput.class)
                .hasMessage("handOverTo: 'per' is not a partnership coordinator of DK-0999");
        completeAs("mette", care, Map.of("careAction", "hand-over", "handOverTo", "jonas"));
        assertThat(task(contact)).isAssignedTo("jonas");
        assertThat(contacts.holderOf(DOKK1)).isEqualTo("jonas");

        completeAs("jonas", task(contact), Map.of("careAction", "let-go"));
        assertThat(contact).hasPassed("contactLetGo").isEnded();
        assertThat(eventsOf()).containsExactly(
                new ContactOpened(DOKK1, "Dokk1", new StaffId("mette"), "Læseklubber", MAY),
                new ContactUsed(DOKK1, new StaffId("mette"), MAY.plusMonths(2)),
                new ContactHandedOver(DOKK1, new StaffId("mette"), new StaffId("jonas"), MAY.plusMonths(2)),
                new ContactReleased(DOKK1, new StaffId("jonas"), MAY.plusMonths(2)));
    }

    @Test
    void a_case_system_opens_hands_over_and_lets_go_through_the_same_task() {
        PartnerContactId aarhus = new PartnerContactId(BIBLIOTEKBY, "Aarhus Universitet");
        contacts.open(BIBLIOTEKBY, "Aarhus Universitet", new StaffId("mette"), "Forskningsformidling");
        assertThat(contacts.holderOf(aarhus)).isEqualTo("mette");

        assertThat(contacts.handOver(aarhus, new StaffId("jonas"), new StaffId("per"))).as("jonas holds none")
                .isFalse();
        // the case system vouches for its staff: per is not a coordinator Samspill knows
        assertThat(contacts.handOver(aarhus, new StaffId("mette"), new StaffId("per"))).isTrue();
        assertThat(contacts.holderOf(aarhus)).isEqualTo("per");
        assertThat(contacts.letGo(aarhus, new StaffId("per"))).isTrue();
        assertThat(contacts.holderOf(aarhus)).isNull();
        assertThat(contacts.letGo(aarhus, new StaffId("per"))).as("no care task left").isFalse();
    }

    private void completeAs(String user, Task task, Map<String, Object> values) {
        ProcessTestEngine.asStaff(engine.getProcessEngine(), user, "DK-0999.partnerships", "DK-0999", () -> {
            engine.getTaskService().complete(task.getId(), values);
            return null;
        });
    }

    private String processDefinitionId() {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(NetworkContactProcess.PROCESS_KEY).singleResult().getId();
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(DENMARK).toInstant());
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant().minusSeconds(1));
    }

    private static List<Object> eventsOf() {
        return axon.eventStore().readEvents(DOKK1.toString()).asStream().map(EventMessage::getPayload)
                .map(Object.class::cast).toList();
    }
}
