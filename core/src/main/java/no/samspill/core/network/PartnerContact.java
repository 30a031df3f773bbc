package no.samspill.core.network;

import static no.samspill.core.shared.Rules.require;
import static no.samspill.core.shared.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import no.samspill.core.network.PartnerContactCommands.HandOverContact;
import no.samspill.core.network.PartnerContactCommands.OpenContact;
import no.samspill.core.network.PartnerContactCommands.RecordContactUse;
import no.samspill.core.network.PartnerContactCommands.ReleaseContact;
import no.samspill.core.network.PartnerContactEvents.ContactHandedOver;
import no.samspill.core.network.PartnerContactEvents.ContactOpened;
import no.samspill.core.network.PartnerContactEvents.ContactReleased;
import no.samspill.core.network.PartnerContactEvents.ContactUsed;
import no.samspill.core.shared.RuleViolation;
import no.samspill.core.shared.StaffId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * Who in the library holds the contact with one outside partner (the network overview of Byg partnerskaber!), so
 * that two staff members don't approach the same partner: a second one is refused and told who holds it, until the
 * holder hands it over or lets it go.
 */
public class PartnerContact {

    @AggregateIdentifier
    private PartnerContactId contactId;
    private StaffId holder;
    private LocalDate heldSince;

    /** Required by Axon, also to create the contact on its first opening. */
    protected PartnerContact() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenContact command) {
        requireText(command.partner(), "partner", 200);
        require(command.holder() != null, "holder", "is required");
        requireText(command.topic(), "topic", 500);
        require(command.openedOn() != null, "openedOn", "is required");
        if (holder != null) {
            throw new RuleViolation("partner", holder.equals(command.holder())
                    ? "you already hold the contact with this partner"
                    : "the contact with " + command.partner().trim() + " is held by " + holder.value() + " since "
                    + heldSince + "; ask " + holder.value() + " to hand it over");
        }
        apply(new ContactOpened(command.contactId(), command.partner().trim(), command.holder(),
                command.topic().trim(), command.openedOn()));
    }

    @CommandHandler
    public void handle(HandOverContact command) {
        require(holder != null, "partner", "nobody holds the contact with this partner; open it instead");
        require(holder.equals(command.from()), "from", "only the holder, " + holder.value() + ", hands it over");
        require(command.to() != null && !command.to().equals(holder), "to", "must be a colleague other than the holder");
        require(command.handedOverOn() != null, "handedOverOn", "is required");
        apply(new ContactHandedOver(contactId, holder, command.to(), command.handedOverOn()));
    }

    @CommandHandler
    public void handle(RecordContactUse command) {
        require(holder != null, "partner", "nobody holds the contact with this partner");
        require(holder.equals(command.by()), "by", "only the holder, " + holder.value() + ", tends it");
        require(command.usedOn() != null, "usedOn", "is required");
        apply(new ContactUsed(contactId, holder, command.usedOn()));
    }

    @CommandHandler
    public void handle(ReleaseContact command) {
        require(holder != null, "partner", "nobody holds the contact with this partner");
        require(holder.equals(command.by()), "by", "only the holder, " + holder.value() + ", lets it go");
        require(command.releasedOn() != null, "releasedOn", "is required");
        apply(new ContactReleased(contactId, holder, command.releasedOn()));
    }

    @EventSourcingHandler
    void on(ContactOpened event) {
        contactId = event.contactId();
        holder = event.holder();
        heldSince = event.openedOn();
    }

    @EventSourcingHandler
    void on(ContactHandedOver event) {
        holder = event.to();
        heldSince = event.handedOverOn();
    }

    @EventSourcingHandler
    void on(ContactReleased event) {
        holder = null;
        heldSince = null;
    }
}
