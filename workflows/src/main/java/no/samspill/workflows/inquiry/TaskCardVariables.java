package no.samspill.workflows.inquiry;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * As an inquiry's task is created: copies what Tasklist's list shows of the inquiry (InquiryListLabels and the case
 * reference) onto the task itself. A filter reads a task's own variables with the task (staff may read the tasks
 * offered to them), while reading the process's would need a grant on every process instance of the municipality.
 */
public class TaskCardVariables implements TaskListener {

    static final List<String> SHOWN = List.of(InquiryListLabels.SERVICE_LABEL, InquiryListLabels.CHANNEL_LABEL,
            InquiryListLabels.SERVICE_POINT_NAME, InquiryVariables.EXTERNAL_REFERENCE);

    @Override
    public void notify(DelegateTask task) {
        for (String name : SHOWN) {
            Object value = task.getExecution().getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value);
            }
        }
    }
}
