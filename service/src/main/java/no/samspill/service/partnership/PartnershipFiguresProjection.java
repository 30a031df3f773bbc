package no.samspill.service.partnership;

import no.samspill.core.alliance.AllianceEvents.AllianceFormed;
import no.samspill.core.alliance.AllianceEvents.AllianceProjectChosen;
import no.samspill.core.alliance.AllianceEvents.AllianceSigned;
import no.samspill.core.alliance.AllianceEvents.JointMeasureGathered;
import no.samspill.core.alliance.AllianceEvents.RegionalOrganisationDecided;
import no.samspill.core.partnership.PartnershipEvents.PartnershipAgreed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipEnded;
import no.samspill.core.partnership.PartnershipEvents.PartnershipEvaluated;
import no.samspill.core.partnership.PartnershipEvents.PartnershipFellBack;
import no.samspill.core.partnership.PartnershipEvents.PartnershipProposed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipScreenedIn;
import no.samspill.core.partnership.PartnershipEvents.PartnershipScreenedOut;
import no.samspill.core.partnership.PartnershipEvents.RelationChanged;
import no.samspill.core.partnership.PartnershipStage;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.analytics.AnalyticsProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The partnership and alliance figures' own read models (PartnershipFigures), fed by the analytics processor so a
 * replay empties and rebuilds them with the rest of the analytics. Delivery is at least once: each partnership's
 * row keeps the sequence number of its last event applied, evaluations and alliance items are keyed by their
 * event's, and signatures and decisions are set, never counted, so an event seen twice changes nothing.
 */
@Component
@ProcessingGroup(AnalyticsProjection.PROCESSING_GROUP)
public class PartnershipFiguresProjection {

    private final JdbcTemplate database;

    public PartnershipFiguresProjection(JdbcTemplate database) {
        this.database = database;
    }

    @ResetHandler
    void forgetEverything() {
        database.update("delete from analytics_partnership_evaluation");
        database.update("delete from analytics_partnership");
        database.update("delete from analytics_alliance_item");
        database.update("delete from analytics_alliance_party");
        database.update("delete from analytics_alliance");
    }

    @EventHandler
    void on(PartnershipProposed event, @SequenceNumber long sequence) {
        String id = event.partnershipId().value();
        database.update("insert into analytics_partnership (partnership_id, municipality, sector, relation, stage, "
                        + "last_event_sequence) select ?, ?, ?, ?, ?, ? where not exists "
                        + "(select 1 from analytics_partnership where partnership_id = ?)", id,
                event.library().value(), event.sector().code(), event.relation().code(),
                PartnershipStage.PROPOSED.code(), sequence, id);
    }

    @EventHandler
    void on(PartnershipScreenedIn event, @SequenceNumber long sequence) {
        apply(event.partnershipId().value(), sequence, "stage = ?", PartnershipStage.SCREENED_IN.code());
    }

    @EventHandler
    void on(PartnershipScreenedOut event, @SequenceNumber long sequence) {
        apply(event.partnershipId().value(), sequence, "stage = ?, failed_questions = ?",
                PartnershipStage.SCREENED_OUT.code(), String.join(",", event.failedQuestions()));
    }

    @EventHandler
    void on(PartnershipAgreed event, @SequenceNumber long sequence) {
        apply(event.partnershipId().value(), sequence, "stage = ?", PartnershipStage.ACTIVE.code());
    }

    @EventHandler
    void on(PartnershipEvaluated event, @SequenceNumber long sequence) {
        String id = event.partnershipId().value();
        database.update("insert into analytics_partnership_evaluation (partnership_id, seq, on_time) select ?, ?, ? "
                + "where not exists (select 1 from analytics_partnership_evaluation where partnership_id = ? "
                + "and seq = ?)", id, sequence, event.onTime(), id, sequence);
    }

    @EventHandler
    void on(PartnershipEnded event, @SequenceNumber long sequence) {
        apply(event.partnershipId().value(), sequence, "stage = ?, end_reason = ?", PartnershipStage.ENDED.code(),
                event.reason().code());
    }

    @EventHandler
    void on(PartnershipFellBack event, @SequenceNumber long sequence) {
        apply(event.partnershipId().value(), sequence, "stage = ?, relation = ?", PartnershipStage.FELL_BACK.code(),
                event.to().code());
    }

    @EventHandler
    void on(RelationChanged event, @SequenceNumber long sequence) {
        apply(event.partnershipId().value(), sequence, "relation = ?", event.to().code());
    }

    @EventHandler
    void on(AllianceFormed event) {
        String id = event.allianceId().value();
        database.update("insert into analytics_alliance (alliance_id, organisation_decided) select ?, false "
                + "where not exists (select 1 from analytics_alliance where alliance_id = ?)", id, id);
        for (MunicipalityCode party : event.parties()) {
            boolean signed = event.signatories().stream().anyMatch(signatory -> signatory.party().equals(party));
            database.update("insert into analytics_alliance_party (alliance_id, party, signed) select ?, ?, ? "
                    + "where not exists (select 1 from analytics_alliance_party where alliance_id = ? and party = ?)",
                    id, party.value(), signed, id, party.value());
        }
    }

    @EventHandler
    void on(AllianceSigned event) {
        database.update("update analytics_alliance_party set signed = true where alliance_id = ? and party = ?",
                event.allianceId().value(), event.signatory().party().value());
    }

    @EventHandler
    void on(JointMeasureGathered event, @SequenceNumber long sequence) {
        item(event.allianceId().value(), sequence, "measure");
    }

    @EventHandler
    void on(AllianceProjectChosen event, @SequenceNumber long sequence) {
        item(event.allianceId().value(), sequence, "project");
    }

    @EventHandler
    void on(RegionalOrganisationDecided event) {
        database.update("update analytics_alliance set organisation_decided = true where alliance_id = ?",
                event.allianceId().value());
    }

    private void item(String allianceId, long sequence, String kind) {
        database.update("insert into analytics_alliance_item (alliance_id, seq, kind) select ?, ?, ? where not exists "
                + "(select 1 from analytics_alliance_item where alliance_id = ? and seq = ?)", allianceId, sequence,
                kind, allianceId, sequence);
    }

    /** Applies the partnership's event unless it (or a later one) was applied before. */
    private void apply(String partnershipId, long sequence, String assignments, Object... values) {
        Object[] arguments = new Object[values.length + 3];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = sequence;
        arguments[values.length + 1] = partnershipId;
        arguments[values.length + 2] = sequence;
        database.update("update analytics_partnership set " + assignments + ", last_event_sequence = ? "
                + "where partnership_id = ? and last_event_sequence < ?", arguments);
    }
}
