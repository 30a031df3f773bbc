package no.samspill.service.libraryplan;

import java.util.List;
import java.util.Optional;
import no.samspill.core.libraryplan.LibraryPlanEvents.LibraryPlanKickedOff;
import no.samspill.core.libraryplan.PlanProgress;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads a plan straight from the event store, folding its events with the aggregate's own {@link PlanProgress}. */
@Component
public class LibraryPlanHistory {

    private final EventStore eventStore;

    public LibraryPlanHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The plan, if it exists for {@code county}; another county's plan is as good as absent. */
    public Optional<LibraryPlanView> find(String county, String planId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(planId).asStream().toList();
        if (events.isEmpty() || !(events.get(0).getPayload() instanceof LibraryPlanKickedOff kickedOff)
                || !kickedOff.county().value().equals(county)) {
            return Optional.empty();
        }
        PlanProgress progress = PlanProgress.of(events.stream().map(DomainEventMessage::getPayload).toList());
        return Optional.of(new LibraryPlanView(planId, county, kickedOff.title(), kickedOff.kickoff(),
                progress.phase().code(),
                progress.workingGroup().stream()
                        .map(member -> new LibraryPlanView.Member(member.person().value(), member.region())).toList(),
                progress.goals().stream().map(goal -> new LibraryPlanView.Goal(goal.region(), goal.goal())).toList(),
                progress.consultationDeadline(),
                progress.answers().stream().map(answer -> new LibraryPlanView.Answer(answer.from(), answer.receivedOn(),
                        answer.documentReference(), answer.late())).toList(),
                events.stream().map(event -> new LibraryPlanView.HistoryEntry(event.getPayloadType().getSimpleName(),
                        event.getTimestamp())).toList()));
    }
}
