package no.samspill.service.libraryplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A library plan as the API shows it: phase, working group (who has delivered their region's input), regional and
 * local goals, measures with their weight per region, the
 * latest consultation round (whom it went to and who has answered), every answer and the full history.
 */
public record LibraryPlanView(String id, String county, String title, LocalDate kickoff, String phase,
                              List<Member> workingGroup, List<Goal> regionalGoals, List<LocalGoal> localGoals,
                              List<Measure> measures, LocalDate consultationDeadline,
                              ConsultationRound consultation, List<Answer> consultationAnswers,
                              List<HistoryEntry> history) {

    /**
     * {@code region} is null for the county library's members; {@code inputDeliveredOn}: when a region's member
     * delivered the region's input in the group's current working round (null: not yet).
     */
    public record Member(String person, String region, LocalDate inputDeliveredOn) {
    }

    /** The latest consultation round: {@code round} 1, then 2 after a sending-back, …. */
    public record ConsultationRound(int round, LocalDate openedOn, LocalDate deadline, List<ConsultedBody> bodies) {
    }

    /**
     * A body the round was sent to. {@code status}: answered, answered-late, awaiting (no answer, the deadline not
     * passed) or not-answered (the deadline passed).
     */
    public record ConsultedBody(String code, String name, String status, LocalDate answeredOn, LocalDate lastRemindedOn) {
    }

    public record Goal(String region, String goal) {
    }

    /** A municipality's own goal; {@code library} when it is one library's there. */
    public record LocalGoal(String municipality, String library, String goal) {
    }

    /** A measure (tiltak) with its weight in each region: high, normal or low. */
    public record Measure(String title, Map<String, String> weights) {
    }

    /** {@code round}: the consultation round it answers; {@code body}: the code of the body it came from, if sent. */
    public record Answer(String from, LocalDate receivedOn, String documentReference, boolean late, int round,
                         String body) {
    }

    public record HistoryEntry(String type, Instant time) {
    }
}
