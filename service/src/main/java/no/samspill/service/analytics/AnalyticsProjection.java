package no.samspill.service.analytics;

import java.time.Instant;
import no.samspill.core.inquiry.Holder;
import no.samspill.core.inquiry.InquiryEvents.CitizenSatisfactionRecorded;
import no.samspill.core.inquiry.InquiryEvents.InquiryAbandoned;
import no.samspill.core.inquiry.InquiryEvents.InquiryHandedOver;
import no.samspill.core.inquiry.InquiryEvents.InquiryReferred;
import no.samspill.core.inquiry.InquiryEvents.InquiryRegistered;
import no.samspill.core.inquiry.InquiryEvents.InquiryResolved;
import no.samspill.core.inquiry.InquiryEvents.InquiryRouted;
import no.samspill.core.servicepoint.ServicePointEvents.CoOrganisationModelChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The evaluators' read models, fed only by the event log through a streaming processor, so a replay rebuilds them
 * from scratch (the reset handler empties them first). Events carry pseudonyms only, so erasing personal data never
 * changes a figure here.
 */
@Component
@ProcessingGroup(AnalyticsProjection.PROCESSING_GROUP)
public class AnalyticsProjection {

    public static final String PROCESSING_GROUP = "analytics";
    /** Metadata key marking events written by the simulator, never to be mistaken for real ones. */
    public static final String SIMULATED = "simulated";

    private final JdbcTemplate database;

    public AnalyticsProjection(JdbcTemplate database) {
        this.database = database;
    }

    @ResetHandler
    void forgetEverything() {
        database.update("delete from analytics_passing");
        database.update("delete from analytics_inquiry");
        database.update("delete from analytics_model_change");
    }

    @EventHandler
    void on(InquiryRegistered event, @Timestamp Instant at, @MetaDataValue(SIMULATED) Boolean simulated) {
        database.update("insert into analytics_inquiry (inquiry_id, municipality, service_point, model, channel, "
                        + "service, registered_at, referrals, handovers, simulated) values (?, ?, ?, ?, ?, ?, ?, 0, 0, ?)",
                event.inquiryId().value(), event.municipality().value(), event.servicePoint(), event.model().code(),
                event.channel().code(), event.service().code(), java.sql.Timestamp.from(at), Boolean.TRUE.equals(simulated));
    }

    @EventHandler
    void on(InquiryRouted event) {
        database.update("update analytics_inquiry set route = ?, handled_locally = ?, not_local_reason = ? "
                        + "where inquiry_id = ?", event.route().code(), event.handledLocally(),
                event.notHandledLocallyReason(), event.inquiryId().value());
    }

    @EventHandler
    void on(InquiryReferred event, @Timestamp Instant at) {
        database.update("update analytics_inquiry set referrals = referrals + 1 where inquiry_id = ?",
                event.inquiryId().value());
        passed(event.inquiryId().value(), "referral", event.fromCompetence().code(), event.toCompetence().code(), at);
    }

    @EventHandler
    void on(InquiryHandedOver event, @Timestamp Instant at) {
        String inquiry = event.inquiryId().value();
        database.update("update analytics_inquiry set handovers = handovers + 1 where inquiry_id = ?", inquiry);
        // Units by name; colleagues count as "staff", so the matrix shows units, never people
        passed(inquiry, "handover", unitOf(event.from()), unitOf(event.to()), at);
        if (event.to() != null && event.to().kind() == Holder.Kind.UNIT) {
            ended(inquiry, "handed-over", null, at);
        }
    }

    @EventHandler
    void on(InquiryResolved event, @Timestamp Instant at) {
        ended(event.inquiryId().value(), "resolved", event.firstContact(), at);
    }

    @EventHandler
    void on(CitizenSatisfactionRecorded event) {
        database.update("update analytics_inquiry set satisfaction = ? where inquiry_id = ?", event.score(),
                event.inquiryId().value());
    }

    @EventHandler
    void on(InquiryAbandoned event, @Timestamp Instant at) {
        ended(event.inquiryId().value(), "abandoned", false, at);
    }

    @EventHandler
    void on(CoOrganisationModelChanged event) {
        database.update("insert into analytics_model_change (municipality, service_point, effective_from, "
                        + "previous_model, model, decision_reference) values (?, ?, ?, ?, ?, ?)",
                event.servicePointId().municipality().value(), event.servicePointId().code(),
                java.sql.Date.valueOf(event.effectiveFrom()), event.previousModel().code(), event.model().code(),
                event.decisionReference());
    }

    private void ended(String inquiry, String outcome, Boolean firstContact, Instant at) {
        database.update("update analytics_inquiry set outcome = ?, first_contact = ?, ended_at = ? where inquiry_id = ?",
                outcome, firstContact, java.sql.Timestamp.from(at), inquiry);
    }

    /** Called after the inquiry's counter was raised, so the counters number its passings 0, 1, 2, … */
    private void passed(String inquiry, String kind, String from, String to, Instant at) {
        database.update("insert into analytics_passing (inquiry_id, seq, municipality, kind, from_unit, to_unit, "
                        + "passed_at) select inquiry_id, referrals + handovers - 1, municipality, ?, ?, ?, ? "
                        + "from analytics_inquiry where inquiry_id = ?", kind, from, to, java.sql.Timestamp.from(at),
                inquiry);
    }

    private static String unitOf(Holder holder) {
        if (holder == null) {
            return "none";
        }
        return holder.kind() == Holder.Kind.UNIT ? holder.id() : "staff";
    }
}
