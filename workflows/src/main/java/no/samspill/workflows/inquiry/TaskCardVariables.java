package no.samspill.workflows.inquiry;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.MunicipalTime;
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
 * on every process instance of the municipality. The task is due by the service level of the inquiry's channel,
 * counted from its registration (ServiceLevels), unless a due date is already set.
 */
public class TaskCardVariables implements TaskListener {

    /** Local time, sortable as text: Tasklist shows and sorts a card's variables as they are. */
    private static final DateTimeFormatter CARD_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(MunicipalTime.ZONE);

    private final InquiryListLabels labels;
    private final ServiceLevels serviceLevels;
    private final ServicePointDirectory servicePoints;

    public TaskCardVariables(InquiryListLabels labels, ServiceLevels serviceLevels,
                             ServicePointDirectory servicePoints) {
        this.labels = labels;
        this.serviceLevels = serviceLevels;
        this.servicePoints = servicePoints;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        MunicipalityCode municipality = Variables.required(execution, InquiryVariables.MUNICIPALITY,
                MunicipalityCode::new);
        Channel channel = Variables.required(execution, InquiryVariables.CHANNEL, Channel::fromCode);
        Map<String, Object> shown = new HashMap<>();
        servicePoints.find(new ServicePointId(municipality, Variables.required(execution,
                InquiryVariables.SERVICE_POINT))).ifPresent(place -> shown.putAll(labels.of(municipality,
                Variables.required(execution, InquiryVariables.SERVICE, ServiceCode::fromCode), channel, place)));
        if (execution.getVariable(InquiryVariables.REGISTERED_AT) instanceof Date registeredAt) {
            shown.put(InquiryListLabels.REGISTERED, CARD_TIME.format(registeredAt.toInstant()));
            if (task.getDueDate() == null) {
                serviceLevels.dueFor(municipality, channel, registeredAt.toInstant())
                        .ifPresent(due -> task.setDueDate(Date.from(due)));
            }
        }
        String reference = Variables.optional(execution, InquiryVariables.EXTERNAL_REFERENCE);
        if (reference != null) {
            shown.put(InquiryVariables.EXTERNAL_REFERENCE, reference);
        }
        task.setVariablesLocal(shown);
    }
}
