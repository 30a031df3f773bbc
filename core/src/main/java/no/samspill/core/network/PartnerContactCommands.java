package no.samspill.core.network;

import java.time.LocalDate;
import no.samspill.core.shared.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What staff ask of the library's network of external contacts. */
public final class PartnerContactCommands {

    private PartnerContactCommands() {
    }

    /** A staff member takes up contact with a partner; {@code partner} is the name as written. */
    public record OpenContact(@TargetAggregateIdentifier PartnerContactId contactId, String partner, StaffId holder,
                              String topic, LocalDate openedOn) {
    }

    /** The holder hands the contact over to a colleague. */
    public record HandOverContact(@TargetAggregateIdentifier PartnerContactId contactId, StaffId from, StaffId to,
                                  LocalDate handedOverOn) {
    }

    /** The holder has used and tended the contact ("det skal også plejes"): its care starts over. */
    public record RecordContactUse(@TargetAggregateIdentifier PartnerContactId contactId, StaffId by,
                                   LocalDate usedOn) {
    }

    /** The holder lets the contact go; anyone may open it again. */
    public record ReleaseContact(@TargetAggregateIdentifier PartnerContactId contactId, StaffId by,
                                 LocalDate releasedOn) {
    }
}
