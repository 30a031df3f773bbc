package no.samspill.service.analytics;

import java.time.Instant;
import no.samspill.core.inquiry.Holder;
import no.samspill.core.inquiry.Route;
import no.samspill.core.inquiry.InquiryEvents.CitizenSatisfactionRecorded;
import no.samspill.core.inquiry.InquiryEvents.InquiryAbandoned;
import no.samspill.core.inquiry.InquiryEvents.InquiryWithdrawn;
import no.samspill.core.inquiry.WithdrawalReason;
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
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
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
    void on(InquiryRegistered event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(SIMULATED) Boolean simulated) {
        batch().create(event.inquiryId().value(), sequence, row -> {
            row.municipality = event.municipality().value();
            row.servicePoint = event.servicePoint();
            row.model = event.model().code();
            row.channel = event.channel().code();
            row.service = event.service().code();
            row.registeredAt = at;
            row.simulated = Boolean.TRUE.equals(simulated);
        });
    }

    @EventHandler
    void on(InquiryRouted event, @SequenceNumber long sequence) {
        batch().update(event.inquiryId().value(), sequence, row -> {
            row.route = event.route().code();
            row.handledLocally = event.handledLocally();
            row.notLocalReason = event.notHandledLocallyReason();
        });
    }

    /** The first time a staff member took the inquiry: the end of the citizen's wait for service. */
    @EventHandler
    void on(InquiryTaken event, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch().update(event.inquiryId().value(), sequence, row -> {
            if (row.takenAt == null) {
                row.takenAt = at;
            }
        });
    }

    @EventHandler
    void on(InquiryReferred event, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch().update(event.inquiryId().value(), sequence, row -> {
            row.referrals++;
            row.passed("referral", event.fromCompetence().code(), event.toCompetence().code(), at);
        });
    }

    @EventHandler
    void on(InquiryHandedOver event, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch().update(event.inquiryId().value(), sequence, row -> {
            row.handovers++;
            if (event.to() != null && event.to().kind() == Holder.Kind.UNIT) {
                ended(row, "handed-over", null, at);
            }
            // Units by name; colleagues count as "staff", so the matrix shows units, never people
            row.passed("handover", unitOf(event.from()), unitOf(event.to()), at);
        });
    }

    /**
     * First contact also needs a route that kept the citizen where they came (docs/measures.md): events stored
     * before the aggregate knew it (hybrid's other location, PAC-man's case system) say first contact wrongly, and
     * are read right here.
     */
    @EventHandler
    void on(InquiryResolved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch().update(event.inquiryId().value(), sequence, row -> ended(row, "resolved",
                event.firstContact() && (row.route == null || !Route.fromCode(row.route).passesOn()), at));
    }

    @EventHandler
    void on(CitizenSatisfactionRecorded event, @SequenceNumber long sequence) {
        batch().update(event.inquiryId().value(), sequence, row -> row.satisfaction = event.score());
    }

    @EventHandler
    void on(InquiryAbandoned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch().update(event.inquiryId().value(), sequence, row -> ended(row, "abandoned", false, at));
    }

    /**
     * Registered by mistake or twice: no inquiry at all, counted nowhere (outcome {@code withdrawn}). Withdrawn by the
     * citizen: an inquiry that ended unresolved, neither resolved nor abandoned.
     */
    @EventHandler
    void on(InquiryWithdrawn event, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch().update(event.inquiryId().value(), sequence, row -> ended(row,
                event.reason() == WithdrawalReason.CITIZEN_WITHDREW ? "citizen-withdrew" : NOT_AN_INQUIRY, false, at));
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

    /** The outcome of an inquiry withdrawn as registered by mistake or twice, which no figure counts. */
    static final String NOT_AN_INQUIRY = "withdrawn";

    private static void ended(AnalyticsBatch.Row row, String outcome, Boolean firstContact, Instant at) {
        row.outcome = outcome;
        row.firstContact = firstContact;
        row.endedAt = at;
    }

    /** This unit of work's batch, written as it commits, in its transaction. */
    private AnalyticsBatch batch() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(AnalyticsBatch.class.getName(), key -> {
            AnalyticsBatch batch = new AnalyticsBatch(database);
            root.onPrepareCommit(unitOfWork -> batch.write());
            return batch;
        });
    }

    private static String unitOf(Holder holder) {
        if (holder == null) {
            return "none";
        }
        return holder.kind() == Holder.Kind.UNIT ? holder.id() : "staff";
    }
}
