package no.samspill.service.partnership;

import no.samspill.core.network.PartnerContactEvents.ContactHandedOver;
import no.samspill.core.network.PartnerContactEvents.ContactOpened;
import no.samspill.core.network.PartnerContactEvents.ContactReleased;
import no.samspill.core.network.PartnerContactEvents.ContactUsed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipAgreed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipEnded;
import no.samspill.core.partnership.PartnershipEvents.PartnershipEvaluated;
import no.samspill.core.partnership.PartnershipEvents.PartnershipFellBack;
import no.samspill.core.partnership.PartnershipEvents.PartnershipProposed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipRenewed;
import no.samspill.core.partnership.PartnershipEvents.PartnershipScreenedIn;
import no.samspill.core.partnership.PartnershipEvents.PartnershipScreenedOut;
import no.samspill.core.partnership.PartnershipEvents.RelationChanged;
import no.samspill.core.partnership.PartnershipStage;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the partnerships and the network overview (partnership_view, network_contact, …) in step with events. */
@Component
@ProcessingGroup(PartnershipProjection.PROCESSING_GROUP)
public class PartnershipProjection {

    public static final String PROCESSING_GROUP = "partnership-registry";

    private final JdbcTemplate database;

    public PartnershipProjection(JdbcTemplate database) {
        this.database = database;
    }

    @EventHandler
    void on(PartnershipProposed event) {
        database.update("insert into partnership_view (partnership_id, municipality, partner, sector, relation, stage, "
                        + "purpose, proposed_by, proposed_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.partnershipId().value(), event.library().value(), event.partner(), event.sector().code(),
                event.relation().code(), PartnershipStage.PROPOSED.code(), event.purpose(), event.proposedBy().value(),
                event.proposedOn());
    }

    @EventHandler
    void on(PartnershipScreenedIn event) {
        stage(event.partnershipId().value(), PartnershipStage.SCREENED_IN);
    }

    @EventHandler
    void on(PartnershipScreenedOut event) {
        database.update("update partnership_view set stage = ?, failed_questions = ?, screening_reason = ? "
                        + "where partnership_id = ?", PartnershipStage.SCREENED_OUT.code(),
                String.join(",", event.failedQuestions()), event.reason(), event.partnershipId().value());
    }

    @EventHandler
    void on(PartnershipAgreed event) {
        database.update("update partnership_view set stage = ?, agreed_on = ?, evaluation_interval = ?, "
                        + "next_evaluation_due = ?, agreement_kind = ?, ends_on = ?, conditions = ? "
                        + "where partnership_id = ?", PartnershipStage.ACTIVE.code(), event.agreedOn(),
                event.evaluationInterval().toString(), event.firstEvaluationDue(),
                event.kind() == null ? null : event.kind().code(), event.endsOn(), event.conditions(),
                event.partnershipId().value());
    }

    @EventHandler
    void on(PartnershipEvaluated event) {
        String id = event.partnershipId().value();
        database.update("insert into partnership_evaluation (partnership_id, seq, evaluated_on, due_on, on_time, "
                        + "serves_strategy, summary) values (?, ?, ?, ?, ?, ?, ?)", id,
                nextSeq("partnership_evaluation", id), event.evaluatedOn(), event.dueOn(), event.onTime(),
                event.servesStrategy(), event.summary());
    }

    @EventHandler
    void on(PartnershipRenewed event) {
        database.update("update partnership_view set next_evaluation_due = ? where partnership_id = ?",
                event.nextEvaluationDue(), event.partnershipId().value());
    }

    @EventHandler
    void on(PartnershipEnded event) {
        database.update("update partnership_view set stage = ?, ended_on = ?, end_reason = ?, end_explanation = ?, "
                        + "next_evaluation_due = null where partnership_id = ?", PartnershipStage.ENDED.code(),
                event.endedOn(), event.reason().code(), event.explanation(), event.partnershipId().value());
    }

    @EventHandler
    void on(RelationChanged event) {
        String id = event.partnershipId().value();
        database.update("update partnership_view set relation = ? where partnership_id = ?", event.to().code(), id);
        relationMoved(id, event.from().code(), event.to().code(), event.changedOn(), null);
    }

    @EventHandler
    void on(PartnershipFellBack event) {
        String id = event.partnershipId().value();
        database.update("update partnership_view set stage = ?, relation = ?, next_evaluation_due = null "
                + "where partnership_id = ?", PartnershipStage.FELL_BACK.code(), event.to().code(), id);
        relationMoved(id, event.from().code(), event.to().code(), event.fellBackOn(), event.reason());
    }

    private void relationMoved(String partnershipId, String from, String to, LocalDate on, String reason) {
        database.update("insert into partnership_relation_change (partnership_id, seq, from_relation, to_relation, "
                        + "changed_on, reason) values (?, ?, ?, ?, ?, ?)", partnershipId,
                nextSeq("partnership_relation_change", partnershipId), from, to, on, reason);
    }

    @EventHandler
    void on(ContactOpened event) {
        String id = event.contactId().toString();
        int updated = database.update("update network_contact set partner = ?, holder = ?, topic = ?, held_since = ?, "
                + "last_used_on = ? where contact_id = ?", event.partner(), event.holder().value(), event.topic(),
                event.openedOn(), event.openedOn(), id);
        if (updated == 0) {
            database.update("insert into network_contact (contact_id, municipality, partner, holder, topic, held_since, "
                            + "last_used_on) values (?, ?, ?, ?, ?, ?, ?)", id, event.contactId().library().value(),
                    event.partner(), event.holder().value(), event.topic(), event.openedOn(), event.openedOn());
        }
    }

    @EventHandler
    void on(ContactHandedOver event) {
        database.update("update network_contact set holder = ?, held_since = ?, last_used_on = ? where contact_id = ?",
                event.to().value(), event.handedOverOn(), event.handedOverOn(), event.contactId().toString());
    }

    @EventHandler
    void on(ContactUsed event) {
        database.update("update network_contact set last_used_on = ? where contact_id = ?", event.usedOn(),
                event.contactId().toString());
    }

    @EventHandler
    void on(ContactReleased event) {
        database.update("update network_contact set holder = null, held_since = null where contact_id = ?",
                event.contactId().toString());
    }

    private void stage(String partnershipId, PartnershipStage stage) {
        database.update("update partnership_view set stage = ? where partnership_id = ?", stage.code(), partnershipId);
    }

    private int nextSeq(String table, String partnershipId) {
        Integer last = database.queryForObject("select max(seq) from " + table + " where partnership_id = ?",
                Integer.class, partnershipId);
        return last == null ? 1 : last + 1;
    }
}
