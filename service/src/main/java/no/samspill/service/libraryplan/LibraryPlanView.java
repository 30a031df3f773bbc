package no.samspill.service.libraryplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A library plan as the API shows it: phase, working group (who has delivered their region's input), goals, the
 * latest consultation round (whom it went to and who has answered), every answer and the full history.
 */
public record LibraryPlanView(String id, String county, String title, LocalDate kickoff, String phase,
                              List<Member> workingGroup, List<Goal> regionalGoals, LocalDate consultationDeadline,
                              Consultation consultation, List<Answer> consultationAnswers,
                              List<HistoryEntry> history) {

    /**
     * {@code region} is null for the county library's members; {@code inputDeliveredOn}: when a region's member
     * delivered the region's input in the group's current working round (null: not yet).
     */
    public record Member(String person, String region, LocalDate inputDeliveredOn) {
    }

    /** The latest consultation round: {@code round} 1, then 2 after a sending-back, …. */
    public record Consultation(int round, LocalDate openedOn, LocalDate deadline, List<Body> bodies) {
    }

    /**
     * A body the round was sent to. {@code status}: answered, answered-late, awaiting (no answer, the deadline not
     * passed) or not-answered (the deadline passed).
     */
    public record Body(String code, String name, String status, LocalDate answeredOn, LocalDate lastRemindedOn) {
    }

    public record Goal(String region, String goal) {
    }

    /** {@code round}: the consultation round it answers; {@code body}: the code of the body it came from, if sent. */
    public record Answer(String from, LocalDate receivedOn, String documentReference, boolean late, int round,
                         String body) {
    }

    public record HistoryEntry(String type, Instant time) {
    }
}
