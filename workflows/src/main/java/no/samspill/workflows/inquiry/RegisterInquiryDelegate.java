package no.samspill.workflows.inquiry;

import no.samspill.core.citizen.CitizenRef;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.servicepoint.StaffGroups;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.workflows.engine.RefusedInput;
import no.samspill.workflows.engine.Variables;
import no.samspill.workflows.inquiry.InquiryRegistration.Request;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Registrer henvendelsen": the first step of every inquiry process. Started from the API, the variables are already
 * checked; started from Tasklist's form, the municipality is the staff member's own and the id is new.
 */
public class RegisterInquiryDelegate implements JavaDelegate {

    private final InquiryRegistration registration;

    public RegisterInquiryDelegate(InquiryRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Request request = new Request(municipalityOf(execution),
                Variables.required(execution, InquiryVariables.SERVICE_POINT),
                Variables.required(execution, InquiryVariables.CHANNEL, Channel::fromCode),
                Variables.required(execution, InquiryVariables.SERVICE, ServiceCode::fromCode),
                Variables.optional(execution, InquiryVariables.EXTERNAL_REFERENCE),
                Variables.optional(execution, InquiryVariables.DESK),
                Variables.optional(execution, InquiryVariables.CITIZEN) == null ? null
                        : Variables.required(execution, InquiryVariables.CITIZEN, CitizenRef::new));
        ServicePointSummary servicePoint = registration.servicePointOf(request);
        String expectedProcess = InquiryProcesses.processKeyFor(servicePoint.model());
        String thisProcess = ((ExecutionEntity) execution).getProcessDefinition().getKey();
        if (!expectedProcess.equals(thisProcess)) {
            throw new RefusedInput(InquiryVariables.SERVICE_POINT, "service point '" + request.servicePoint()
                    + "' runs under model '" + servicePoint.model().code() + "'; start that model's process");
        }
        InquiryId inquiryId = inquiryIdOf(execution);
        registration.register(inquiryId, request, servicePoint);
        execution.setVariable(InquiryVariables.MUNICIPALITY, request.municipality().value());
        execution.setVariable(InquiryVariables.REGISTERED_AT, ClockUtil.getCurrentTime());
        execution.setVariables(registration.routingInputs(request, servicePoint));
        execution.setVariable(InquiryVariables.GENERALIST_GROUP, StaffGroups.generalists(servicePoint.id()));
        execution.setVariable(InquiryVariables.SPECIALIST_GROUP, StaffGroups.specialists(servicePoint.id()));
    }

    private static InquiryId inquiryIdOf(DelegateExecution execution) {
        InquiryId given = Variables.businessKey(execution, InquiryId::new);
        if (given != null) {
            return given;
        }
        InquiryId generated = InquiryId.generate();
        execution.setProcessBusinessKey(generated.value());
        return generated;
    }

    /**
     * From the API the municipality is a variable; from Tasklist it is the staff member's own, which
     * {@link no.samspill.workflows.engine.MunicipalityTenants} made the instance's tenant.
     */
    private static MunicipalityCode municipalityOf(DelegateExecution execution) {
        if (Variables.optional(execution, InquiryVariables.MUNICIPALITY) != null) {
            return Variables.required(execution, InquiryVariables.MUNICIPALITY, MunicipalityCode::new);
        }
        if (execution.getTenantId() == null) {
            throw new RefusedInput(InquiryVariables.MUNICIPALITY,
                    "is required: the staff member must belong to exactly one municipality");
        }
        return new MunicipalityCode(execution.getTenantId());
    }
}
