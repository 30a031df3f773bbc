package no.samspill.core.partnership;

import static no.samspill.core.shared.Rules.require;
import static no.samspill.core.shared.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.core.partnership.PartnershipCommands.AgreePartnership;
import no.samspill.core.partnership.PartnershipCommands.ChangeRelation;
import no.samspill.core.partnership.PartnershipCommands.EndPartnership;
import no.samspill.core.partnership.PartnershipCommands.EvaluatePartnership;
import no.samspill.core.partnership.PartnershipCommands.FallBack;
import no.samspill.core.partnership.PartnershipCommands.ProposePartnership;
import no.samspill.core.partnership.PartnershipCommands.RenewPartnership;
import no.samspill.core.partnership.PartnershipCommands.ScreenPartnership;
import no.samspill.core.partnership.PartnershipEvents.PartnershipAgreed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipEnded;
import no.samspill.core.partnership.PartnershipEvents.PartnershipEvaluated;
import no.samspill.core.partnership.PartnershipEvents.PartnershipFellBack;
import no.samspill.core.partnership.PartnershipEvents.PartnershipProposed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipRenewed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipScreenedIn;
import no.samspill.core.partnership.PartnershipEvents.PartnershipScreenedOut;
import no.samspill.core.partnership.PartnershipEvents.RelationChanged;
import no.samspill.core.shared.Coded;
import no.samspill.core.shared.ActingMunicipality;
import no.samspill.core.shared.MunicipalityCode;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A library's partnership with an outside partner (Byg partnerskaber!): proposed, screened against a fixed list of
 * questions, agreed in writing, evaluated at a set interval, renewed or ended. The relation may move between
 * network, collaboration and partnership while it lasts, both ways: an agreed partnership may fall back to a
 * collaboration or a network relation, and an ended one stays in the library's network as a network relation.
 */
public class Partnership {

    /** An evaluation held this long after its due date still counts as on time. */
    public static final Period EVALUATION_GRACE = Period.ofDays(30);
    static final Period SHORTEST_INTERVAL = Period.ofMonths(1);
    static final Period LONGEST_INTERVAL = Period.ofYears(3);

    @AggregateIdentifier
    private PartnershipId partnershipId;
    private MunicipalityCode library;
    private PartnershipStage stage;
    private RelationKind relation;
    private Period evaluationInterval;
    private LocalDate evaluationDue;
    /** A fixed activity's last day; none for an open framework or an agreement from before kinds. */
    private LocalDate endsOn;
    /** Whether the partnership has been evaluated since its last agreement or renewal, and what was found. */
    private Boolean lastEvaluationServesStrategy;

    /** Required by Axon to rebuild the aggregate from its events. */
    protected Partnership() {
    }

    /** A process step's command acts for its instance's municipality: another municipality's partnership refuses it. */
    @CommandHandlerInterceptor
    void onlyForItsOwnMunicipality(@MetaDataValue(ActingMunicipality.METADATA_KEY) String actingFor) {
        ActingMunicipality.requireOwnedBy(library, actingFor, "partnership", "partnership");
    }

    @CommandHandler
    public Partnership(ProposePartnership command) {
        requireText(command.partner(), "partner", 200);
        requireText(command.purpose(), "purpose", 2000);
        require(command.library() != null, "library", "is required");
        require(command.sector() != null, "sector", "is required; allowed: " + codes(PartnerSector.values()));
        require(command.proposedBy() != null, "proposedBy", "is required");
        require(command.proposedOn() != null, "proposedOn", "is required");
        RelationKind relation = command.relation() == null ? RelationKind.COLLABORATION : command.relation();
        apply(new PartnershipProposed(command.partnershipId(), command.library(), command.partner().trim(),
                command.sector(), relation, command.purpose().trim(), command.proposedBy(), command.proposedOn()));
    }

    /** Answers whether the proposal passed the screening, so that its process can take the right path. */
    @CommandHandler
    public boolean handle(ScreenPartnership command) {
        requireStage(PartnershipStage.PROPOSED, "the screening");
        require(command.screenedOn() != null, "screenedOn", "is required");
        List<ScreeningQuestion> questions = command.questionnaire() == null ? List.of() : command.questionnaire();
        List<ScreeningAnswer> answers = command.answers() == null ? List.of() : command.answers();
        Map<String, ScreeningQuestion> byCode = questions.stream()
                .collect(Collectors.toMap(ScreeningQuestion::code, Function.identity()));
        Set<String> answered = new HashSet<>();
        for (ScreeningAnswer answer : answers) {
            require(byCode.containsKey(answer.question()), "answers", "'" + answer.question()
                    + "' is not a screening question; the questions are " + String.join(", ", byCode.keySet()));
            require(answered.add(answer.question()), "answers", "'" + answer.question() + "' is answered twice");
        }
        List<String> unanswered = questions.stream().map(ScreeningQuestion::code)
                .filter(code -> !answered.contains(code)).toList();
        require(unanswered.isEmpty(), "answers", "every question needs an answer; missing: "
                + String.join(", ", unanswered));

        List<String> failed = answers.stream()
                .filter(answer -> !answer.yes() && byCode.get(answer.question()).required())
                .map(ScreeningAnswer::question).toList();
        if (failed.isEmpty()) {
            apply(new PartnershipScreenedIn(partnershipId, List.copyOf(answers), command.screenedOn()));
            return true;
        } else {
            String reason = "answered no to " + failed.stream().map(code -> byCode.get(code).text())
                    .collect(Collectors.joining("; "));
            apply(new PartnershipScreenedOut(partnershipId, List.copyOf(answers), failed, reason, command.screenedOn()));
            return false;
        }
    }

    /**
     * Answers the first evaluation's due date, for the process's timer: after the interval, or on a fixed activity's
     * last day if that comes first.
     */
    @CommandHandler
    public LocalDate handle(AgreePartnership command) {
        requireStage(PartnershipStage.SCREENED_IN, "the agreement");
        AgreementKind kind = command.kind();
        require(kind != null, "kind", "is required; allowed: " + codes(AgreementKind.values()));
        requireText(command.expectations(), "expectations", 4000);
        requireText(command.roles(), "roles", 4000);
        requireText(command.results(), "results", 4000);
        require(command.agreedOn() != null, "agreedOn", "is required");
        Period interval = command.evaluationInterval();
        require(interval != null, "evaluationInterval", "is required");
        require(!command.agreedOn().plus(interval).isBefore(command.agreedOn().plus(SHORTEST_INTERVAL))
                        && !command.agreedOn().plus(interval).isAfter(command.agreedOn().plus(LONGEST_INTERVAL)),
                "evaluationInterval", "must be between one month and three years");
        if (kind == AgreementKind.FIXED_ACTIVITY) {
            require(command.endsOn() != null, "endsOn", "is required for a fixed activity: the day it ends");
            require(command.endsOn().isAfter(command.agreedOn()), "endsOn", "must come after the agreement");
        } else {
            require(command.endsOn() == null, "endsOn", "is only for a fixed activity; "
                    + (kind == AgreementKind.OPEN_FRAMEWORK ? "an open framework has no end date"
                    : "a " + kind.code() + "'s activities are in its conditions"));
        }
        if (kind.isFunding()) {
            requireText(command.conditions(), "conditions", 4000);
        } else if (command.conditions() != null) {
            requireText(command.conditions(), "conditions", 4000);
        }
        if (relation != kind.relation()) {
            apply(new RelationChanged(partnershipId, relation, kind.relation(), command.agreedOn()));
        }
        LocalDate firstEvaluationDue = command.agreedOn().plus(interval);
        if (command.endsOn() != null && command.endsOn().isBefore(firstEvaluationDue)) {
            firstEvaluationDue = command.endsOn();
        }
        apply(new PartnershipAgreed(partnershipId, command.expectations().trim(), command.roles().trim(),
                command.results().trim(), interval, command.agreedOn(), firstEvaluationDue, kind, command.endsOn(),
                command.conditions() == null ? null : command.conditions().trim()));
        return firstEvaluationDue;
    }

    @CommandHandler
    public void handle(EvaluatePartnership command) {
        requireStage(PartnershipStage.ACTIVE, "an evaluation");
        require(command.evaluatedOn() != null, "evaluatedOn", "is required");
        requireText(command.summary(), "summary", 4000);
        boolean onTime = !command.evaluatedOn().isAfter(evaluationDue.plus(EVALUATION_GRACE));
        apply(new PartnershipEvaluated(partnershipId, command.evaluatedOn(), evaluationDue, onTime,
                command.servesStrategy(), command.summary().trim()));
    }

    /** Answers the next evaluation's due date, for the process's timer. */
    @CommandHandler
    public LocalDate handle(RenewPartnership command) {
        requireStage(PartnershipStage.ACTIVE, "a renewal");
        require(command.renewedOn() != null, "renewedOn", "is required");
        require(lastEvaluationServesStrategy != null, "partnership",
                "is renewed after an evaluation; evaluate it first");
        require(lastEvaluationServesStrategy, "partnership",
                "its last evaluation found it no longer serves the strategy; end it instead");
        require(endsOn == null || !command.renewedOn().isAfter(endsOn), "partnership", "its fixed activity ended on "
                + endsOn + "; end it, or let it fall back, and agree anew for a new activity");
        LocalDate nextEvaluationDue = command.renewedOn().plus(evaluationInterval);
        if (endsOn != null && endsOn.isBefore(nextEvaluationDue)) {
            nextEvaluationDue = endsOn;
        }
        apply(new PartnershipRenewed(partnershipId, command.renewedOn(), nextEvaluationDue));
        return nextEvaluationDue;
    }

    @CommandHandler
    public void handle(EndPartnership command) {
        require(stage != PartnershipStage.ENDED, "partnership", "has already ended");
        require(stage != PartnershipStage.SCREENED_OUT, "partnership", "was stopped at the screening");
        require(command.reason() != null, "reason", "is required; allowed: " + codes(EndReason.values()));
        require(command.endedOn() != null, "endedOn", "is required");
        if (command.explanation() != null) {
            requireText(command.explanation(), "explanation", 2000);
        }
        if (relation != RelationKind.NETWORK) {
            // the partner stays a contact in the library's network
            apply(new RelationChanged(partnershipId, relation, RelationKind.NETWORK, command.endedOn()));
        }
        apply(new PartnershipEnded(partnershipId, command.reason(),
                command.explanation() == null ? null : command.explanation().trim(), command.endedOn()));
    }

    @CommandHandler
    public void handle(ChangeRelation command) {
        require(stage != PartnershipStage.ENDED && stage != PartnershipStage.SCREENED_OUT, "partnership",
                "has ended; its relation no longer moves");
        require(command.relation() != null, "relation", "is required; allowed: " + codes(RelationKind.values()));
        require(command.changedOn() != null, "changedOn", "is required");
        require(command.relation() != relation, "relation", "is already " + relation.code());
        require(!command.relation().byAgreementOnly(), "relation",
                "becomes a " + command.relation().code() + " by a written agreement");
        require(stage != PartnershipStage.ACTIVE, "relation",
                "an agreed " + relation.code() + " falls back to " + command.relation().code() + " with a reason");
        apply(new RelationChanged(partnershipId, relation, command.relation(), command.changedOn()));
    }

    @CommandHandler
    public void handle(FallBack command) {
        requireStage(PartnershipStage.ACTIVE, "falling back");
        require(command.relation() != null && !command.relation().byAgreementOnly(),
                "relation", "falls back to collaboration or network");
        requireText(command.reason(), "reason", 2000);
        require(command.fellBackOn() != null, "fellBackOn", "is required");
        apply(new PartnershipFellBack(partnershipId, relation, command.relation(), command.reason().trim(),
                command.fellBackOn()));
    }

    @EventSourcingHandler
    void on(PartnershipProposed event) {
        partnershipId = event.partnershipId();
        library = event.library();
        stage = PartnershipStage.PROPOSED;
        relation = event.relation();
    }

    @EventSourcingHandler
    void on(PartnershipScreenedIn event) {
        stage = PartnershipStage.SCREENED_IN;
    }

    @EventSourcingHandler
    void on(PartnershipScreenedOut event) {
        stage = PartnershipStage.SCREENED_OUT;
    }

    @EventSourcingHandler
    void on(PartnershipAgreed event) {
        stage = PartnershipStage.ACTIVE;
        evaluationInterval = event.evaluationInterval();
        evaluationDue = event.firstEvaluationDue();
        endsOn = event.endsOn();
        lastEvaluationServesStrategy = null;
    }

    @EventSourcingHandler
    void on(PartnershipEvaluated event) {
        lastEvaluationServesStrategy = event.servesStrategy();
    }

    @EventSourcingHandler
    void on(PartnershipRenewed event) {
        evaluationDue = event.nextEvaluationDue();
        lastEvaluationServesStrategy = null;
    }

    @EventSourcingHandler
    void on(PartnershipEnded event) {
        stage = PartnershipStage.ENDED;
    }

    @EventSourcingHandler
    void on(PartnershipFellBack event) {
        stage = PartnershipStage.FELL_BACK;
        relation = event.to();
        evaluationDue = null;
    }

    @EventSourcingHandler
    void on(RelationChanged event) {
        relation = event.to();
    }

    private void requireStage(PartnershipStage expected, String step) {
        require(stage == expected, "partnership", step + " needs a partnership that is " + expected.code()
                + "; this one is " + stage.code());
    }


    private static String codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).collect(Collectors.joining(", "));
    }
}
