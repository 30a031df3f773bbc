package no.samspill.service.inquiry.list;

import java.time.Instant;
import no.samspill.core.inquiry.InquiryEvents.CitizenSatisfactionRecorded;
import no.samspill.core.inquiry.InquiryEvents.InquiryAbandoned;
import no.samspill.core.inquiry.InquiryEvents.InquiryHandedOver;
import no.samspill.core.inquiry.InquiryEvents.InquiryReferred;
import no.samspill.core.inquiry.InquiryEvents.InquiryRegistered;
import no.samspill.core.inquiry.InquiryEvents.InquiryResolved;
import no.samspill.core.inquiry.InquiryEvents.InquiryTaken;
import no.samspill.core.inquiry.InquiryEvents.InquiryWithdrawn;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.inquiry.InquiryStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code inquiry_list} (what {@link InquiryList} answers) in step with the inquiries' events: a row at
 * registration, its status after each later event. Idempotent: an event at or below the row's last sequence number
 * changes nothing, so a batch the processor runs again after a failure does no harm.
 */
@Component
@ProcessingGroup(InquiryListProjection.PROCESSING_GROUP)
public class InquiryListProjection {

    public static final String PROCESSING_GROUP = "inquiry-list";

    private final JdbcTemplate database;

    public InquiryListProjection(JdbcTemplate database) {
        this.database = database;
    }

    @EventHandler
    void on(InquiryRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        database.update("insert into inquiry_list (inquiry_id, municipality, service_point, model, channel, service, "
                        + "external_reference, status, registered_at, last_sequence) select ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                        + "where not exists (select 1 from inquiry_list where inquiry_id = ?)",
                event.inquiryId().value(), event.municipality().value(), event.servicePoint(), event.model().code(),
                event.channel().code(), event.service().code(), event.externalReference(),
                InquiryStatus.after(event).code(), java.sql.Timestamp.from(at), sequence, event.inquiryId().value());
    }

    @EventHandler
    void on(InquiryTaken event, @SequenceNumber long sequence) {
        statusAfter(event.inquiryId(), event, sequence);
    }

    @EventHandler
    void on(InquiryReferred event, @SequenceNumber long sequence) {
        statusAfter(event.inquiryId(), event, sequence);
    }

    @EventHandler
    void on(InquiryHandedOver event, @SequenceNumber long sequence) {
        statusAfter(event.inquiryId(), event, sequence);
    }

    @EventHandler
    void on(InquiryResolved event, @SequenceNumber long sequence) {
        statusAfter(event.inquiryId(), event, sequence);
    }

    @EventHandler
    void on(CitizenSatisfactionRecorded event, @SequenceNumber long sequence) {
        statusAfter(event.inquiryId(), event, sequence);
    }

    @EventHandler
    void on(InquiryAbandoned event, @SequenceNumber long sequence) {
        statusAfter(event.inquiryId(), event, sequence);
    }

    @EventHandler
    void on(InquiryWithdrawn event, @SequenceNumber long sequence) {
        statusAfter(event.inquiryId(), event, sequence);
    }

    private void statusAfter(InquiryId inquiry, Object event, long sequence) {
        database.update("update inquiry_list set status = ?, last_sequence = ? where inquiry_id = ? "
                + "and last_sequence < ?", InquiryStatus.after(event).code(), sequence, inquiry.value(), sequence);
    }
}
