package no.samspill.workflows.libraryplan;

import static no.samspill.workflows.engine.ProcessVariable.code;
import static no.samspill.workflows.engine.ProcessVariable.date;
import static no.samspill.workflows.engine.ProcessVariable.number;
import static no.samspill.workflows.engine.ProcessVariable.text;
import static no.samspill.workflows.libraryplan.LibraryPlanVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.samspill.workflows.engine.ProcessDescription;
import no.samspill.workflows.engine.ProcessVariable;
import no.samspill.workflows.engine.TaskCards;

/**
 * The library-plan process and the small processes that feed it from Tasklist (an answer that came by letter, a
 * reminder), as the code knows them.
 */
public final class LibraryPlanProcess {

    /** The plan's tasks, by the ids the BPMN gives them. */
    public static final String EXECUTIVE_CASE = "executiveCase";
    public static final String APPOINT_WORKING_GROUP = "appointWorkingGroup";
    public static final String INFORMATION_LETTER = "informationLetter";
    public static final String REGIONAL_MEETING = "regionalMeeting";
    /** Each region's member delivers the region's input (a task per region, in the member's own Tasklist). */
    public static final String REGIONAL_INPUT = "regionalInput";
    public static final String DRAFT_PLAN = "draftPlan";
    public static final String COUNCIL_CASE = "councilCase";
    public static final String COUNCIL_DECISION = "councilDecision";

    /** The due dates of the plan's tasks, from the seed's calendar (LibraryPlanSteps.startVariables). */
    static final List<String> DUE_DATES = List.of("dueExecutiveCase", "dueWorkingGroup", "dueInformationLetter",
            "dueRegionalMeetings", "dueDraft", "dueCouncilCase", "dueDecision");

    public static final ProcessDescription LIBRARY_PLAN = ProcessDescription.of(LibraryPlans.PROCESS_KEY,
            Set.of(EXECUTIVE_CASE, APPOINT_WORKING_GROUP, INFORMATION_LETTER, REGIONAL_MEETING, REGIONAL_INPUT,
                    DRAFT_PLAN,
                    COUNCIL_CASE, COUNCIL_DECISION),
            Set.of(LibraryPlans.CONSULTATION_ANSWER), planVariables());

    public static final ProcessDescription CONSULTATION_ANSWER = ProcessDescription.of(
            LibraryPlans.ANSWER_PROCESS_KEY, Set.of(), Set.of(), List.of(text(PLAN), text(ANSWER_FROM),
                    date(ANSWER_RECEIVED_ON), text(ANSWER_DOCUMENT)));

    public static final ProcessDescription CONSULTATION_REMINDER = ProcessDescription.of(
            LibraryPlans.REMINDER_PROCESS_KEY, Set.of(), Set.of(), List.of(text(PLAN), text(REMINDER_BODY)));

    private LibraryPlanProcess() {
    }

    private static List<ProcessVariable> planVariables() {
        List<ProcessVariable> variables = new ArrayList<>(List.of(
                text(MUNICIPALITY), text(TITLE), date(KICKOFF), text(PLAN), text(REGION_CODES), text(REGION),
                text(COUNTY_LIBRARY_GROUP), text(CONSULTATION_DEADLINE), date(CONSULTATION_CLOSES_AT),
                text(CASE_REFERENCE), text(REGION_MEMBERS), text(COUNTY_LIBRARY_MEMBERS), date(SENT_ON),
                date(HELD_ON), number(ATTENDANCE), text(INPUT_SUMMARY), text(INPUT_DOCUMENT),
                text(DOCUMENT_REFERENCE), text(VERSION), date(CHOSEN_CONSULTATION_DEADLINE),
                text(OTHER_CONSULTATION_BODIES),
                code(DECISION, CouncilDecision.class), text(DECISION_REFERENCE), text(ANSWER_FROM),
                date(ANSWER_RECEIVED_ON), text(ANSWER_DOCUMENT), text(TaskCards.PLAN_TITLE),
                text(TaskCards.REGION_NAME)));
        DUE_DATES.forEach(due -> variables.add(date(due)));
        return variables;
    }
}
