package no.samspill.workflows.inquiry;

import java.util.Map;
import java.util.Optional;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.ServiceCode;

/** Looks up registered service points; the service module answers it from its read model. */
public interface ServicePointDirectory {

    /** The service point with the model in force today. */
    Optional<ServicePointSummary> find(ServicePointId id);

    /** Whether another service point of the same municipality offers the service (hybrid's "other location"). */
    boolean offeredElsewhere(ServicePointId id, ServiceCode service);

    record ServicePointSummary(ServicePointId id, String name, CoOrganisationModel model,
                               Map<ServiceCode, Competence> catalogue) {

        public boolean offers(ServiceCode service) {
            return catalogue.containsKey(service);
        }
    }
}
