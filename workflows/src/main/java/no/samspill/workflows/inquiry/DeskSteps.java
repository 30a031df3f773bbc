package no.samspill.workflows.inquiry;

import no.samspill.core.inquiry.InquiryCommands.ReferInquiry;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.inquiry.ReferralReason;
import no.samspill.core.servicepoint.Desk;
import no.samspill.core.servicepoint.StaffGroups;
import no.samspill.core.shared.ServiceCode;
import no.samspill.workflows.engine.Actors;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.RefusedInput;
import no.samspill.workflows.engine.Variables;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * One door in: no common desk. The inquiry is served at a desk of the house; staff who get an inquiry for another
 * service send the citizen to the right resource person at that service's desk, a referral between desks.
 */
public final class DeskSteps {

    private DeskSteps() {
    }

    /** "Finn skranken": the desk the citizen came to, else the desk of the competence the service needs. */
    public record FindArrivalDesk(ServicePointDirectory servicePoints) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            ServicePointSummary servicePoint = ServicePointOfInquiry.in(servicePoints, execution);
            String requested = Variables.optional(execution, InquiryVariables.DESK);
            Desk desk;
            if (requested != null) {
                desk = servicePoint.desk(requested).orElseThrow(() -> new RefusedInput(InquiryVariables.DESK,
                        "service point '" + servicePoint.id().code() + "' has no desk '" + requested + "'"));
            } else {
                ServiceCode service = Variables.required(execution, InquiryVariables.SERVICE, ServiceCode::fromCode);
                desk = servicePoint.desks().stream()
                        .filter(candidate -> candidate.competence().equals(servicePoint.competenceFor(service)))
                        .findFirst()
                        .or(() -> servicePoint.desks().stream().findFirst())
                        .orElseThrow(() -> new RefusedInput(InquiryVariables.SERVICE_POINT,
                                "service point '" + servicePoint.id().code() + "' has no desks"));
            }
            moveTo(execution, servicePoint, desk);
        }
    }

    /** "Send innbyggeren til rett ressursperson": a referral to another desk of the house. */
    public record SendToDesk(ServicePointDirectory servicePoints, CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            ServicePointSummary servicePoint = ServicePointOfInquiry.in(servicePoints, execution);
            String target = Variables.required(execution, InquiryVariables.SEND_TO_DESK);
            Desk desk = servicePoint.desk(target).orElseThrow(() -> new RefusedInput(InquiryVariables.SEND_TO_DESK,
                    "service point '" + servicePoint.id().code() + "' has no desk '" + target + "'"));
            if (target.equals(Variables.optional(execution, InquiryVariables.CURRENT_DESK))) {
                throw new RefusedInput(InquiryVariables.SEND_TO_DESK, "the citizen is already at desk '" + target + "'");
            }
            commands.send(new ReferInquiry(Variables.businessKey(execution, InquiryId::new), desk.competence(),
                    ReferralReason.SENT_TO_RESOURCE_PERSON, Actors.handledBy(execution)));
            moveTo(execution, servicePoint, desk);
        }
    }

    private static void moveTo(DelegateExecution execution, ServicePointSummary servicePoint, Desk desk) {
        execution.setVariable(InquiryVariables.CURRENT_DESK, desk.code());
        execution.setVariable(InquiryVariables.DESK_GROUP, StaffGroups.desk(servicePoint.id(), desk.code()));
        execution.setVariable(InquiryVariables.SERVED_WITH, desk.competence().code());
    }
}
