package no.samspill.core.servicepoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.ServiceCode;
import org.axonframework.serialization.Revision;

/** What happened to a service point. */
public final class ServicePointEvents {

    private ServicePointEvents() {
    }

    @Revision("1")
    public record ServicePointRegistered(ServicePointId servicePointId, String name, CoOrganisationModel model,
                                         List<Desk> desks, Map<ServiceCode, Competence> catalogue) {
    }

    @Revision("1")
    public record CatalogueChanged(ServicePointId servicePointId, Map<ServiceCode, Competence> catalogue) {
    }

    /** Inquiries routed from now on meet these desks; those already at a closed desk stay with its staff. */
    @Revision("1")
    public record DesksChanged(ServicePointId servicePointId, List<Desk> desks) {
    }

    /** Inquiries registered from {@code effectiveFrom} on run under {@code model}; earlier ones keep theirs. */
    @Revision("1")
    public record CoOrganisationModelChanged(ServicePointId servicePointId, CoOrganisationModel previousModel,
                                             CoOrganisationModel model, String decisionReference,
                                             LocalDate effectiveFrom) {
    }
}
