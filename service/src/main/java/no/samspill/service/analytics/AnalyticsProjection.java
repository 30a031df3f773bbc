package no.samspill.service.analytics;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samspill.core.inquiry.Holder;
import no.samspill.core.inquiry.Route;
import no.samspill.core.inquiry.InquiryEvents.CitizenSatisfactionRecorded;
import no.samspill.core.inquiry.InquiryEvents.InquiryAbandoned;
import no.samspill.core.inquiry.InquiryEvents.InquiryHandedOver;
import no.samspill.core.inquiry.InquiryEvents.InquiryReferred;
import no.samspill.core.inquiry.InquiryEvents.InquiryRegistered;
import no.samspill.core.inquiry.InquiryEvents.InquiryResolved;
import no.samspill.core.inquiry.InquiryEvents.InquiryRouted;
import no.samspill.core.inquiry.InquiryEvents.InquiryTaken;
import no.samspill.core.servicepoint.ServicePointEvents.CoOrganisationModelChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
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

    /** The routes that send the citizen away from the unit they came to (Route.passesOn), as SQL. */
    private static final String PASSING_ROUTES = Arrays.stream(Route.values()).filter(Route::passesOn)
            .map(route -> "'" + route.code() + "'").collect(Collectors.joining(", ", "(", ")"));

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

    /*
     * Delivery is at least once: after a node dies, another may hand an event over again. Each inquiry's row keeps
     * the sequence number of the last of its events applied, and every change is guarded by it, so an event seen
     * twice changes nothing the second time.
     */

    @EventHandler
    void on(InquiryRegistered event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(SIMULATED) Boolean simulated) {
        String inquiry = event.inquiryId().value();
        database.update("insert into analytics_inquiry (inquiry_id, municipality, service_point, model, channel, "
                        + "service, registered_at, referrals, handovers, simulated, last_event_sequence) "
                        + "select ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ? "
                        + "where not exists (select 1 from analytics_inquiry where inquiry_id = ?)",
                inquiry, event.municipality().value(), event.servicePoint(), event.model().code(),
                event.channel().code(), event.service().code(), java.sql.Timestamp.from(at),
                Boolean.TRUE.equals(simulated), sequence, inquiry);
    }

    @EventHandler
    void on(InquiryRouted event, @SequenceNumber long sequence) {
        apply(event.inquiryId().value(), sequence, "route = ?, handled_locally = ?, not_local_reason = ?",
                event.route().code(), event.handledLocally(), event.notHandledLocallyReason());
    }

    /** The first time a staff member took the inquiry: the end of the citizen's wait for service. */
    @EventHandler
    void on(InquiryTaken event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.inquiryId().value(), sequence, "taken_at = coalesce(taken_at, ?)", java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(InquiryReferred event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String inquiry = event.inquiryId().value();
        if (apply(inquiry, sequence, "referrals = referrals + 1")) {
            passed(inquiry, "referral", event.fromCompetence().code(), event.toCompetence().code(), at);
        }
    }

    @EventHandler
    void on(InquiryHandedOver event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String inquiry = event.inquiryId().value();
        boolean toUnit = event.to() != null && event.to().kind() == Holder.Kind.UNIT;
        boolean applied = toUnit
                ? apply(inquiry, sequence, "handovers = handovers + 1, outcome = ?, first_contact = ?, ended_at = ?",
                        "handed-over", null, java.sql.Timestamp.from(at))
                : apply(inquiry, sequence, "handovers = handovers + 1");
        if (applied) {
            // Units by name; colleagues count as "staff", so the matrix shows units, never people
            passed(inquiry, "handover", unitOf(event.from()), unitOf(event.to()), at);
        }
    }

    /**
     * First contact also needs a route that kept the citizen where they came (docs/measures.md): events stored
     * before the aggregate knew it (hybrid's other location, PAC-man's case system) say first contact wrongly, and
     * are read right here.
     */
    @EventHandler
    void on(InquiryResolved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.inquiryId().value(), sequence, "outcome = ?, first_contact = case when route in "
                        + PASSING_ROUTES + " then false else ? end, ended_at = ?", "resolved", event.firstContact(),
                java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(CitizenSatisfactionRecorded event, @SequenceNumber long sequence) {
        apply(event.inquiryId().value(), sequence, "satisfaction = ?", event.score());
    }

    @EventHandler
    void on(InquiryAbandoned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ended(event.inquiryId().value(), sequence, "abandoned", false, at);
    }

    @EventHandler
    void on(CoOrganisationModelChanged event) {
        String municipality = event.servicePointId().municipality().value();
        java.sql.Date effectiveFrom = java.sql.Date.valueOf(event.effectiveFrom());
        database.update("insert into analytics_model_change (municipality, service_point, effective_from, "
                        + "previous_model, model, decision_reference) select ?, ?, ?, ?, ?, ? "
                        + "where not exists (select 1 from analytics_model_change where municipality = ? "
                        + "and service_point = ? and effective_from = ?)",
                municipality, event.servicePointId().code(), effectiveFrom, event.previousModel().code(),
                event.model().code(), event.decisionReference(), municipality, event.servicePointId().code(),
                effectiveFrom);
    }

    private void ended(String inquiry, long sequence, String outcome, Boolean firstContact, Instant at) {
        apply(inquiry, sequence, "outcome = ?, first_contact = ?, ended_at = ?", outcome, firstContact,
                java.sql.Timestamp.from(at));
    }

    /** Applies the inquiry's event unless it (or a later one) was applied before; answers whether it did. */
    private boolean apply(String inquiry, long sequence, String assignments, Object... values) {
        Object[] arguments = Stream.concat(Arrays.stream(values), Stream.of(sequence, inquiry, sequence)).toArray();
        return database.update("update analytics_inquiry set " + assignments + ", last_event_sequence = ? "
                + "where inquiry_id = ? and last_event_sequence < ?", arguments) == 1;
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
