package no.samspill.core.servicepoint;

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
                                       CoOrganisationModel model, Map<ServiceCode, Competence> catalogue) {
    }
}
