package no.samspill.workflows.partnership;

import static no.samspill.workflows.engine.EngineClock.today;
import static no.samspill.workflows.partnership.PartnershipVariables.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.partnership.AgreementKind;
import no.samspill.core.partnership.EndReason;
import no.samspill.core.partnership.PartnerSector;
import no.samspill.core.partnership.Partnership;
import no.samspill.core.partnership.PartnershipCommands.AgreePartnership;
import no.samspill.core.partnership.PartnershipCommands.EndPartnership;
import no.samspill.core.partnership.PartnershipCommands.EvaluatePartnership;
import no.samspill.core.partnership.PartnershipCommands.FallBack;
import no.samspill.core.partnership.PartnershipCommands.ProposePartnership;
import no.samspill.core.partnership.PartnershipCommands.RenewPartnership;
import no.samspill.core.partnership.PartnershipCommands.ScreenPartnership;
import no.samspill.core.partnership.PartnershipId;
import no.samspill.core.partnership.RelationKind;
import no.samspill.core.partnership.ScreeningAnswer;
import no.samspill.core.partnership.ScreeningQuestion;
import no.samspill.core.shared.Coded;
import no.samspill.core.shared.MunicipalTime;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.engine.Actors;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.EngineClock;
import no.samspill.workflows.engine.RefusedInput;
import no.samspill.workflows.engine.TaskCards;
import no.samspill.workflows.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The partnership process's steps, by the names its BPMN uses: one named step each (a record), as in every process's
 * steps. Each user task's form becomes its command as the task ends (so that a refusal answers 400 and the task stays open); the aggregate answers the dates the timer waits for.
 * "Today" is the engine's clock, so that process tests can move it past an evaluation date.
 */
public final class PartnershipSteps {

    private PartnershipSteps() {
    }

    public static Map<String, Object> byName(ScreeningQuestionnaires questionnaires, CommandSender commands) {
        return Map.ofEntries(
                Map.entry("partnershipTaskCard", TaskCards.showing(Map.of(
                        TaskCards.PARTNER_NAME, execution -> Variables.optional(execution, PARTNER)))),
                Map.entry("proposePartnership", new Propose(commands)),
                Map.entry("screenPartnership", new Screened(questionnaires, commands)),
                Map.entry("agreePartnership", new Agreed(commands)),
                Map.entry("evaluatePartnership", new Evaluated(commands)),
                Map.entry("renewPartnership", new Renew(commands)),
                Map.entry("fallBackPartnership", new FallBackStep(commands)),
                Map.entry("endPartnership", new End(commands)));
    }

    /**
     * "Screene forslaget", as the task ends: the answers to the library's questionnaire decide whether the proposal
     * goes on.
     */
    public record Screened(ScreeningQuestionnaires questionnaires, CommandSender commands)
            implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            ScreeningQuestionnaire questionnaire = questionnaires.of(libraryOf(execution));
            execution.setVariable(PASSED_SCREENING, commands.<Boolean>ask(new ScreenPartnership(
                    partnershipOf(execution), questionnaire.questions(), answers(execution, questionnaire), today())));
        }
    }

    /**
     * "Inngå avtale om partnerskapet", as the task ends: what kind of agreement it is, and the first evaluation is
     * scheduled.
     */
    public record Agreed(CommandSender commands) implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            scheduleEvaluation(execution, commands.ask(new AgreePartnership(partnershipOf(execution),
                    Variables.required(execution, AGREEMENT_KIND, AgreementKind::fromCode),
                    Variables.optionalDay(execution, ENDS_ON), Variables.optional(execution, CONDITIONS),
                    Variables.required(execution, EXPECTATIONS), Variables.required(execution, ROLES),
                    Variables.required(execution, RESULTS), interval(execution), today())));
        }
    }

    /** "Evaluere partnerskapet", as the task ends: renew or end, and why it ends. */
    public record Evaluated(CommandSender commands) implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            Continuation continuation = Variables.required(execution, CONTINUATION,
                    code -> Coded.fromCode(Continuation.class, code));
            if (continuation == Continuation.END) {
                Variables.required(execution, END_REASON, EndReason::fromCode);
            }
            commands.send(new EvaluatePartnership(partnershipOf(execution), today(),
                    yes(execution, SERVES_STRATEGY), Variables.required(execution, SUMMARY)));
        }
    }

    /**
     * "Føre relasjonen tilbake …": the agreement no longer holds and the relation goes on as the continuation names
     * (collaboration or network); the reason is the one asked with it, or else the evaluation's summary.
     */
    public record FallBackStep(CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            RelationKind relation = Variables.required(execution, CONTINUATION, RelationKind::fromCode);
            String reason = Optional.ofNullable(Variables.optional(execution, FALL_BACK_REASON))
                    .orElseGet(() -> Variables.required(execution, SUMMARY));
            commands.send(new FallBack(partnershipOf(execution), relation, reason, today()));
        }
    }

    /** "Fornye partnerskapet": the next evaluation is scheduled. */
    public record Renew(CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            scheduleEvaluation(execution, commands.ask(new RenewPartnership(partnershipOf(execution), today())));
        }
    }

    /** "Avslutte partnerskapet". */
    public record End(CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            commands.send(new EndPartnership(partnershipOf(execution),
                    Variables.required(execution, END_REASON, EndReason::fromCode),
                    Variables.optional(execution, END_EXPLANATION), today()));
        }
    }

    /**
     * "Registrere forslaget": proposes the partnership for the library of the instance's municipality (the staff
     * member's own when started in Tasklist), proposed by the staff member who started it, or the one a case
     * system names through the API.
     */
    public record Propose(CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            MunicipalityCode library = Optional.ofNullable(Variables.optional(execution, MUNICIPALITY))
                    .or(() -> Optional.ofNullable(execution.getTenantId())).map(MunicipalityCode::new)
                    .orElseThrow(() -> new RefusedInput(MUNICIPALITY,
                            "is required: the staff member must belong to exactly one municipality"));
            StaffId proposedBy = Actors.authenticatedUser()
                    .or(() -> Optional.ofNullable(Variables.optional(execution, PROPOSED_BY)).map(StaffId::new))
                    .orElseThrow(() -> new RefusedInput(PROPOSED_BY, "is required"));
            PartnershipId given = Variables.businessKey(execution, PartnershipId::new);
            PartnershipId partnership = given == null ? PartnershipId.generate() : given;
            execution.setProcessBusinessKey(partnership.value());
            String relation = Variables.optional(execution, RELATION);
            commands.send(new ProposePartnership(partnership, library, Variables.required(execution, PARTNER),
                    Variables.required(execution, SECTOR, PartnerSector::fromCode),
                    relation == null ? null : Variables.required(execution, RELATION, RelationKind::fromCode),
                    Variables.required(execution, PURPOSE), proposedBy, today()));
            execution.setVariable(MUNICIPALITY, library.value());
            execution.setVariable(PROPOSED_BY, proposedBy.value());
            execution.setVariable(PARTNERSHIP_GROUP, partnershipGroupOf(library));
        }
    }

    /** The staff group that works a library's partnerships: its partnership coordinators. */
    public static String partnershipGroupOf(MunicipalityCode library) {
        return library.value() + ".partnerships";
    }

    private static List<ScreeningAnswer> answers(VariableScope scope, ScreeningQuestionnaire questionnaire) {
        List<ScreeningAnswer> answers = new ArrayList<>();
        for (ScreeningQuestion question : questionnaire.questions()) {
            String field = ScreeningQuestionnaire.fieldOf(question.code());
            if (!scope.hasVariable(field)) {
                throw new RefusedInput(field, "needs an answer (yes or no): " + question.text());
            }
            answers.add(new ScreeningAnswer(question.code(), yes(scope, field)));
        }
        return answers;
    }

    private static boolean yes(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean answer) {
            return answer;
        }
        if (value != null && (value.toString().equals("true") || value.toString().equals("false"))) {
            return Boolean.parseBoolean(value.toString());
        }
        throw new RefusedInput(name, "must be true or false");
    }

    private static Period interval(VariableScope scope) {
        return Period.ofMonths(Variables.required(scope, EVALUATION_INTERVAL_MONTHS, months -> {
            try {
                return Integer.parseInt(months);
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("must be a whole number of months");
            }
        }));
    }

    /** The timer fires at the start of the due day; the task is late after the grace period. */
    private static void scheduleEvaluation(DelegateExecution execution, LocalDate due) {
        execution.setVariable(EVALUATION_DUE_AT, Date.from(due.atStartOfDay(MunicipalTime.ZONE).toInstant()));
        execution.setVariable(EVALUATION_LATE_AT, EngineClock.endOf(due.plus(Partnership.EVALUATION_GRACE)));
    }

    private static MunicipalityCode libraryOf(DelegateExecution execution) {
        return execution.getTenantId() == null ? null : new MunicipalityCode(execution.getTenantId());
    }

    private static PartnershipId partnershipOf(DelegateExecution execution) {
        return Variables.businessKey(execution, PartnershipId::new);
    }


}
