package no.samspill.core.servicepoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.ServiceCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a service point. */
public final class ServicePointCommands {

    private ServicePointCommands() {
    }

    /** {@code catalogue}: the services offered locally, each with the competence it needs. */
    public record RegisterServicePoint(@TargetAggregateIdentifier ServicePointId servicePointId, String name,
                                       CoOrganisationModel model, List<Desk> desks,
                                       Map<ServiceCode, Competence> catalogue) {
    }

    /** Replaces the service catalogue: what is offered here from now on. */
    public record ChangeCatalogue(@TargetAggregateIdentifier ServicePointId servicePointId,
                                  Map<ServiceCode, Competence> catalogue) {
    }

    /** Replaces the desks: a desk opened or closed, or staffed with another competence, from now on. */
    public record ChangeDesks(@TargetAggregateIdentifier ServicePointId servicePointId, List<Desk> desks) {
    }

    /**
     * Records a political decision to run the service point under another model from {@code effectiveFrom}.
     * {@code decidedOn} is the day the decision is recorded, against which the effective date is checked.
     */
    public record ChangeCoOrganisationModel(@TargetAggregateIdentifier ServicePointId servicePointId,
                                            CoOrganisationModel model, String decisionReference,
                                            LocalDate effectiveFrom, LocalDate decidedOn) {
    }
}
