package no.samspill.workflows.libraryplan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.samspill.core.libraryplan.LibraryPlanCommands.StartLibraryPlan;
import no.samspill.core.libraryplan.LibraryPlanId;
import no.samspill.core.libraryplan.PlanCalendar;
import no.samspill.core.libraryplan.Region;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.RefusedInput;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;

/** Starts library plans and feeds consultation answers into their processes. */
public class LibraryPlans {

    static final String PROCESS_KEY = "library-plan";
    static final String CONSULTATION_ANSWER = "consultationAnswer";

    private final CommandSender commands;
    private final RuntimeService runtimeService;

    public LibraryPlans(CommandSender commands, RuntimeService runtimeService) {
        this.commands = commands;
        this.runtimeService = runtimeService;
    }

    /**
     * Kicks the plan off and starts its process, in one transaction: the kickoff event carries the regions, the
     * process the calendar's due dates.
     */
    public void start(StartLibraryPlan kickoff) {
        commands.send(kickoff);
        Map<String, Object> variables = new HashMap<>(LibraryPlanSteps.startVariables(kickoff.county().value(),
                kickoff.regions().stream().map(Region::code).toList(), new PlanCalendar(kickoff.kickoff())));
        variables.put("municipality", kickoff.county().value()); // the county is the instance's tenant
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, kickoff.planId().value(), variables);
    }

    /** A consultation answer, from a municipality's case system or staff; recorded as late after the deadline. */
    public void answer(LibraryPlanId plan, String from, LocalDate receivedOn, String documentReference) {
        Map<String, Object> answer = new HashMap<>();
        answer.put(LibraryPlanVariables.ANSWER_FROM, from);
        answer.put(LibraryPlanVariables.ANSWER_RECEIVED_ON, receivedOn == null ? null : receivedOn.toString());
        answer.put(LibraryPlanVariables.ANSWER_DOCUMENT, documentReference);
        try {
            runtimeService.createMessageCorrelation(CONSULTATION_ANSWER).processInstanceBusinessKey(plan.value())
                    .setVariables(answer).correlate();
        } catch (MismatchingMessageCorrelationException noProcess) {
            throw new RefusedInput("plan", "the plan's process has ended");
        }
    }
}
