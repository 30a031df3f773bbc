package no.samspill.service.libraryplan;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import no.samspill.core.libraryplan.LibraryPlan;
import no.samspill.core.libraryplan.LibraryPlanEvents.LibraryPlanKickedOff;
import no.samspill.core.libraryplan.PlanProgress;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code library_plan_list} in step with the plans' events: after each, the plan's row as the aggregate's own
 * {@link PlanProgress} folds all its events (a plan has a few dozen; no second copy of the phase rules here).
 * Idempotent: an event at or below the row's last sequence number changes nothing.
 */
@Component
@ProcessingGroup(LibraryPlanListProjection.PROCESSING_GROUP)
public class LibraryPlanListProjection {

    public static final String PROCESSING_GROUP = "library-plan-list";
    private static final String AGGREGATE_TYPE = LibraryPlan.class.getSimpleName();

    private final JdbcTemplate database;
    private final EventStore eventStore;

    public LibraryPlanListProjection(JdbcTemplate database, EventStore eventStore) {
        this.database = database;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(DomainEventMessage<?> event) {
        if (!AGGREGATE_TYPE.equals(event.getType())) {
            return;
        }
        String planId = event.getAggregateIdentifier();
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(planId).asStream()
                .filter(earlier -> earlier.getSequenceNumber() <= event.getSequenceNumber()).toList();
        if (events.isEmpty() || !(events.get(0).getPayload() instanceof LibraryPlanKickedOff kickedOff)) {
            return;
        }
        PlanProgress progress = PlanProgress.of(events.stream().map(DomainEventMessage::getPayload).toList());
        Date deadline = progress.consultationDeadline() == null ? null : Date.valueOf(progress.consultationDeadline());
        int updated = database.update("update library_plan_list set phase = ?, consultation_deadline = ?, "
                        + "last_sequence = ? where plan_id = ? and last_sequence < ?", progress.phase().code(), deadline,
                event.getSequenceNumber(), planId, event.getSequenceNumber());
        if (updated == 0) {
            database.update("insert into library_plan_list (plan_id, county, title, kickoff, phase, "
                            + "consultation_deadline, started_at, last_sequence) select ?, ?, ?, ?, ?, ?, ?, ? "
                            + "where not exists (select 1 from library_plan_list where plan_id = ?)", planId,
                    kickedOff.county().value(), kickedOff.title(), Date.valueOf(kickedOff.kickoff()),
                    progress.phase().code(), deadline, Timestamp.from(events.get(0).getTimestamp()),
                    event.getSequenceNumber(), planId);
        }
    }
}
