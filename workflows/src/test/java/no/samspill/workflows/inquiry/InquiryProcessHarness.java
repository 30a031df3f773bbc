package no.samspill.workflows.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samspill.core.inquiry.Inquiry;
import no.samspill.core.inquiry.InquiryEvents.InquiryWithdrawn;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.inquiry.WithdrawalReason;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.engine.RefusedInput;
import org.assertj.core.api.Assertions;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.ServiceCode;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.ProcessTestEngine;
import no.samspill.workflows.inquiry.InquiryRegistration.Request;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * What every inquiry process test runs on: the real Inquiry aggregate on an in-memory Axon event store, a fixed set
 * of service points, and an in-memory engine whose expressions reach the same step beans as in production.
 */
final class InquiryProcessHarness {

    private final Configuration axon;
    private final Map<ServicePointId, ServicePointSummary> servicePoints;
    private final ServicePointDirectory directory;
    final InquiryRegistration registration;
    /** The notes staff wrote, as the notes store would keep them. */
    final List<String> notes = new ArrayList<>();

    InquiryProcessHarness(Map<ServicePointId, ServicePointSummary> servicePoints) {
        this.servicePoints = servicePoints;
        this.axon = DefaultConfigurer.defaultConfiguration()
                .configureAggregate(Inquiry.class)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .buildConfiguration();
        this.directory = new ServicePointDirectory() {
            @Override
            public Optional<ServicePointSummary> find(ServicePointId id) {
                return Optional.ofNullable(InquiryProcessHarness.this.servicePoints.get(id));
            }

            @Override
            public Optional<ServicePointSummary> offeringElsewhere(ServicePointId id, ServiceCode service) {
                return InquiryProcessHarness.this.servicePoints.values().stream()
                        .filter(other -> !other.id().equals(id) && other.offers(service)).findFirst();
            }
        };
        this.registration = new InquiryRegistration(directory, new CommandSender(axon.commandGateway()));
    }

    ProcessEngineConfiguration engineConfiguration(String database) {
        axon.start();
        return ProcessTestEngine.configuration(database, InquirySteps.byName(registration, directory,
                (inquiry, author, note) -> notes.add(author + ": " + note), new CommandSender(axon.commandGateway())));
    }

    /**
     * Before each test: points camunda-bpm-assert at this class's engine (several test classes' engines share the
     * JVM) and creates the staff the test works with, whom a handover to a colleague must find.
     */
    static void useEngineWithStaff(ProcessEngine engine, String... users) {
        BpmnAwareTests.init(engine);
        for (String user : users) {
            engine.getIdentityService().saveUser(engine.getIdentityService().newUser(user));
        }
    }

    /** After each test: the engine as it was, without staff or authentication. */
    static void removeStaff(ProcessEngine engine, String... users) {
        engine.getIdentityService().clearAuthentication();
        for (String user : users) {
            engine.getIdentityService().deleteUser(user);
        }
    }

    void shutdown() {
        axon.shutdown();
    }

    /** Starts an inquiry's process the way the API does, and returns its instance. */
    ProcessInstance startFromCaseSystem(ProcessEngine engine, Request request) {
        InquiryId id = processes(engine).start(request);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id.value())
                .singleResult();
    }

    InquiryProcesses processes(ProcessEngine engine) {
        return new InquiryProcesses(registration, engine.getRuntimeService(), engine.getRepositoryService());
    }

    List<Object> eventsOf(ProcessInstance inquiry) {
        return axon.eventStore().readEvents(inquiry.getBusinessKey()).asStream()
                .map(EventMessage::getPayload).map(Object.class::cast).toList();
    }

    /**
     * The case system withdraws the inquiry wherever its process stands: the process ends at "Henvendelse trukket
     * tilbake" with no task left, InquiryWithdrawn is its last event (by that client), and a second withdrawal is
     * refused.
     */
    void withdrawAndCheck(ProcessEngine engine, ProcessInstance inquiry) {
        MunicipalityCode municipality = new MunicipalityCode(inquiry.getTenantId());
        InquiryId id = new InquiryId(inquiry.getBusinessKey());
        processes(engine).withdraw(municipality, id, WithdrawalReason.DUPLICATE, "sak-klient");

        BpmnAwareTests.assertThat(inquiry).hasPassed("recordWithdrawal", "inquiryWithdrawn").isEnded();
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(inquiry.getId()).count())
                .isZero();
        List<Object> events = eventsOf(inquiry);
        Assertions.assertThat(events.get(events.size() - 1)).isEqualTo(new InquiryWithdrawn(id,
                WithdrawalReason.DUPLICATE, new StaffId("sak-klient")));
        Assertions.assertThatThrownBy(() -> processes(engine).withdraw(municipality, id,
                WithdrawalReason.CITIZEN_WITHDREW, "sak-klient")).isInstanceOf(RefusedInput.class)
                .hasMessage("inquiry: the inquiry is no longer open in Samspill");
        Assertions.assertThat(eventsOf(inquiry)).hasSize(events.size());
    }

    static Request request(ServicePointId servicePoint, Channel channel, ServiceCode service, String desk) {
        return new Request(servicePoint.municipality(), servicePoint.code(), channel, service, "sak-1", desk, null);
    }
}
