package no.samspill.service.inquiry.tasklist;

import java.util.List;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.api.NotFound;
import no.samspill.service.personaldata.PersonalDataStore;
import no.samspill.service.personaldata.PersonalDataStore.InquiryPersonalData;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
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
    private static final String ENGINE = "default";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final PersonalDataStore personalData;

    public CitizenOfTask(TaskService tasks, RuntimeService runtime, IdentityService identity,
                         PersonalDataStore personalData) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.personalData = personalData;
    }

    /** The citizen's identifier, or none when the case system gave none or it has been erased. */
    public record CitizenShown(String citizenId, boolean erased) {
    }

    @PostMapping(PATH)
    @Transactional
    public CitizenShown show(@PathVariable String taskId) {
        UserAuthentication staff = signedIn();
        ProcessInstance inquiry = inquiryOfVisibleTask(staff, taskId);
        InquiryPersonalData data = personalData.read(new MunicipalityCode(inquiry.getTenantId()),
                        inquiry.getBusinessKey(), staff.getIdentityId())
                .orElseThrow(() -> noSuchTask(taskId));
        return new CitizenShown(data.citizenId(), data.erasedAt() != null);
    }

    private static UserAuthentication signedIn() {
        Authentications current = Authentications.getCurrent();
        if (current != null && current.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
                && user.getIdentityId() != null) {
            return user;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Sign in to Tasklist to see a task's citizen");
        throw new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
    }

    /** The task's inquiry, if the staff member may see the task (Camunda's authorizations and tenants decide). */
    private ProcessInstance inquiryOfVisibleTask(UserAuthentication staff, String taskId) {
        Task task;
        identity.setAuthentication(staff.getIdentityId(), list(staff.getGroupIds()), list(staff.getTenantIds()));
        try {
            task = tasks.createTaskQuery().taskId(taskId).singleResult();
        } finally {
            identity.clearAuthentication();
        }
        ProcessInstance inquiry = task == null || task.getProcessInstanceId() == null || task.getTenantId() == null
                ? null
                : runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        if (inquiry == null || inquiry.getBusinessKey() == null) {
            throw noSuchTask(taskId);
        }
        return inquiry;
    }

    private static List<String> list(List<String> ids) {
        return ids == null ? List.of() : ids;
    }

    private static NotFound noSuchTask(String taskId) {
        return new NotFound("No inquiry task " + taskId + " that you may see");
    }
}
