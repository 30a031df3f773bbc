package no.samspill.workflows.inquiry;

import java.util.HashMap;
import java.util.Map;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.workflows.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * As an inquiry's task is created: puts on the task itself what Tasklist's list shows of the inquiry (its labels,
 * InquiryListLabels, and the case reference), derived from the process's variables. A filter reads a task's own
 * variables with the task (staff may read the tasks offered to them), while reading the process's would need a grant
 * on every process instance of the municipality.
 */
public class TaskCardVariables implements TaskListener {

    private final InquiryListLabels labels;
    private final ServicePointDirectory servicePoints;

    public TaskCardVariables(InquiryListLabels labels, ServicePointDirectory servicePoints) {
        this.labels = labels;
        this.servicePoints = servicePoints;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        MunicipalityCode municipality = Variables.required(execution, InquiryVariables.MUNICIPALITY,
                MunicipalityCode::new);
        Map<String, Object> shown = new HashMap<>();
        servicePoints.find(new ServicePointId(municipality, Variables.required(execution,
                InquiryVariables.SERVICE_POINT))).ifPresent(place -> shown.putAll(labels.of(municipality,
                Variables.required(execution, InquiryVariables.SERVICE, ServiceCode::fromCode),
                Variables.required(execution, InquiryVariables.CHANNEL, Channel::fromCode), place)));
        String reference = Variables.optional(execution, InquiryVariables.EXTERNAL_REFERENCE);
        if (reference != null) {
            shown.put(InquiryVariables.EXTERNAL_REFERENCE, reference);
        }
        task.setVariablesLocal(shown);
    }
}
