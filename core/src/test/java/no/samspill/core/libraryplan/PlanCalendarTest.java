package no.samspill.core.libraryplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanCalendarTest {

    private final PlanCalendar troms = new PlanCalendar(LocalDate.of(2026, 6, 10));

    @Test
    void the_seeds_calendar_counts_from_the_june_kickoff() {
        assertThat(troms.executiveCaseDue()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(troms.workingGroupDue()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(troms.informationLetterDue()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(troms.regionalMeetingsDue()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(troms.draftDue()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(troms.consultationDeadline()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(troms.councilCaseDue()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(troms.decisionDue()).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void a_late_kickoff_never_gets_a_due_date_before_itself() {
        PlanCalendar late = new PlanCalendar(LocalDate.of(2026, 11, 15));
        assertThat(late.executiveCaseDue()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(late.regionalMeetingsDue()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(late.draftDue()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void a_consultation_keeps_the_calendars_deadline_unless_that_leaves_less_than_three_weeks() {
        // opened on 1 April (the seed's month): closes 30 April
        assertThat(troms.consultationDeadlineOpenedOn(LocalDate.of(2027, 4, 1))).isEqualTo(LocalDate.of(2027, 4, 30));
        // the last day with three weeks left
        assertThat(troms.consultationDeadlineOpenedOn(LocalDate.of(2027, 4, 9))).isEqualTo(LocalDate.of(2027, 4, 30));
        // a day later, or a second round in September: a month of its own
        assertThat(troms.consultationDeadlineOpenedOn(LocalDate.of(2027, 4, 10))).isEqualTo(LocalDate.of(2027, 5, 10));
        assertThat(troms.consultationDeadlineOpenedOn(LocalDate.of(2027, 9, 1))).isEqualTo(LocalDate.of(2027, 10, 1));
    }
}
