package no.samspill.workflows.inquiry;

import no.samspill.core.shared.Coded;
import java.util.Map;
import no.samspill.core.inquiry.Holder;
import no.samspill.core.inquiry.InquiryCommands.AbandonInquiry;
import no.samspill.core.inquiry.InquiryCommands.WithdrawInquiry;
import no.samspill.core.inquiry.WithdrawalReason;
import no.samspill.core.inquiry.InquiryCommands.HandOverInquiry;
import no.samspill.core.inquiry.InquiryCommands.RecordSatisfaction;
import no.samspill.core.inquiry.InquiryCommands.ReferInquiry;
import no.samspill.core.inquiry.InquiryCommands.ResolveInquiry;
import no.samspill.core.inquiry.InquiryCommands.RouteInquiry;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.inquiry.ReferralReason;
import no.samspill.core.inquiry.Route;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.engine.Actors;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.RefusedInput;
import no.samspill.workflows.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service tasks that record a handled task's outcome on the inquiry: one command each, nothing more. */
public final class InquiryStepDelegates {

    private InquiryStepDelegates() {
    }

    private static InquiryId inquiryOf(DelegateExecution execution) {
        return Variables.businessKey(execution, InquiryId::new);
    }

    private static StaffId existingStaff(DelegateExecution execution, String userId) {
        long known = execution.getProcessEngineServices().getIdentityService()
                .createUserQuery().userId(userId).count();
        if (known == 0) {
            throw new RefusedInput(InquiryVariables.HAND_OVER_TO, "no staff member with user name '" + userId + "'");
        }
        return new StaffId(userId);
    }

    /**
     * "Registrer rutingen": what the routing decision found, on the inquiry, with the competence that serves it first:
     * the needed one where it goes straight to it; a desk's, where one door in has found the desk; else the shared
     * desk's generalists.
     */
    public record RecordRouting(CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            Map<?, ?> routing = (Map<?, ?>) execution.getVariable(InquiryVariables.ROUTING);
            if (routing == null) {
                throw new RefusedInput(InquiryVariables.ROUTING, "the routing decision has not been made");
            }
            Route route = Route.fromCode((String) routing.get(RoutingDecision.ROUTE));
            Object reason = routing.get(RoutingDecision.NOT_HANDLED_LOCALLY_REASON);
            commands.send(new RouteInquiry(inquiryOf(execution), route,
                    Boolean.TRUE.equals(routing.get(RoutingDecision.HANDLED_LOCALLY)), reason == null ? null : reason.toString(),
                    servedWith(execution, route)));
        }

        private static Competence servedWith(DelegateExecution execution, Route route) {
            if (route == Route.REFER_TO_COMPETENCE) {
                return Variables.required(execution, InquiryVariables.NEEDED_COMPETENCE, Competence::new);
            }
            String desk = Variables.optional(execution, InquiryVariables.SERVED_WITH);
            return desk == null ? Competence.GENERALIST : new Competence(desk);
        }
    }

    /** "Henvis til spesialist". */
    public record Refer(CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            commands.send(new ReferInquiry(inquiryOf(execution),
                    Variables.required(execution, InquiryVariables.COMPETENCE, Competence::new),
                    Variables.required(execution, InquiryVariables.REFERRAL_REASON, ReferralReason::fromCode),
                    Actors.handledBy(execution)));
        }
    }

    /** "Registrer henvendelsen som løst", with the citizen's satisfaction (1–5) if the form recorded it. */
    public record Resolve(CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            InquiryId inquiry = inquiryOf(execution);
            Integer satisfaction = satisfactionOf(execution);
            commands.send(new ResolveInquiry(inquiry, Actors.handledBy(execution)));
            if (satisfaction != null) {
                commands.send(new RecordSatisfaction(inquiry, satisfaction));
            }
        }

        /** Checked before anything is recorded, so that a bad score changes nothing. */
        private static Integer satisfactionOf(DelegateExecution execution) {
            Object given = execution.getVariable(InquiryVariables.SATISFACTION);
            if (given == null) {
                return null;
            }
            if (!(given instanceof Number score) || score.intValue() < 1 || score.intValue() > 5
                    || score.doubleValue() != score.intValue()) {
                throw new RefusedInput(InquiryVariables.SATISFACTION, "must be 1 (very dissatisfied) to 5 (very satisfied)");
            }
            return score.intValue();
        }
    }

    /** "Registrer at innbyggeren gikk". */
    public record Abandon(CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            commands.send(new AbandonInquiry(inquiryOf(execution), Actors.handledBy(execution)));
        }
    }

    /** "Registrer at henvendelsen er trukket tilbake": by the case system, for the reason it gave. */
    public record Withdraw(CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            WithdrawalReason reason = Variables.required(execution, InquiryVariables.WITHDRAWAL_REASON,
                    WithdrawalReason::fromCode);
            commands.send(new WithdrawInquiry(inquiryOf(execution), reason, Actors.handledBy(execution)));
        }
    }

    /** "Overlever henvendelsen": to a colleague, whose task it becomes, or to another unit, where the process ends. */
    public record HandOver(CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            HandOverKind kind = Variables.required(execution, InquiryVariables.HAND_OVER_KIND,
                    code -> Coded.fromCode(HandOverKind.class, code));
            String target = Variables.required(execution, InquiryVariables.HAND_OVER_TO);
            Holder to = switch (kind) {
                case STAFF -> Holder.staff(existingStaff(execution, target));
                case UNIT -> Holder.unit(target);
            };
            commands.send(new HandOverInquiry(inquiryOf(execution), to, Actors.handledBy(execution)));
            execution.setVariable(InquiryVariables.HANDED_OVER_TO_STAFF,
                    to.kind() == Holder.Kind.STAFF ? to.id() : null);
        }
    }
}
