package no.samspill.workflows.inquiry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.workflows.engine.RefusedInput;
import no.samspill.workflows.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Checks a user task's outcome as the task ends, before the process moves on: the outcome is one the task allows,
 * and the fields that outcome needs are there. An execution listener rather than a task listener, because the engine
 * passes its refusal on unchanged (a 400 from engine-rest) where it would wrap a task listener's.
 */
public class OutcomeCheck implements ExecutionListener {

    private final Map<Outcome, List<String>> fieldsNeededByOutcome;

    /** {@code fieldsNeededByOutcome}: each allowed outcome with the variables it needs. */
    public OutcomeCheck(Map<Outcome, List<String>> fieldsNeededByOutcome) {
        this.fieldsNeededByOutcome = Map.copyOf(fieldsNeededByOutcome);
    }

    /** The outcomes this task allows. */
    public Set<Outcome> outcomes() {
        return fieldsNeededByOutcome.keySet();
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // the task ended unanswered (the inquiry was withdrawn): there is no outcome to check
        }
        String outcome = Variables.required(execution, InquiryVariables.OUTCOME);
        List<String> needed = fieldsNeededByOutcome.entrySet().stream()
                .filter(allowed -> allowed.getKey().code().equals(outcome)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (needed == null) {
            throw new RefusedInput(InquiryVariables.OUTCOME, "'" + outcome + "' is not an outcome of this task; allowed: "
                    + String.join(", ", outcomes().stream().map(Outcome::code).sorted().toList()));
        }
        for (String field : needed) {
            Variables.required(execution, field);
        }
    }
}
