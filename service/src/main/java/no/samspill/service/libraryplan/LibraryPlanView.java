package no.samspill.service.libraryplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A library plan as the API shows it: phase, working group, goals, consultation answers and the full history. */
public record LibraryPlanView(String id, String county, String title, LocalDate kickoff, String phase,
                              List<Member> workingGroup, List<Goal> regionalGoals, LocalDate consultationDeadline,
                              List<Answer> consultationAnswers, List<HistoryEntry> history) {

    /** {@code region} is null for the county library's members. */
    public record Member(String person, String region) {
    }

    public record Goal(String region, String goal) {
    }

    public record Answer(String from, LocalDate receivedOn, String documentReference, boolean late) {
    }

    public record HistoryEntry(String type, Instant time) {
    }
}
