package no.samspill.workflows.network;

import java.util.HashMap;
import java.util.Map;
import no.samspill.core.network.PartnerContactId;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The network's contacts from the API: opened by starting their process (so that their care is the holder's task,
 * as for one opened in Tasklist), and handed over or let go by completing that task exactly as the holder would.
 */
public class NetworkContacts {

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    public NetworkContacts(RuntimeService runtimeService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    public void open(MunicipalityCode library, String partner, StaffId holder, String topic) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(NetworkContactVariables.MUNICIPALITY, library.value());
        variables.put(NetworkContactVariables.PARTNER, partner);
        variables.put(NetworkContactVariables.TOPIC, topic);
        variables.put(NetworkContactVariables.HOLDER, holder.value());
        runtimeService.startProcessInstanceByKey(NetworkContactProcess.PROCESS_KEY, variables);
    }

    /**
     * Completes the holder's care task as a hand-over, when {@code from} holds it. Answers false when there is no
     * such task (opened before contacts had one, not held, or held by another): the aggregate then says why.
     */
    public boolean handOver(PartnerContactId contact, StaffId from, StaffId to) {
        return complete(contact, from, Map.of(NetworkContactVariables.CARE_ACTION, CareAction.HAND_OVER.code(),
                NetworkContactVariables.HAND_OVER_TO, to.value()));
    }

    /** As {@link #handOver}, letting the contact go. */
    public boolean letGo(PartnerContactId contact, StaffId by) {
        return complete(contact, by, Map.of(NetworkContactVariables.CARE_ACTION, CareAction.LET_GO.code()));
    }

    /** Who holds the contact's care task now; null when none. */
    public String holderOf(PartnerContactId contact) {
        Task task = careTask(contact);
        return task == null ? null : task.getAssignee();
    }

    private boolean complete(PartnerContactId contact, StaffId holder, Map<String, Object> values) {
        Task task = careTask(contact);
        if (task == null || !holder.value().equals(task.getAssignee())) {
            return false;
        }
        taskService.complete(task.getId(), values);
        return true;
    }

    private Task careTask(PartnerContactId contact) {
        return taskService.createTaskQuery().processInstanceBusinessKey(contact.toString())
                .tenantIdIn(contact.library().value()).processDefinitionKey(NetworkContactProcess.PROCESS_KEY)
                .taskDefinitionKey(NetworkContactProcess.CARE).singleResult();
    }
}
