package no.samspill.workflows.libraryplan;

import java.util.Set;
import no.samspill.workflows.engine.TaskCards;

/** Names of the library-plan process's variables. */
public final class LibraryPlanVariables {

    /** The county, also the instance's tenant (see MunicipalityTenants). */
    public static final String MUNICIPALITY = "municipality";
    public static final String TITLE = "title";
    public static final String KICKOFF = "kickoff";
    public static final String PLAN = "plan";
    /** The plan's region codes, comma-separated: one regional meeting each. */
    public static final String REGION_CODES = "regionCodes";
    /** The element variable of the regional meetings. */
    public static final String REGION = "region";
    public static final String COUNTY_LIBRARY_GROUP = "countyLibraryGroup";
    /** The open consultation round's deadline, set as it opens. */
    public static final String CONSULTATION_DEADLINE = "consultationDeadline";
    /** The deadline staff choose for the next round in the draft's form (at least three weeks ahead; optional). */
    public static final String CHOSEN_CONSULTATION_DEADLINE = "chosenConsultationDeadline";
    /** Bodies beyond the county's municipalities and regional councils, comma-separated (e.g. Sametinget). */
    public static final String OTHER_CONSULTATION_BODIES = "otherConsultationBodies";
    /** When the consultation's timer fires: the end of the deadline day. */
    public static final String CONSULTATION_CLOSES_AT = "consultationClosesAt";
    public static final String CASE_REFERENCE = "caseReference";
    public static final String REGION_MEMBERS = "regionMembers";
    public static final String COUNTY_LIBRARY_MEMBERS = "countyLibraryMembers";
    public static final String SENT_ON = "sentOn";
    public static final String HELD_ON = "heldOn";
    public static final String ATTENDANCE = "attendance";
    /** A region's input to the plan, as its member delivers it. */
    public static final String INPUT_SUMMARY = "inputSummary";
    public static final String INPUT_DOCUMENT = "inputDocument";
    public static final String DOCUMENT_REFERENCE = "documentReference";
    public static final String VERSION = "version";
    public static final String DECISION = "decision";
    public static final String DECISION_REFERENCE = "decisionReference";
    public static final String ANSWER_FROM = "answerFrom";
    public static final String ANSWER_RECEIVED_ON = "answerReceivedOn";
    public static final String ANSWER_DOCUMENT = "answerDocument";
    /** The body a reminder goes to, by its code in the consultation round. */
    public static final String REMINDER_BODY = "reminderBody";

    /** Set by the plan's own steps, never by staff (StaffCommandGate): its county, regions and working group. */
    public static final Set<String> SET_BY_STEPS = Set.of(MUNICIPALITY, TaskCards.PLAN_TITLE, TaskCards.REGION_NAME,
            REGION_CODES,
            COUNTY_LIBRARY_GROUP, CONSULTATION_DEADLINE, CONSULTATION_CLOSES_AT);

    private LibraryPlanVariables() {
    }
}
