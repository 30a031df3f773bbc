package no.samspill.service.libraryplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationAnswerReceived;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationReminderSent;
import no.samspill.core.libraryplan.LibraryPlanEvents.LibraryPlanKickedOff;
import no.samspill.core.libraryplan.LibraryPlanEvents.RegionalInputDelivered;
import no.samspill.core.libraryplan.MeasureWeight;
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

    /**
     * The plan, if it exists for {@code county}; another county's plan is as good as absent. Whether a body is late
     * is judged on {@code today}.
     */
    public Optional<LibraryPlanView> find(String county, String planId, LocalDate today) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(planId).asStream().toList();
        if (events.isEmpty() || !(events.get(0).getPayload() instanceof LibraryPlanKickedOff kickedOff)
                || !kickedOff.county().value().equals(county)) {
            return Optional.empty();
        }
        PlanProgress progress = PlanProgress.of(events.stream().map(DomainEventMessage::getPayload).toList());
        return Optional.of(new LibraryPlanView(planId, county, kickedOff.title(), kickedOff.kickoff(),
                progress.phase().code(),
                progress.workingGroup().stream().map(member -> new LibraryPlanView.Member(member.person().value(),
                        member.region(), progress.inputsThisRound().stream()
                        .filter(input -> input.member().equals(member.person())).map(RegionalInputDelivered::deliveredOn)
                        .findFirst().orElse(null))).toList(),
                progress.goals().stream().map(goal -> new LibraryPlanView.Goal(goal.region(), goal.goal())).toList(),
                progress.localGoals().stream().map(goal -> new LibraryPlanView.LocalGoal(goal.municipality().value(),
                        goal.library(), goal.goal())).toList(),
                progress.measures().stream().map(measure -> new LibraryPlanView.Measure(measure.title(),
                        weights(measure.weights()))).toList(),
                progress.consultationDeadline(), consultation(progress, today),
                progress.answers().stream().map(answer -> new LibraryPlanView.Answer(answer.from(), answer.receivedOn(),
                        answer.documentReference(), answer.late(), PlanProgress.roundOf(answer), answer.body()))
                        .toList(),
                events.stream().map(event -> new LibraryPlanView.HistoryEntry(event.getPayloadType().getSimpleName(),
                        event.getTimestamp())).toList()));
    }

    private static java.util.Map<String, String> weights(java.util.Map<String, MeasureWeight> byRegion) {
        java.util.Map<String, String> weights = new java.util.LinkedHashMap<>();
        byRegion.forEach((region, weight) -> weights.put(region, weight.code()));
        return weights;
    }

    private static LibraryPlanView.ConsultationRound consultation(PlanProgress progress, LocalDate today) {
        if (progress.consultationRound() == 0) {
            return null;
        }
        List<LibraryPlanView.ConsultedBody> bodies = progress.consultationBodies().stream().map(body -> {
            Optional<ConsultationAnswerReceived> answer = progress.answersThisRound().stream()
                    .filter(received -> body.code().equals(received.body()) || body.answers(received.from()))
                    .findFirst();
            LocalDate reminded = progress.reminders().stream()
                    .filter(reminder -> reminder.round() == progress.consultationRound()
                            && reminder.body().equals(body.code()))
                    .map(ConsultationReminderSent::sentOn).max(LocalDate::compareTo).orElse(null);
            String status = answer.map(received -> received.late() ? "answered-late" : "answered")
                    .orElse(today.isAfter(progress.consultationDeadline()) ? "not-answered" : "awaiting");
            return new LibraryPlanView.ConsultedBody(body.code(), body.name(), status,
                    answer.map(ConsultationAnswerReceived::receivedOn).orElse(null), reminded);
        }).toList();
        return new LibraryPlanView.ConsultationRound(progress.consultationRound(), progress.consultationOpenedOn(),
                progress.consultationDeadline(), bodies);
    }
}
