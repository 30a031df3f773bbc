package no.samspill.service.axon;

import java.util.List;
import no.samspill.service.persistence.AfterCommit;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, but waking the streaming processors once the database transaction has committed. Axon
 * wakes them when its unit of work commits, and inside a longer transaction (an API request, a process step: ADR 0001)
 * that is before the events can be read: the processors found nothing and saw the events only at the next look in
 * the log ({@code fetchDelay}), so a list or a figure stayed that long behind the command, and a first start waited
 * that long for its analytics.
 */
final class CommitAwareEventStore extends EmbeddedEventStore {

    CommitAwareEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        AfterCommit.run(() -> wakeProcessors(events));
    }

    private void wakeProcessors(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
    }
}
