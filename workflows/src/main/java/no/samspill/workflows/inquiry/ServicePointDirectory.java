package no.samspill.workflows.inquiry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.servicepoint.Desk;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.ServiceCode;
import no.samspill.workflows.engine.RefusedInput;

/** Looks up registered service points; the service module answers it from its read model. */
public interface ServicePointDirectory {

    /** The service point with the model in force today. */
    Optional<ServicePointSummary> find(ServicePointId id);

    /** The service point, or a refusal naming the {@code servicePoint} field. */
    default ServicePointSummary require(ServicePointId id) {
        return find(id).orElseThrow(() -> new RefusedInput(InquiryVariables.SERVICE_POINT,
                "no service point '" + id.code() + "' in municipality " + id.municipality()));
    }

    /** Another service point of the same municipality that offers the service (hybrid's "other location"). */
    Optional<ServicePointSummary> offeringElsewhere(ServicePointId id, ServiceCode service);

    record ServicePointSummary(ServicePointId id, String name, CoOrganisationModel model,
                               Map<ServiceCode, Competence> catalogue, List<Desk> desks) {

        public boolean offers(ServiceCode service) {
            return catalogue.containsKey(service);
        }

        /** The competence the service needs here, or by default where it is not offered here. */
        public Competence competenceFor(ServiceCode service) {
            return catalogue.getOrDefault(service, service.defaultCompetence());
        }

        public Optional<Desk> desk(String code) {
            return desks.stream().filter(desk -> desk.code().equals(code)).findFirst();
        }
    }
}
