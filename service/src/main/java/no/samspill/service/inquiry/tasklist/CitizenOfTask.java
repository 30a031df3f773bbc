package no.samspill.service.inquiry.tasklist;

import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.personaldata.PersonalDataStore;
import no.samspill.service.personaldata.PersonalDataStore.InquiryPersonalData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Vis innbygger" in a task's briefing: opens the identity the case system gave for the task's inquiry, for a
 * staff member signed in to Tasklist who may see that task, and logs the read with their name. Behind Camunda's
 * webapp session and its CSRF check (a POST under {@code /camunda}), not the case systems' API.
 */
@RestController
public class CitizenOfTask {

    static final String PATH = "/camunda/api/samspill/tasks/{taskId}/citizen";

    private final TasklistViewer viewer;
    private final RuntimeService runtime;
    private final PersonalDataStore personalData;

    public CitizenOfTask(TasklistViewer viewer, RuntimeService runtime, PersonalDataStore personalData) {
        this.viewer = viewer;
        this.runtime = runtime;
        this.personalData = personalData;
    }

    /** The citizen's identifier, or none when the case system gave none or it has been erased. */
    public record CitizenShown(String citizenId, boolean erased) {
    }

    @PostMapping(PATH)
    @Transactional
    public CitizenShown show(@PathVariable String taskId) {
        UserAuthentication staff = viewer.signedIn();
        Task task = viewer.visibleTask(staff, taskId);
        ProcessInstance inquiry = task.getProcessInstanceId() == null || task.getTenantId() == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        if (inquiry == null || inquiry.getBusinessKey() == null) {
            throw TasklistViewer.noSuchTask(taskId);
        }
        InquiryPersonalData data = personalData.read(new MunicipalityCode(inquiry.getTenantId()),
                        inquiry.getBusinessKey(), staff.getIdentityId())
                .orElseThrow(() -> TasklistViewer.noSuchTask(taskId));
        return new CitizenShown(data.citizenId(), data.erasedAt() != null);
    }
}
