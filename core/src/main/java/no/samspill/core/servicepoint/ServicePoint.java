package no.samspill.core.servicepoint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Map;
import no.samspill.core.servicepoint.ServicePointCommands.RegisterServicePoint;
import no.samspill.core.servicepoint.ServicePointEvents.ServicePointRegistered;
import no.samspill.core.shared.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A physical place with desks, run under exactly one co-organisation model at a time. */
public class ServicePoint {

    @AggregateIdentifier
    private ServicePointId servicePointId;

    /** Required by Axon to rebuild the aggregate from its events. */
    protected ServicePoint() {
    }

    @CommandHandler
    public ServicePoint(RegisterServicePoint command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolation("name", "is required");
        }
        if (command.model() == null) {
            throw new RuleViolation("model", "is required");
        }
        if (command.catalogue() == null || command.catalogue().isEmpty()) {
            throw new RuleViolation("catalogue", "a service point offers at least one service");
        }
        apply(new ServicePointRegistered(command.servicePointId(), command.name(), command.model(),
                Map.copyOf(command.catalogue())));
    }

    @EventSourcingHandler
    void on(ServicePointRegistered event) {
        servicePointId = event.servicePointId();
    }
}
