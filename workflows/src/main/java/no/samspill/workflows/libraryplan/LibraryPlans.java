package no.samspill.workflows.libraryplan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.samspill.core.libraryplan.LibraryPlanId;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.workflows.engine.RefusedInput;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;

/** Starts library plans' processes and feeds consultation answers into them. */
public class LibraryPlans {

    public static final String PROCESS_KEY = "library-plan";
    /** The county library registers an answer that came by letter or e-mail. */
    public static final String ANSWER_PROCESS_KEY = "consultation-answer";
    /** The county library's reminder to a body that has not answered, from Tasklist. */
    public static final String REMINDER_PROCESS_KEY = "consultation-reminder";
    static final String CONSULTATION_ANSWER = "consultationAnswer";

    private final RuntimeService runtimeService;

    public LibraryPlans(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * Starts the plan's process, whose first step kicks the plan off ("Registrer oppstarten") in the same
     * transaction, exactly as when the county library starts it from Tasklist; that step refuses an unregistered
     * county, and then nothing is started.
     */
    public LibraryPlanId start(MunicipalityCode county, String title, LocalDate kickoff) {
        LibraryPlanId id = LibraryPlanId.generate();
        Map<String, Object> variables = new HashMap<>();
        variables.put(LibraryPlanVariables.MUNICIPALITY, county.value());
        variables.put(LibraryPlanVariables.TITLE, title);
        variables.put(LibraryPlanVariables.KICKOFF, kickoff == null ? null : kickoff.toString());
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, id.value(), variables);
        return id;
    }

    /**
     * A consultation answer to the county's plan, from the API or Tasklist; recorded as late after the deadline. The
     * plan is found by its id within the county only.
     */
    public void answer(MunicipalityCode county, LibraryPlanId plan, String from, LocalDate receivedOn,
                       String documentReference) {
        Map<String, Object> answer = new HashMap<>();
        answer.put(LibraryPlanVariables.ANSWER_FROM, from);
        answer.put(LibraryPlanVariables.ANSWER_RECEIVED_ON, receivedOn == null ? null : receivedOn.toString());
        answer.put(LibraryPlanVariables.ANSWER_DOCUMENT, documentReference);
        try {
            runtimeService.createMessageCorrelation(CONSULTATION_ANSWER).processInstanceBusinessKey(plan.value())
                    .tenantId(county.value())
                    .setVariables(answer).correlate();
        } catch (MismatchingMessageCorrelationException noProcess) {
            throw new RefusedInput("plan", "no running library plan " + plan);
        }
    }
}
