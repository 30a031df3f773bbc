package no.samspill.workflows.inquiry;

import no.samspill.core.servicepoint.StaffGroups;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.ServiceCode;
import no.samspill.workflows.engine.RefusedInput;
import no.samspill.workflows.engine.Variables;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Hybrid collaboration: same management, separate locations. The shared areas are served by the joint team of both
 * locations; a service only offered at the other location is referred there (recorded by the routing as not handled
 * locally here) and served by that location's staff.
 */
public final class HybridSteps {

    /** The candidate group of the task "Betjen innbyggeren". */
    static final String SERVING_GROUP = "servingGroup";

    private HybridSteps() {
    }

    /** "Velg felles team eller stedets ansatte". */
    public record ChooseTeam(ServicePointDirectory servicePoints) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            ServicePointSummary servicePoint = ServicePointOfInquiry.in(servicePoints, execution);
            ServiceCode service = Variables.required(execution, InquiryVariables.SERVICE, ServiceCode::fromCode);
            execution.setVariable(SERVING_GROUP, Competence.SHARED.equals(servicePoint.competenceFor(service))
                    ? StaffGroups.jointTeam(servicePoint.id().municipality())
                    : StaffGroups.generalists(servicePoint.id()));
        }
    }

    /** "Henvis til det andre stedet". */
    public record ReferToOtherLocation(ServicePointDirectory servicePoints) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            ServicePointSummary servicePoint = ServicePointOfInquiry.in(servicePoints, execution);
            ServiceCode service = Variables.required(execution, InquiryVariables.SERVICE, ServiceCode::fromCode);
            ServicePointSummary otherLocation = servicePoints.offeringElsewhere(servicePoint.id(), service)
                    .orElseThrow(() -> new RefusedInput(InquiryVariables.SERVICE,
                            "no other location of the municipality offers '" + service.code() + "'"));
            execution.setVariable(SERVING_GROUP, StaffGroups.generalists(otherLocation.id()));
        }
    }
}
