package no.samspill.core.network;

import java.time.LocalDate;
import no.samspill.core.shared.StaffId;
import org.axonframework.serialization.Revision;

/** What happened to a library's contact with an outside partner. */
public final class PartnerContactEvents {

    private PartnerContactEvents() {
    }

    @Revision("1")
    public record ContactOpened(PartnerContactId contactId, String partner, StaffId holder, String topic,
                                LocalDate openedOn) {
    }

    @Revision("1")
    public record ContactHandedOver(PartnerContactId contactId, StaffId from, StaffId to, LocalDate handedOverOn) {
    }

    @Revision("1")
    public record ContactUsed(PartnerContactId contactId, StaffId by, LocalDate usedOn) {
    }

    @Revision("1")
    public record ContactReleased(PartnerContactId contactId, StaffId by, LocalDate releasedOn) {
    }
}
