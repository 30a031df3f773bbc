package no.samspill.core.inquiry;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Objects;
import no.samspill.core.inquiry.InquiryCommands.AbandonInquiry;
import no.samspill.core.inquiry.InquiryCommands.HandOverInquiry;
import no.samspill.core.inquiry.InquiryCommands.RecordSatisfaction;
import no.samspill.core.inquiry.InquiryCommands.ReferInquiry;
import no.samspill.core.inquiry.InquiryCommands.RegisterInquiry;
import no.samspill.core.inquiry.InquiryCommands.ResolveInquiry;
import no.samspill.core.inquiry.InquiryCommands.RouteInquiry;
import no.samspill.core.inquiry.InquiryCommands.TakeInquiry;
import no.samspill.core.inquiry.InquiryCommands.WithdrawInquiry;
import no.samspill.core.inquiry.InquiryEvents.CitizenSatisfactionRecorded;
import no.samspill.core.inquiry.InquiryEvents.InquiryAbandoned;
import no.samspill.core.inquiry.InquiryEvents.InquiryHandedOver;
import no.samspill.core.inquiry.InquiryEvents.InquiryReferred;
import no.samspill.core.inquiry.InquiryEvents.InquiryRegistered;
import no.samspill.core.inquiry.InquiryEvents.InquiryResolved;
import no.samspill.core.inquiry.InquiryEvents.InquiryRouted;
import no.samspill.core.inquiry.InquiryEvents.InquiryTaken;
import no.samspill.core.inquiry.InquiryEvents.InquiryWithdrawn;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.RuleViolation;
import no.samspill.core.shared.ActingMunicipality;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import no.samspill.core.shared.MunicipalityCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One citizen's inquiry, from registration to its end. Command handlers check the rules and apply events; state
 * changes only in the event sourcing handlers.
 */
public class Inquiry {

    @AggregateIdentifier
    private InquiryId inquiryId;
    private MunicipalityCode municipality;
    private InquiryStatus status;
    private boolean satisfactionRecorded;
    private Holder holder;
    private Competence competence;
    private boolean passedOn;
    private boolean routed;

    /** Required by Axon to rebuild the aggregate from its events. */
    protected Inquiry() {
    }

    /** A process step's command acts for its instance's municipality: another municipality's inquiry refuses it. */
    @CommandHandlerInterceptor
    void onlyForItsOwnMunicipality(@MetaDataValue(ActingMunicipality.METADATA_KEY) String actingFor) {
        ActingMunicipality.requireOwnedBy(municipality, actingFor, "inquiry", "inquiry");
    }

    @CommandHandler
    public Inquiry(RegisterInquiry command) {
        requireText(command.servicePoint(), "servicePoint");
        Objects.requireNonNull(command.municipality(), "municipality is required");
        Objects.requireNonNull(command.model(), "model is required");
        Objects.requireNonNull(command.channel(), "channel is required");
        Objects.requireNonNull(command.service(), "service is required");
        apply(new InquiryRegistered(command.inquiryId(), command.municipality(), command.servicePoint(),
                command.model(), command.channel(), command.service(), command.externalReference(),
                command.citizen()));
    }

    @CommandHandler
    public void handle(RouteInquiry command) {
        requireOpen();
        if (routed) {
            throw new RuleViolation("route", "the inquiry is already routed");
        }
        Objects.requireNonNull(command.route(), "route is required");
        Objects.requireNonNull(command.servedWith(), "the competence it is served with is required");
        boolean reasonGiven = command.notHandledLocallyReason() != null && !command.notHandledLocallyReason().isBlank();
        if (command.handledLocally() == reasonGiven) {
            throw new RuleViolation("notHandledLocallyReason", command.handledLocally()
                    ? "is only given for an inquiry not handled locally" : "is required for an inquiry not handled locally");
        }
        apply(new InquiryRouted(inquiryId, command.route(), command.handledLocally(),
                command.notHandledLocallyReason(), command.servedWith()));
    }

    @CommandHandler
    public void handle(TakeInquiry command) {
        requireOpen();
        Holder taker = Holder.staff(command.staff());
        if (taker.equals(holder)) {
            return; // taking what one already holds changes nothing
        }
        apply(new InquiryTaken(inquiryId, command.staff()));
    }

    @CommandHandler
    public void handle(ReferInquiry command) {
        requireOpen();
        if (command.to().equals(competence)) {
            throw new RuleViolation("competence",
                    "the inquiry is already with competence '" + competence + "'; refer it to another one");
        }
        apply(new InquiryReferred(inquiryId, competence, command.to(), command.reason(), command.referredBy()));
    }

    @CommandHandler
    public void handle(HandOverInquiry command) {
        requireOpen();
        if (command.to().equals(holder)) {
            throw new RuleViolation("handOverTo", "the inquiry is already held by " + holder.id());
        }
        apply(new InquiryHandedOver(inquiryId, holder, command.to(), command.handedOverBy()));
    }

    @CommandHandler
    public void handle(ResolveInquiry command) {
        requireOpen();
        apply(new InquiryResolved(inquiryId, command.resolvedBy(), !passedOn));
    }

    @CommandHandler
    public void handle(RecordSatisfaction command) {
        if (status != InquiryStatus.RESOLVED) {
            throw new RuleViolation("satisfaction", "is recorded for a resolved inquiry; this one is " + status.code());
        }
        if (satisfactionRecorded) {
            throw new RuleViolation("satisfaction", "is already recorded for this inquiry");
        }
        if (command.score() < 1 || command.score() > 5) {
            throw new RuleViolation("satisfaction", "must be 1 (very dissatisfied) to 5 (very satisfied)");
        }
        apply(new CitizenSatisfactionRecorded(inquiryId, command.score()));
    }

    @EventSourcingHandler
    void on(CitizenSatisfactionRecorded event) {
        satisfactionRecorded = true;
    }

    @CommandHandler
    public void handle(AbandonInquiry command) {
        requireOpen();
        apply(new InquiryAbandoned(inquiryId, command.recordedBy()));
    }

    @CommandHandler
    public void handle(WithdrawInquiry command) {
        requireOpen();
        if (command.reason() == null) {
            throw new RuleViolation("reason", "is required");
        }
        apply(new InquiryWithdrawn(inquiryId, command.reason(), command.withdrawnBy()));
    }

    @EventSourcingHandler
    void on(InquiryRegistered event) {
        inquiryId = event.inquiryId();
        municipality = event.municipality();
        status = InquiryStatus.after(event);
        competence = Competence.GENERALIST;
    }

    @EventSourcingHandler
    void on(InquiryRouted event) {
        routed = true;
        competence = event.servedWith();
        // The other location, the case system or another place serves the citizen: not their first contact
        passedOn = passedOn || event.route().passesOn();
    }

    @EventSourcingHandler
    void on(InquiryTaken event) {
        status = InquiryStatus.after(event);
        holder = Holder.staff(event.staff());
    }

    @EventSourcingHandler
    void on(InquiryReferred event) {
        status = InquiryStatus.after(event);
        competence = event.toCompetence();
        holder = null;
        passedOn = true;
    }

    @EventSourcingHandler
    void on(InquiryHandedOver event) {
        status = InquiryStatus.after(event);
        holder = event.to();
        passedOn = true;
    }

    @EventSourcingHandler
    void on(InquiryResolved event) {
        status = InquiryStatus.after(event);
    }

    @EventSourcingHandler
    void on(InquiryAbandoned event) {
        status = InquiryStatus.after(event);
    }

    @EventSourcingHandler
    void on(InquiryWithdrawn event) {
        status = InquiryStatus.after(event);
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw new RuleViolation("inquiry", "the inquiry is already " + status.code());
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "is required");
        }
    }
}
