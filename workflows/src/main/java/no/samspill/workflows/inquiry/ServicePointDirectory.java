package no.samspill.workflows.inquiry;

import java.util.Optional;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.CoOrganisationModel;

/** Looks up registered service points; the service module answers it from its read model. */
public interface ServicePointDirectory {

    Optional<ServicePointSummary> find(ServicePointId id);

    record ServicePointSummary(ServicePointId id, String name, CoOrganisationModel model) {
    }
}
