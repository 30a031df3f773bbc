package no.samspill.core.libraryplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationAnswerReceived;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationClosed;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationOpened;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationReminderSent;
import no.samspill.core.libraryplan.LibraryPlanEvents.CouncilCaseSubmitted;
import no.samspill.core.libraryplan.LibraryPlanEvents.DraftSubmitted;
import no.samspill.core.libraryplan.LibraryPlanEvents.InformationLetterSent;
import no.samspill.core.libraryplan.LibraryPlanEvents.LibraryPlanKickedOff;
import no.samspill.core.libraryplan.LibraryPlanEvents.PlanAdopted;
import no.samspill.core.libraryplan.LibraryPlanEvents.PlanProcessStarted;
import no.samspill.core.libraryplan.LibraryPlanEvents.PlanSentBack;
import no.samspill.core.libraryplan.LibraryPlanEvents.LocalGoalAdded;
import no.samspill.core.libraryplan.LibraryPlanEvents.MeasureAdded;
import no.samspill.core.libraryplan.LibraryPlanEvents.RegionalGoalAdded;
import no.samspill.core.libraryplan.LibraryPlanEvents.RegionalInputDelivered;
import no.samspill.core.libraryplan.LibraryPlanEvents.RegionalMeetingHeld;
import no.samspill.core.libraryplan.LibraryPlanEvents.WorkingGroupAppointed;

/**
 * Where a plan stands after its events: the aggregate decides by it, and the API shows it. Only events change it.
 */
public final class PlanProgress {

    private PlanPhase phase;
    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final Set<String> regionsMet = new HashSet<>();
    private LocalDate consultationDeadline;
    private int consultationRound;
    private LocalDate consultationOpenedOn;
    private List<ConsultationBody> consultationBodies = List.of();
    private final List<ConsultationReminderSent> reminders = new ArrayList<>();
    /** 1 while the group first works, 2 after the council sent the plan back, …; 0 before the work starts. */
    private int workingRound;
    private final List<RegionalInputDelivered> inputs = new ArrayList<>();
    private List<WorkingGroupMember> workingGroup = List.of();
    private final List<ConsultationAnswerReceived> answers = new ArrayList<>();
    private final List<RegionalGoalAdded> goals = new ArrayList<>();
    private final List<LocalGoalAdded> localGoals = new ArrayList<>();
    private final List<MeasureAdded> measures = new ArrayList<>();

    public static PlanProgress of(List<?> events) {
        PlanProgress progress = new PlanProgress();
        events.forEach(progress::apply);
        return progress;
    }

    public void apply(Object event) {
        if (event instanceof LibraryPlanKickedOff kickedOff) {
            phase = PlanPhase.KICKED_OFF;
            kickedOff.regions().forEach(region -> regions.put(region.code(), region));
        } else if (event instanceof PlanProcessStarted) {
            phase = PlanPhase.PLAN_PROCESS_STARTED;
        } else if (event instanceof WorkingGroupAppointed appointed) {
            phase = PlanPhase.WORKING_GROUP_APPOINTED;
            workingGroup = appointed.members();
        } else if (event instanceof InformationLetterSent) {
            phase = PlanPhase.MUNICIPALITIES_INFORMED;
        } else if (event instanceof RegionalMeetingHeld meeting) {
            regionsMet.add(meeting.region());
            if (regionsMet.containsAll(regions.keySet())) {
                phase = PlanPhase.WORKING;
                workingRound = 1;
            }
        } else if (event instanceof RegionalInputDelivered input) {
            inputs.add(input);
        } else if (event instanceof RegionalGoalAdded goal) {
            goals.add(goal);
        } else if (event instanceof LocalGoalAdded goal) {
            localGoals.add(goal);
        } else if (event instanceof MeasureAdded measure) {
            measures.add(measure);
        } else if (event instanceof DraftSubmitted) {
            phase = PlanPhase.DRAFT_READY;
        } else if (event instanceof ConsultationOpened opened) {
            phase = PlanPhase.IN_CONSULTATION;
            consultationDeadline = opened.deadline();
            consultationRound = opened.round() == null ? consultationRound + 1 : opened.round();
            consultationOpenedOn = opened.openedOn();
            consultationBodies = opened.bodies() == null ? List.of() : List.copyOf(opened.bodies());
        } else if (event instanceof ConsultationReminderSent reminder) {
            reminders.add(reminder);
        } else if (event instanceof ConsultationAnswerReceived answer) {
            answers.add(answer);
        } else if (event instanceof ConsultationClosed) {
            phase = PlanPhase.CONSULTATION_CLOSED;
        } else if (event instanceof CouncilCaseSubmitted) {
            phase = PlanPhase.BEFORE_COUNCIL;
        } else if (event instanceof PlanAdopted) {
            phase = PlanPhase.ADOPTED;
        } else if (event instanceof PlanSentBack) {
            phase = PlanPhase.WORKING;
            workingRound++;
        }
    }

    public PlanPhase phase() {
        return phase;
    }

    /** The plan's regions in the order the plan names them. */
    public Map<String, Region> regions() {
        return Collections.unmodifiableMap(regions);
    }

    public boolean hasMet(String region) {
        return regionsMet.contains(region);
    }

    public LocalDate consultationDeadline() {
        return consultationDeadline;
    }

    /** The latest consultation round: 1, 2 after a sending-back, …; 0 before the first. */
    public int consultationRound() {
        return consultationRound;
    }

    /** When the latest round opened; null before, or for a round from before rounds were dated. */
    public LocalDate consultationOpenedOn() {
        return consultationOpenedOn;
    }

    /** Whom the latest round was sent to. */
    public List<ConsultationBody> consultationBodies() {
        return consultationBodies;
    }

    /** The answers of the latest round (an answer from before rounds counts for the first). */
    public List<ConsultationAnswerReceived> answersThisRound() {
        return answers.stream().filter(answer -> roundOf(answer) == consultationRound).toList();
    }

    public List<ConsultationReminderSent> reminders() {
        return List.copyOf(reminders);
    }

    /** Whether the body has answered in the latest round. */
    public boolean hasAnswered(ConsultationBody body) {
        return answersThisRound().stream().anyMatch(answer -> body.code().equals(answer.body())
                || body.answers(answer.from()));
    }

    public static int roundOf(ConsultationAnswerReceived answer) {
        return answer.round() == null ? 1 : answer.round();
    }

    public int workingRound() {
        return workingRound;
    }

    /** The regions' input in the group's current working round. */
    public List<RegionalInputDelivered> inputsThisRound() {
        return inputs.stream().filter(input -> input.workingRound() == workingRound).toList();
    }

    public List<WorkingGroupMember> workingGroup() {
        return workingGroup;
    }

    public List<ConsultationAnswerReceived> answers() {
        return List.copyOf(answers);
    }

    public List<RegionalGoalAdded> goals() {
        return List.copyOf(goals);
    }

    public List<LocalGoalAdded> localGoals() {
        return List.copyOf(localGoals);
    }

    public List<MeasureAdded> measures() {
        return List.copyOf(measures);
    }
}
