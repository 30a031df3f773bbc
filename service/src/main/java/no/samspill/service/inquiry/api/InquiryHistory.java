package no.samspill.service.inquiry.api;

import java.util.List;
import java.util.Optional;
import no.samspill.core.inquiry.InquiryEvents.InquiryRegistered;
import no.samspill.core.inquiry.InquiryEvents.InquiryRouted;
import no.samspill.core.inquiry.InquiryStatus;
import no.samspill.service.inquiry.api.InquiryView.HistoryEntry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads an inquiry straight from the event store: its stored events are its history, the last one its status. */
@Component
public class InquiryHistory {

    private final EventStore eventStore;

    public InquiryHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The inquiry, if it exists in {@code municipality}; another municipality's inquiry is as good as absent. */
    public Optional<InquiryView> find(String municipality, String inquiryId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(inquiryId).asStream().toList();
        if (events.isEmpty() || !(events.get(0).getPayload() instanceof InquiryRegistered registered)
                || !registered.municipality().value().equals(municipality)) {
            return Optional.empty();
        }
        List<HistoryEntry> history = events.stream()
                .map(event -> new HistoryEntry(event.getPayloadType().getSimpleName(), event.getTimestamp()))
                .toList();
        InquiryStatus status = InquiryStatus.after(events.get(events.size() - 1).getPayload());
        Optional<InquiryRouted> routed = events.stream().map(DomainEventMessage::getPayload)
                .filter(InquiryRouted.class::isInstance).map(InquiryRouted.class::cast).findFirst();
        return Optional.of(new InquiryView(inquiryId, municipality, registered.servicePoint(),
                registered.model().code(), registered.channel().code(), registered.service().code(),
                registered.externalReference(), registered.citizen() == null ? null : registered.citizen().value(),
                status.code(),
                routed.map(routing -> routing.route().code()).orElse(null),
                routed.map(InquiryRouted::handledLocally).orElse(null),
                routed.map(InquiryRouted::notHandledLocallyReason).orElse(null), history));
    }
}
