package no.samspill.core.servicepoint;

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
                                         Map<ServiceCode, Competence> catalogue) {
    }
}
