package no.samspill.core.libraryplan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.core.libraryplan.LibraryPlanCommands.AddLocalGoal;
import no.samspill.core.libraryplan.LibraryPlanCommands.AddMeasure;
import no.samspill.core.libraryplan.LibraryPlanCommands.AddRegionalGoal;
import no.samspill.core.libraryplan.LibraryPlanCommands.AppointWorkingGroup;
import no.samspill.core.libraryplan.LibraryPlanCommands.DeliverRegionalInput;
import no.samspill.core.libraryplan.LibraryPlanCommands.CloseConsultation;
import no.samspill.core.libraryplan.LibraryPlanCommands.OpenConsultation;
import no.samspill.core.libraryplan.LibraryPlanCommands.RecordConsultationAnswer;
import no.samspill.core.libraryplan.LibraryPlanCommands.RecordCouncilDecision;
import no.samspill.core.libraryplan.LibraryPlanCommands.RecordExecutiveCase;
import no.samspill.core.libraryplan.LibraryPlanCommands.RecordRegionalMeeting;
import no.samspill.core.libraryplan.LibraryPlanCommands.SendConsultationReminder;
import no.samspill.core.libraryplan.LibraryPlanCommands.SendInformationLetter;
import no.samspill.core.libraryplan.LibraryPlanCommands.StartLibraryPlan;
import no.samspill.core.libraryplan.LibraryPlanCommands.SubmitDraft;
import no.samspill.core.libraryplan.LibraryPlanCommands.SubmitToCouncil;
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
import no.samspill.core.shared.RuleViolation;
import no.samspill.core.shared.ActingMunicipality;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import no.samspill.core.shared.MunicipalityCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A county library's regional library plan (seed 003), from the kickoff at the library chiefs' meeting to the
 * county council's decision. Each step is allowed only in its phase; the working group has exactly one member from
 * each region and two from the county library.
 */
public class LibraryPlan {

    static final int COUNTY_LIBRARY_MEMBERS = 2;
    /** A consultation is open at least this long: bodies need time to answer. */
    public static final Period SHORTEST_CONSULTATION = Period.ofWeeks(3);

    @AggregateIdentifier
    private LibraryPlanId planId;
    private MunicipalityCode county;
    private final PlanProgress progress = new PlanProgress();

    /** Required by Axon to rebuild the aggregate from its events. */
    protected LibraryPlan() {
    }

    /** A process step's command acts for its instance's municipality: another municipality's library plan refuses it. */
    @CommandHandlerInterceptor
    void onlyForItsOwnMunicipality(@MetaDataValue(ActingMunicipality.METADATA_KEY) String actingFor) {
        ActingMunicipality.requireOwnedBy(county, actingFor, "plan", "library plan");
    }

    @CommandHandler
    public LibraryPlan(StartLibraryPlan command) {
        requireText(command.title(), "title");
        if (command.kickoff() == null) {
            throw new RuleViolation("kickoff", "is required");
        }
        if (command.regions() == null || command.regions().isEmpty()) {
            throw new RuleViolation("regions", "a regional plan needs at least one region");
        }
        if (command.regions().stream().map(Region::code).distinct().count() != command.regions().size()) {
            throw new RuleViolation("regions", "each region is named once");
        }
        apply(new LibraryPlanKickedOff(command.planId(), command.county(), command.title(), command.kickoff(),
                List.copyOf(command.regions())));
    }

    @CommandHandler
    public void handle(RecordExecutiveCase command) {
        requirePhase(PlanPhase.KICKED_OFF, "the case to the county executive");
        requireText(command.caseReference(), "caseReference");
        apply(new PlanProcessStarted(planId, command.caseReference()));
    }

    @CommandHandler
    public void handle(AppointWorkingGroup command) {
        requirePhase(PlanPhase.PLAN_PROCESS_STARTED, "appointing the working group");
        List<String> problems = compositionProblems(command.members() == null ? List.of() : command.members());
        if (!problems.isEmpty()) {
            throw new RuleViolation("members", String.join("; ", problems));
        }
        apply(new WorkingGroupAppointed(planId, List.copyOf(command.members())));
    }

    @CommandHandler
    public void handle(SendInformationLetter command) {
        requirePhase(PlanPhase.WORKING_GROUP_APPOINTED, "the information letter");
        apply(new InformationLetterSent(planId, command.sentOn()));
    }

    @CommandHandler
    public void handle(RecordRegionalMeeting command) {
        requirePhase(PlanPhase.MUNICIPALITIES_INFORMED, "a regional meeting");
        requireRegion(command.region());
        if (progress.hasMet(command.region())) {
            throw new RuleViolation("region", "region '" + command.region() + "' has had its meeting");
        }
        if (command.attendance() < 0) {
            throw new RuleViolation("attendance", "cannot be negative");
        }
        apply(new RegionalMeetingHeld(planId, command.region(), command.heldOn(), command.attendance()));
    }

    @CommandHandler
    public void handle(DeliverRegionalInput command) {
        requirePhase(PlanPhase.WORKING, "a region's input");
        requireRegion(command.region());
        WorkingGroupMember appointed = progress.workingGroup().stream()
                .filter(member -> command.region().equals(member.region())).findFirst()
                .orElseThrow(() -> new RuleViolation("region", "region '" + command.region()
                        + "' has no member in the working group"));
        if (!appointed.person().equals(command.member())) {
            throw new RuleViolation("member", "region '" + command.region() + "' is represented by "
                    + appointed.person().value());
        }
        if (progress.inputsThisRound().stream().anyMatch(input -> input.region().equals(command.region()))) {
            throw new RuleViolation("region", "region '" + command.region() + "' has delivered its input");
        }
        requireText(command.summary(), "summary");
        if (command.deliveredOn() == null) {
            throw new RuleViolation("deliveredOn", "is required");
        }
        apply(new RegionalInputDelivered(planId, command.region(), command.member(), command.summary().strip(),
                command.documentReference(), command.deliveredOn(), progress.workingRound()));
    }

    @CommandHandler
    public void handle(AddRegionalGoal command) {
        requireDraftNotFinal("goal", "regional goals");
        requireRegion(command.region());
        requireText(command.goal(), "goal");
        apply(new RegionalGoalAdded(planId, command.region(), command.goal()));
    }

    /** A municipality's own goal (or one library's there): the municipality is one of the county's. */
    @CommandHandler
    public void handle(AddLocalGoal command) {
        requireDraftNotFinal("goal", "local goals");
        if (command.municipality() == null
                || !command.municipality().value().matches(java.util.regex.Pattern.quote(county.value()) + "\\d{2}")) {
            throw new RuleViolation("municipality", "'" + command.municipality() + "' is not a municipality of "
                    + county + " (its codes are " + county + "xx)");
        }
        if (command.library() != null && (command.library().isBlank() || command.library().length() > 200)) {
            throw new RuleViolation("library", "is the library's name, at most 200 characters, or left out");
        }
        requireText(command.goal(), "goal");
        apply(new LocalGoalAdded(planId, command.municipality(),
                command.library() == null ? null : command.library().strip(), command.goal().strip()));
    }

    /** A measure weighs in every region: as named, or normal where a region is left out. */
    @CommandHandler
    public void handle(AddMeasure command) {
        requireDraftNotFinal("title", "measures");
        requireText(command.title(), "title");
        if (progress.measures().stream().anyMatch(measure -> measure.title().equalsIgnoreCase(command.title().strip()))) {
            throw new RuleViolation("title", "the plan has the measure '" + command.title().strip() + "'");
        }
        Map<String, MeasureWeight> given = command.weightByRegion() == null ? Map.of() : command.weightByRegion();
        given.keySet().forEach(this::requireRegion);
        Map<String, MeasureWeight> weights = new java.util.LinkedHashMap<>();
        for (String region : progress.regions().keySet()) {
            MeasureWeight weight = given.get(region);
            weights.put(region, weight == null ? MeasureWeight.NORMAL : weight);
        }
        apply(new MeasureAdded(planId, command.title().strip(), weights));
    }

    @CommandHandler
    public void handle(SubmitDraft command) {
        requirePhase(PlanPhase.WORKING, "the draft plan");
        requireText(command.documentReference(), "documentReference");
        requireText(command.version(), "version");
        apply(new DraftSubmitted(planId, command.documentReference(), command.version()));
    }

    @CommandHandler
    public void handle(OpenConsultation command) {
        requirePhase(PlanPhase.DRAFT_READY, "the public consultation");
        if (command.openedOn() == null) {
            throw new RuleViolation("openedOn", "is required");
        }
        if (command.deadline() == null) {
            throw new RuleViolation("deadline", "is required");
        }
        if (command.deadline().isBefore(command.openedOn().plus(SHORTEST_CONSULTATION))) {
            throw new RuleViolation("deadline", "must be at least three weeks after the consultation opens ("
                    + command.openedOn().plus(SHORTEST_CONSULTATION) + " or later)");
        }
        List<ConsultationBody> bodies = command.bodies() == null ? List.of() : command.bodies();
        if (bodies.isEmpty()) {
            throw new RuleViolation("bodies", "a consultation is sent to at least one body");
        }
        if (bodies.stream().map(body -> body.code().toLowerCase()).distinct().count() != bodies.size()) {
            throw new RuleViolation("bodies", "each body is named once");
        }
        apply(new ConsultationOpened(planId, command.deadline(), progress.consultationRound() + 1,
                command.openedOn(), List.copyOf(bodies)));
    }

    @CommandHandler
    public void handle(RecordConsultationAnswer command) {
        if (progress.phase() != PlanPhase.IN_CONSULTATION && progress.phase() != PlanPhase.CONSULTATION_CLOSED) {
            throw new RuleViolation("consultation", "answers are received once the consultation has opened and "
                    + "until the plan goes to the council; the plan is " + progress.phase().code());
        }
        requireText(command.from(), "from");
        if (command.receivedOn() == null) {
            throw new RuleViolation("receivedOn", "is required");
        }
        LocalDate openedOn = progress.consultationOpenedOn();
        if (openedOn != null && command.receivedOn().isBefore(openedOn)) {
            throw new RuleViolation("receivedOn", "comes before this consultation round opened on " + openedOn);
        }
        String body = progress.consultationBodies().stream().filter(named -> named.answers(command.from()))
                .map(ConsultationBody::code).findFirst().orElse(null);
        apply(new ConsultationAnswerReceived(planId, command.from(), command.receivedOn(), command.documentReference(),
                command.receivedOn().isAfter(progress.consultationDeadline()), progress.consultationRound(), body));
    }

    @CommandHandler
    public void handle(SendConsultationReminder command) {
        if (progress.phase() != PlanPhase.IN_CONSULTATION && progress.phase() != PlanPhase.CONSULTATION_CLOSED) {
            throw new RuleViolation("consultation", "reminders go out while a consultation round waits for answers; "
                    + "the plan is " + progress.phase().code());
        }
        ConsultationBody body = progress.consultationBodies().stream()
                .filter(named -> named.code().equalsIgnoreCase(command.body() == null ? "" : command.body().strip()))
                .findFirst().orElseThrow(() -> new RuleViolation("body", "'" + command.body()
                        + "' was not sent this consultation round; it went to " + progress.consultationBodies()
                        .stream().map(ConsultationBody::code).toList()));
        if (progress.hasAnswered(body)) {
            throw new RuleViolation("body", body.name() + " has answered this round");
        }
        if (command.sentOn() == null) {
            throw new RuleViolation("sentOn", "is required");
        }
        apply(new ConsultationReminderSent(planId, progress.consultationRound(), body.code(),
                progress.consultationDeadline(), command.sentOn()));
    }

    @CommandHandler
    public void handle(CloseConsultation command) {
        requirePhase(PlanPhase.IN_CONSULTATION, "closing the consultation");
        apply(new ConsultationClosed(planId));
    }

    @CommandHandler
    public void handle(SubmitToCouncil command) {
        requirePhase(PlanPhase.CONSULTATION_CLOSED, "the case to the county council");
        requireText(command.caseReference(), "caseReference");
        apply(new CouncilCaseSubmitted(planId, command.caseReference()));
    }

    @CommandHandler
    public void handle(RecordCouncilDecision command) {
        requirePhase(PlanPhase.BEFORE_COUNCIL, "the council's decision");
        requireText(command.decisionReference(), "decisionReference");
        apply(command.adopted() ? new PlanAdopted(planId, command.decisionReference())
                : new PlanSentBack(planId, command.decisionReference()));
    }

    @EventSourcingHandler
    void on(LibraryPlanKickedOff event) {
        planId = event.planId();
        county = event.county();
        progress.apply(event);
    }

    /** Every later event only moves the plan's progress on. */
    @EventSourcingHandler
    void on(Object event) {
        if (!(event instanceof LibraryPlanKickedOff)) {
            progress.apply(event);
        }
    }

    /** What is wrong with a proposed working group, each problem named; empty when it is right. */
    private List<String> compositionProblems(List<WorkingGroupMember> members) {
        List<String> problems = new ArrayList<>();
        Map<String, Long> perRegion = members.stream().filter(member -> !member.isFromCountyLibrary())
                .collect(Collectors.groupingBy(WorkingGroupMember::region, Collectors.counting()));
        for (Region region : progress.regions().values()) {
            long count = perRegion.getOrDefault(region.code(), 0L);
            if (count != 1) {
                problems.add("region '" + region.code() + "' has " + count + " members, needs exactly 1");
            }
        }
        perRegion.keySet().stream().filter(region -> !progress.regions().containsKey(region))
                .forEach(region -> problems.add("'" + region + "' is not a region of this plan"));
        long fromCountyLibrary = members.stream().filter(WorkingGroupMember::isFromCountyLibrary).count();
        if (fromCountyLibrary != COUNTY_LIBRARY_MEMBERS) {
            problems.add("the county library has " + fromCountyLibrary + " members, needs exactly "
                    + COUNTY_LIBRARY_MEMBERS);
        }
        if (members.stream().map(WorkingGroupMember::person).distinct().count() != members.size()) {
            problems.add("each person is a member once");
        }
        return problems;
    }

    /** Goals and measures are added while the plan is being worked on, before its draft is final. */
    private void requireDraftNotFinal(String field, String what) {
        if (progress.phase() != PlanPhase.MUNICIPALITIES_INFORMED && progress.phase() != PlanPhase.WORKING) {
            throw new RuleViolation(field, what + " are added before the draft is final; the plan is "
                    + progress.phase().code());
        }
    }

    private void requirePhase(PlanPhase required, String step) {
        if (progress.phase() != required) {
            throw new RuleViolation("phase", step + " comes when the plan is " + required.code() + "; it is "
                    + progress.phase().code());
        }
    }

    private void requireRegion(String region) {
        if (region == null || !progress.regions().containsKey(region)) {
            throw new RuleViolation("region", "'" + region + "' is not a region of this plan");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "is required");
        }
    }
}
