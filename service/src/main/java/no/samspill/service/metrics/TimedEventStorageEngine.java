package no.samspill.service.metrics;

import io.micrometer.core.instrument.Timer;
import java.util.List;
import no.samspill.service.axon.ForwardingEventStorageEngine;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/** The event store's storage engine, with the time each append takes (events are appended when a command ends). */
class TimedEventStorageEngine extends ForwardingEventStorageEngine {

    private final Timer appends;

    TimedEventStorageEngine(EventStorageEngine engine, Timer appends) {
        super(engine);
        this.appends = appends;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        appends.record(() -> super.appendEvents(events));
    }
}
