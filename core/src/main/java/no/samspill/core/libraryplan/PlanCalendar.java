package no.samspill.core.libraryplan;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The seed's calendar (Troms 2015–2016), counted from the kickoff at June's library chiefs' meeting: the executive
 * case, working group and information letter by September; regional meetings in October; the working group's draft by
 * the end of March; public consultation in April; the council's decision in June of the following year.
 */
public record PlanCalendar(LocalDate kickoff) {

    public LocalDate executiveCaseDue() {
        return endOf(0, 6);
    }

    public LocalDate workingGroupDue() {
        return endOf(0, 9);
    }

    public LocalDate informationLetterDue() {
        return endOf(0, 9);
    }

    public LocalDate regionalMeetingsDue() {
        return endOf(0, 10);
    }

    public LocalDate draftDue() {
        return endOf(1, 3);
    }

    public LocalDate consultationDeadline() {
        return endOf(1, 4);
    }

    /**
     * A consultation round opened on {@code openedOn} closes on the calendar's deadline when that leaves at least
     * three weeks (LibraryPlan.SHORTEST_CONSULTATION), else a month after it opens, as long as the seed's April.
     */
    public LocalDate consultationDeadlineOpenedOn(LocalDate openedOn) {
        LocalDate calendar = consultationDeadline();
        return calendar.isBefore(openedOn.plus(LibraryPlan.SHORTEST_CONSULTATION)) ? openedOn.plusMonths(1) : calendar;
    }

    public LocalDate councilCaseDue() {
        return endOf(1, 5);
    }

    public LocalDate decisionDue() {
        return endOf(1, 6);
    }

    /** The last day of {@code month} in the kickoff's year plus {@code years}; never before the kickoff itself. */
    private LocalDate endOf(int years, int month) {
        LocalDate due = YearMonth.of(kickoff.getYear() + years, month).atEndOfMonth();
        return due.isBefore(kickoff) ? YearMonth.from(kickoff).atEndOfMonth() : due;
    }
}
