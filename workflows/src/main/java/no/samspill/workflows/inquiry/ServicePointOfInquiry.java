package no.samspill.workflows.inquiry;

import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.workflows.engine.Variables;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The service point a running inquiry belongs to, read from its process variables. */
final class ServicePointOfInquiry {

    private ServicePointOfInquiry() {
    }

    static ServicePointSummary in(ServicePointDirectory servicePoints, VariableScope process) {
        ServicePointId id = new ServicePointId(
                Variables.required(process, InquiryVariables.MUNICIPALITY, MunicipalityCode::new),
                Variables.required(process, InquiryVariables.SERVICE_POINT));
        return servicePoints.require(id);
    }
}
