package no.samspill.service.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samspill.core.inquiry.Inquiry;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.shared.ActingMunicipality;
import no.samspill.core.shared.MunicipalityCode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;

/**
 * The real {@link Inquiry} aggregate, run in memory apart from the application's event store: the simulator sends
 * it the commands a process would send, and takes the events it applied, stamped with the simulated moment. So a
 * simulated history follows the same rules as a real one: whether a resolution was at first contact is the
 * aggregate's call, not the simulator's. A sandbox keeps every event it ran, so take a new one now and then.
 */
final class InquirySandbox {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final CommandGateway commands;

    InquirySandbox() {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(storage).build();
        EventSourcingRepository<Inquiry> repository = EventSourcingRepository.builder(Inquiry.class)
                .eventStore(store).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Inquiry>builder().aggregateType(Inquiry.class).repository(repository)
                .build().subscribe(bus);
        commands = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    /** One inquiry's life in the sandbox: its commands, acting for its municipality, and the events they gave. */
    final class Life {

        private final InquiryId inquiry;
        private final MetaData acting;
        private final MetaData stamped;
        private final List<DomainEventMessage<?>> events = new ArrayList<>();

        Life(InquiryId inquiry, MunicipalityCode municipality, MetaData stamped) {
            this.inquiry = inquiry;
            this.acting = MetaData.with(ActingMunicipality.METADATA_KEY, municipality.value());
            this.stamped = stamped;
        }

        /**
         * Sends {@code command} as if at {@code at}; answers the events it applied (none when it changed nothing).
         * A command the aggregate refuses is the simulator's mistake, so it is thrown on.
         */
        List<DomainEventMessage<?>> send(Object command, Instant at) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(acting));
            List<DomainEventMessage<?>> applied = new ArrayList<>();
            storage.readEvents(inquiry.value(), events.size()).asStream().forEach(event ->
                    applied.add(new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                            event.getSequenceNumber(), event.getPayload(), stamped, event.getIdentifier(), at)));
            events.addAll(applied);
            return applied;
        }

        /** Every event of the inquiry so far, in order. */
        List<DomainEventMessage<?>> events() {
            return List.copyOf(events);
        }
    }

    Life life(InquiryId inquiry, MunicipalityCode municipality, Map<String, ?> metadata) {
        return new Life(inquiry, municipality, MetaData.from(metadata));
    }
}
