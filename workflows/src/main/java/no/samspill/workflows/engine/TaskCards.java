package no.samspill.workflows.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * What Tasklist's list shows of a library plan's or a partnership's task, put on the task itself as it is created
 * (Tasklist's filters read a task's own variables; the process's would need a grant on every instance). Inquiry
 * tasks have their own (TaskCardVariables).
 */
public final class TaskCards {

    /** The plan's title. */
    public static final String PLAN_TITLE = "planTitle";
    /** The region a regional meeting is held in, by name. */
    public static final String REGION_NAME = "regionName";
    /** The partner organisation's name. */
    public static final String PARTNER_NAME = "partnerName";

    private TaskCards() {
    }

    /** A create listener putting each card variable, worked out from the task's execution, on the task. */
    public static TaskListener showing(Map<String, Function<DelegateExecution, String>> cardVariables) {
        return task -> {
            Map<String, Object> shown = new HashMap<>();
            cardVariables.forEach((name, value) -> {
                String text = value.apply(task.getExecution());
                if (text != null) {
                    shown.put(name, text);
                }
            });
            task.setVariablesLocal(shown);
        };
    }
}
