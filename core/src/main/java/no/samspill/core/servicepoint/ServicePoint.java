package no.samspill.core.servicepoint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import no.samspill.core.servicepoint.ServicePointCommands.ChangeCatalogue;
import no.samspill.core.servicepoint.ServicePointCommands.ChangeCoOrganisationModel;
import no.samspill.core.servicepoint.ServicePointCommands.ChangeDesks;
import no.samspill.core.servicepoint.ServicePointCommands.RegisterServicePoint;
import no.samspill.core.servicepoint.ServicePointEvents.CatalogueChanged;
import no.samspill.core.servicepoint.ServicePointEvents.CoOrganisationModelChanged;
import no.samspill.core.servicepoint.ServicePointEvents.DesksChanged;
import no.samspill.core.servicepoint.ServicePointEvents.ServicePointRegistered;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.RuleViolation;
import no.samspill.core.shared.ServiceCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A physical place with desks, run under exactly one co-organisation model at a time. A model change is a political
 * decision taking effect on a date; the aggregate keeps the whole schedule of models.
 */
public class ServicePoint {

    /** How far back a decision may take effect: recorded late, but not rewriting history. */
    static final int MAX_DAYS_EFFECTIVE_IN_THE_PAST = 31;

    @AggregateIdentifier
    private ServicePointId servicePointId;
    private Map<ServiceCode, Competence> catalogue;
    private List<Desk> desks;
    /** Effective date → model; the registration's model is in force from {@link LocalDate#MIN}. */
    private final NavigableMap<LocalDate, CoOrganisationModel> models = new TreeMap<>();

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
        requireServices(command.catalogue());
        requireDistinct(command.desks());
        apply(new ServicePointRegistered(command.servicePointId(), command.name(), command.model(),
                command.desks() == null ? List.of() : List.copyOf(command.desks()), Map.copyOf(command.catalogue())));
    }

    @CommandHandler
    public void handle(ChangeCatalogue command) {
        requireServices(command.catalogue());
        if (command.catalogue().equals(catalogue)) {
            return; // the same catalogue again changes nothing
        }
        apply(new CatalogueChanged(servicePointId, Map.copyOf(command.catalogue())));
    }

    @CommandHandler
    public void handle(ChangeDesks command) {
        List<Desk> changed = command.desks() == null ? List.of() : List.copyOf(command.desks());
        requireDistinct(changed);
        if (Set.copyOf(changed).equals(Set.copyOf(desks))) {
            return; // the same desks again change nothing
        }
        apply(new DesksChanged(servicePointId, changed));
    }

    @CommandHandler
    public void handle(ChangeCoOrganisationModel command) {
        if (command.model() == null) {
            throw new RuleViolation("model", "is required");
        }
        if (command.decisionReference() == null || command.decisionReference().isBlank()) {
            throw new RuleViolation("decisionReference", "a model change needs the decision's reference");
        }
        LocalDate effectiveFrom = command.effectiveFrom();
        if (effectiveFrom == null) {
            throw new RuleViolation("effectiveFrom", "is required");
        }
        if (effectiveFrom.isBefore(command.decidedOn().minusDays(MAX_DAYS_EFFECTIVE_IN_THE_PAST))) {
            throw new RuleViolation("effectiveFrom", "may lie at most " + MAX_DAYS_EFFECTIVE_IN_THE_PAST
                    + " days before the day the decision is recorded (" + command.decidedOn() + ")");
        }
        if (models.containsKey(effectiveFrom)) {
            throw new RuleViolation("effectiveFrom", "a model change already takes effect on " + effectiveFrom);
        }
        CoOrganisationModel inForce = modelOn(effectiveFrom);
        if (inForce == command.model()) {
            throw new RuleViolation("model", "the service point already runs under '" + inForce.code() + "' on "
                    + effectiveFrom);
        }
        apply(new CoOrganisationModelChanged(servicePointId, inForce, command.model(), command.decisionReference(),
                effectiveFrom));
    }

    @EventSourcingHandler
    void on(ServicePointRegistered event) {
        servicePointId = event.servicePointId();
        catalogue = event.catalogue();
        desks = event.desks() == null ? List.of() : event.desks();
        models.put(LocalDate.MIN, event.model());
    }

    @EventSourcingHandler
    void on(DesksChanged event) {
        desks = event.desks();
    }

    @EventSourcingHandler
    void on(CatalogueChanged event) {
        catalogue = event.catalogue();
    }

    @EventSourcingHandler
    void on(CoOrganisationModelChanged event) {
        models.put(event.effectiveFrom(), event.model());
    }

    private CoOrganisationModel modelOn(LocalDate day) {
        return models.floorEntry(day).getValue();
    }

    private static void requireDistinct(List<Desk> desks) {
        if (desks != null && desks.stream().map(Desk::code).distinct().count() != desks.size()) {
            throw new RuleViolation("desks", "each desk is named once");
        }
    }

    private static void requireServices(Map<ServiceCode, Competence> catalogue) {
        if (catalogue == null || catalogue.isEmpty()) {
            throw new RuleViolation("catalogue", "a service point offers at least one service");
        }
    }
}
