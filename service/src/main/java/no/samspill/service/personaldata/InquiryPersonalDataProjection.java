package no.samspill.service.personaldata;

import java.time.Instant;
import no.samspill.core.inquiry.Holder;
import no.samspill.core.inquiry.InquiryEvents.InquiryAbandoned;
import no.samspill.core.inquiry.InquiryEvents.InquiryWithdrawn;
import no.samspill.core.inquiry.InquiryEvents.InquiryHandedOver;
import no.samspill.core.inquiry.InquiryEvents.InquiryRegistered;
import no.samspill.core.inquiry.InquiryEvents.InquiryResolved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Follows each inquiry from registration to its end, in the event's own transaction (a subscribing processor), so
 * that its personal data can be found by municipality and citizen, and erased when retention runs out.
 */
@Component
@ProcessingGroup(InquiryPersonalDataProjection.PROCESSING_GROUP)
public class InquiryPersonalDataProjection {

    public static final String PROCESSING_GROUP = "personal-data";

    private final PersonalDataStore store;

    public InquiryPersonalDataProjection(PersonalDataStore store) {
        this.store = store;
    }

    @EventHandler
    void on(InquiryRegistered event) {
        store.recordInquiry(event.inquiryId(), event.municipality(), event.citizen());
    }

    @EventHandler
    void on(InquiryResolved event, @Timestamp Instant at) {
        store.recordEnded(event.inquiryId(), at);
    }

    @EventHandler
    void on(InquiryAbandoned event, @Timestamp Instant at) {
        store.recordEnded(event.inquiryId(), at);
    }

    @EventHandler
    void on(InquiryWithdrawn event, @Timestamp Instant at) {
        store.recordEnded(event.inquiryId(), at);
    }

    /** Handed over to another unit of the municipality, the inquiry leaves Samspill. */
    @EventHandler
    void on(InquiryHandedOver event, @Timestamp Instant at) {
        if (event.to().kind() == Holder.Kind.UNIT) {
            store.recordEnded(event.inquiryId(), at);
        }
    }
}
