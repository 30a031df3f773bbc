package no.samspill.workflows.libraryplan;

import static no.samspill.workflows.libraryplan.LibraryPlanVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import no.samspill.core.libraryplan.ConsultationBody;
import no.samspill.core.libraryplan.LibraryPlanId;
import no.samspill.core.libraryplan.PlanCalendar;
import no.samspill.core.libraryplan.Region;
import no.samspill.core.shared.Coded;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.libraryplan.WorkingGroupMember;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.engine.Actors;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.EngineClock;
import no.samspill.workflows.engine.RefusedInput;
import no.samspill.workflows.engine.TaskCards;
import no.samspill.workflows.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The library-plan process's steps, by the names its BPMN uses: one named step each (a record), as in every process's
 * steps. Each user task's form is turned into its command as the task ends (an execution listener, so that a refusal
 * answers 400); the service tasks send one command each.
 */
public final class LibraryPlanSteps {

    private LibraryPlanSteps() {
    }

    public static Map<String, Object> byName(CountyDirectory counties, CommandSender commands) {
        return Map.ofEntries(
                Map.entry("planRegions", new PlanRegions()),
                Map.entry("planMembers", new PlanMembers()),
                Map.entry("planTaskCard", TaskCards.showing(Map.of(
                        TaskCards.PLAN_TITLE, execution -> Variables.optional(execution, TITLE),
                        TaskCards.REGION_NAME, execution -> regionName(counties, execution)))),
                Map.entry("kickOffPlan", new KickOff(counties, commands)),
                Map.entry("forwardConsultationAnswer", new ForwardConsultationAnswer()),
                Map.entry("sendConsultationReminder", new SendReminder(commands)),
                Map.entry("recordExecutiveCase", new ExecutiveCaseRecorded(commands)),
                Map.entry("appointWorkingGroup", new WorkingGroupAppointed(commands)),
                Map.entry("sendInformationLetter", new InformationLetterSent(commands)),
                Map.entry("recordRegionalMeeting", new RegionalMeetingHeld(commands)),
                Map.entry("deliverRegionalInput", new RegionalInputDelivered(commands)),
                Map.entry("submitDraft", new DraftSubmitted(commands)),
                Map.entry("openConsultation", new OpenConsultationStep(counties, commands)),
                Map.entry("closeConsultation", new CloseConsultationStep(commands)),
                Map.entry("recordConsultationAnswer", new ConsultationAnswerRecorded(commands)),
                Map.entry("submitToCouncil", new CouncilCaseSubmitted(commands)),
                Map.entry("recordCouncilDecision", new CouncilDecisionRecorded(commands)));
    }

    /** "Registrere høringssvar" started in Tasklist: the answer goes to the plan of the staff member's county. */
    public record ForwardConsultationAnswer() implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            new LibraryPlans(execution.getProcessEngineServices().getRuntimeService()).answer(countyOf(execution),
                    Variables.required(execution, PLAN, LibraryPlanId::new), Variables.required(execution, ANSWER_FROM),
                    date(execution, ANSWER_RECEIVED_ON), Variables.optional(execution, ANSWER_DOCUMENT));
        }
    }

    /**
     * "Sende purringen", started in Tasklist by the county library: the reminder goes to the plan of the staff
     * member's own county (another county's plan refuses it, StepTenant).
     */
    public record SendReminder(CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            countyOf(execution);
            commands.send(new SendConsultationReminder(Variables.required(execution, PLAN, LibraryPlanId::new),
                    Variables.required(execution, REMINDER_BODY),
                    EngineClock.today()));
        }
    }

    /** "Fremme fylkesrådssak om planarbeidet", as the task ends. */
    public record ExecutiveCaseRecorded(CommandSender commands) implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            commands.send(new RecordExecutiveCase(planOf(execution), Variables.required(execution, CASE_REFERENCE)));
        }
    }

    /** "Oppnevne arbeidsgruppen", as the task ends. */
    public record WorkingGroupAppointed(CommandSender commands) implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            commands.send(new AppointWorkingGroup(planOf(execution), workingGroup(execution)));
        }
    }

    /** "Sende informasjonsbrev til kommunene", as the task ends. */
    public record InformationLetterSent(CommandSender commands) implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            commands.send(new SendInformationLetter(planOf(execution), date(execution, SENT_ON)));
        }
    }

    /** "Holde regionalt informasjons- og oppstartsmøte", as each region's task ends. */
    public record RegionalMeetingHeld(CommandSender commands) implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            commands.send(new RecordRegionalMeeting(planOf(execution), Variables.required(execution, REGION),
                    date(execution, HELD_ON), Variables.required(execution, ATTENDANCE, Integer::parseInt)));
        }
    }

    /**
     * "Levere regionens innspill til planen", as a region's task ends: delivered by the region's member who works
     * it in Tasklist (by the appointed member when the engine acts alone, as in process tests).
     */
    public record RegionalInputDelivered(CommandSender commands) implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            String region = Variables.required(execution, REGION);
            StaffId member = Actors.authenticatedUser()
                    .orElseGet(() -> new StaffId(new PlanMembers().memberFor(execution, region)));
            commands.send(new DeliverRegionalInput(planOf(execution), region, member,
                    Variables.required(execution, INPUT_SUMMARY), Variables.optional(execution, INPUT_DOCUMENT),
                    EngineClock.today()));
        }
    }

    /** "Utarbeide planutkast", as the task ends. */
    public record DraftSubmitted(CommandSender commands) implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            commands.send(new SubmitDraft(planOf(execution), Variables.required(execution, DOCUMENT_REFERENCE),
                    Variables.required(execution, VERSION)));
        }
    }

    /**
     * "Sende planutkastet på høring": a round of its own, open from today until the deadline staff chose in the
     * draft's form, or else the seed's calendar (a month of its own when that leaves less than three weeks); sent to
     * the county's municipalities, each region's council and the other bodies staff named. The timer waits for it.
     */
    public record OpenConsultationStep(CountyDirectory counties, CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            LocalDate today = EngineClock.today();
            LocalDate chosen = Variables.optionalDay(execution, CHOSEN_CONSULTATION_DEADLINE);
            LocalDate deadline = chosen != null ? chosen
                    : new PlanCalendar(date(execution, KICKOFF)).consultationDeadlineOpenedOn(today);
            commands.send(new OpenConsultation(planOf(execution), today, deadline, bodies(execution)));
            execution.setVariable(CONSULTATION_DEADLINE, deadline.toString());
            execution.setVariable(CONSULTATION_CLOSES_AT, EngineClock.endOf(deadline));
            // the next round (after a sending-back) is asked anew
            execution.removeVariable(CHOSEN_CONSULTATION_DEADLINE);
        }

        private List<ConsultationBody> bodies(DelegateExecution execution) {
            MunicipalityCode county = new MunicipalityCode(Variables.required(execution, MUNICIPALITY));
            List<ConsultationBody> bodies = new ArrayList<>();
            counties.municipalitiesOf(county).forEach(municipality ->
                    bodies.add(new ConsultationBody(municipality.value(), municipality.value())));
            counties.regionsOf(county).orElse(List.of()).forEach(region -> bodies.add(
                    new ConsultationBody("regionrad-" + region.code(), "Regionrådet i " + region.name())));
            String others = Variables.optional(execution, OTHER_CONSULTATION_BODIES);
            if (others != null) {
                for (String other : others.split(",")) {
                    if (!other.isBlank()) {
                        try {
                            bodies.add(new ConsultationBody(other, other));
                        } catch (IllegalArgumentException tooLong) {
                            throw new RefusedInput(OTHER_CONSULTATION_BODIES, tooLong.getMessage(), tooLong);
                        }
                    }
                }
            }
            return bodies;
        }
    }

    /** "Avslutte høringen", when its deadline has passed. */
    public record CloseConsultationStep(CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            commands.send(new CloseConsultation(planOf(execution)));
        }
    }

    /** "Registrere høringssvaret" in the plan, as an answer's message arrives. */
    public record ConsultationAnswerRecorded(CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            commands.send(new RecordConsultationAnswer(planOf(execution), Variables.required(execution, ANSWER_FROM),
                    date(execution, ANSWER_RECEIVED_ON), Variables.optional(execution, ANSWER_DOCUMENT)));
        }
    }

    /** "Fremme sak for fylkestinget", as the task ends. */
    public record CouncilCaseSubmitted(CommandSender commands) implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            commands.send(new SubmitToCouncil(planOf(execution), Variables.required(execution, CASE_REFERENCE)));
        }
    }

    /** "Registrere fylkestingets vedtak", as the task ends. */
    public record CouncilDecisionRecorded(CommandSender commands) implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            commands.send(new RecordCouncilDecision(planOf(execution), adopted(execution),
                    Variables.required(execution, DECISION_REFERENCE)));
        }
    }

    /** The working group's members, for the tasks they work: a region's input, and the draft together. */
    public static final class PlanMembers {
        /** The member appointed for the region. */
        public String memberFor(VariableScope process, String region) {
            return workingGroup(process).stream().filter(member -> region.equals(member.region()))
                    .map(member -> member.person().value()).findFirst()
                    .orElseThrow(() -> new RefusedInput(REGION_MEMBERS, "region '" + region + "' has no member"));
        }

        /** Every member, regions' and county library's. */
        public List<String> all(VariableScope process) {
            return workingGroup(process).stream().map(member -> member.person().value()).toList();
        }
    }

    /** The regions to hold meetings in, for the multi-instance task's collection. */
    public static final class PlanRegions {
        public List<String> of(VariableScope process) {
            return Arrays.stream(Variables.required(process, REGION_CODES).split(",")).map(String::trim).toList();
        }
    }

    /**
     * "Registrer oppstarten": kicks the plan off with the county's regions, and gives the process the seed's
     * calendar as due dates. The county is the staff member's own (the instance's tenant) when started in Tasklist.
     */
    public record KickOff(CountyDirectory counties, CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            String county = Variables.optional(execution, MUNICIPALITY);
            MunicipalityCode code = county != null ? Variables.required(execution, MUNICIPALITY, MunicipalityCode::new)
                    : new MunicipalityCode(Optional.ofNullable(execution.getTenantId()).orElseThrow(() ->
                    new RefusedInput(MUNICIPALITY, "is required: the staff member must belong to exactly one county")));
            List<Region> regions = counties.regionsOf(code).orElseThrow(() -> new RefusedInput("county",
                    "county " + code + " is not registered; register it with its regions first"));
            LibraryPlanId given = Variables.businessKey(execution, LibraryPlanId::new);
            LibraryPlanId plan = given == null ? LibraryPlanId.generate() : given;
            if (given == null) {
                execution.setProcessBusinessKey(plan.value());
            }
            LocalDate kickoff = date(execution, KICKOFF);
            commands.send(new StartLibraryPlan(plan, code, Variables.required(execution, TITLE), kickoff, regions));
            execution.setVariables(startVariables(code.value(), regions.stream().map(Region::code).toList(),
                    new PlanCalendar(kickoff)));
        }
    }

    /** The variables a started plan's process needs: its calendar as due dates (the consultation's, as it opens). */
    static Map<String, Object> startVariables(String county, List<String> regionCodes, PlanCalendar calendar) {
        return Map.ofEntries(
                Map.entry(MUNICIPALITY, county),
                Map.entry(REGION_CODES, String.join(",", regionCodes)),
                Map.entry(COUNTY_LIBRARY_GROUP, county + ".county-library"),
                Map.entry("dueExecutiveCase", EngineClock.endOf(calendar.executiveCaseDue())),
                Map.entry("dueWorkingGroup", EngineClock.endOf(calendar.workingGroupDue())),
                Map.entry("dueInformationLetter", EngineClock.endOf(calendar.informationLetterDue())),
                Map.entry("dueRegionalMeetings", EngineClock.endOf(calendar.regionalMeetingsDue())),
                Map.entry("dueDraft", EngineClock.endOf(calendar.draftDue())),
                Map.entry("dueCouncilCase", EngineClock.endOf(calendar.councilCaseDue())),
                Map.entry("dueDecision", EngineClock.endOf(calendar.decisionDue())));
    }

    /** The name of the region a regional meeting's task is for; none on the plan's other tasks. */
    private static String regionName(CountyDirectory counties, DelegateExecution execution) {
        String region = Variables.optional(execution, REGION);
        if (region == null || execution.getTenantId() == null) {
            return null;
        }
        return counties.regionsOf(new MunicipalityCode(execution.getTenantId())).orElse(List.of()).stream()
                .filter(known -> known.code().equals(region)).map(Region::name).findFirst().orElse(region);
    }

    /** The county library's own county, whose plans its staff's answers go to. */
    private static MunicipalityCode countyOf(DelegateExecution execution) {
        return new MunicipalityCode(Optional.ofNullable(execution.getTenantId()).orElseThrow(() ->
                new RefusedInput(MUNICIPALITY, "is required: the staff member must belong to exactly one county")));
    }

    private static LibraryPlanId planOf(DelegateExecution execution) {
        return Variables.businessKey(execution, LibraryPlanId::new);
    }

    private static LocalDate date(VariableScope scope, String name) {
        return Variables.requiredDay(scope, name);
    }

    private static boolean adopted(VariableScope scope) {
        return Variables.required(scope, DECISION, code -> Coded.fromCode(CouncilDecision.class, code))
                == CouncilDecision.ADOPTED;
    }

    /** "nord=nils, midt=mari" for the regions and "birgit, tor" for the county library. */
    private static List<WorkingGroupMember> workingGroup(VariableScope scope) {
        List<WorkingGroupMember> members = new ArrayList<>();
        for (String pair : Variables.required(scope, REGION_MEMBERS).split(",")) {
            String[] regionAndPerson = pair.split("=");
            if (regionAndPerson.length != 2 || regionAndPerson[0].isBlank() || regionAndPerson[1].isBlank()) {
                throw new RefusedInput(REGION_MEMBERS, "write one region=user per member, e.g. nord=nils, midt=mari");
            }
            members.add(WorkingGroupMember.fromRegion(new StaffId(regionAndPerson[1].trim()), regionAndPerson[0].trim()));
        }
        for (String person : Variables.required(scope, COUNTY_LIBRARY_MEMBERS).split(",")) {
            if (!person.isBlank()) {
                members.add(WorkingGroupMember.fromCountyLibrary(new StaffId(person.trim())));
            }
        }
        return members;
    }
}
