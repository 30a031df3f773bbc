package no.samspill.service.inquiry.tasklist;

import java.util.List;
import java.util.function.Supplier;
import no.samspill.service.api.NotFound;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The staff member signed in to Tasklist (Camunda's webapp session) behind Samspill's own Tasklist endpoints, and the
 * tasks they may see: Camunda's authorizations and tenants decide, as in Tasklist itself.
 */
@Component
public class TasklistViewer {

    private static final String ENGINE = "default";

    private final TaskService tasks;
    private final IdentityService identity;

    public TasklistViewer(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    /** The signed-in staff member; 401 for anyone else. */
    public UserAuthentication signedIn() {
        Authentications current = Authentications.getCurrent();
        if (current != null && current.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
                && user.getIdentityId() != null) {
            return user;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Sign in to Tasklist");
        throw new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
    }

    /** The task, if the staff member may see it; else 404, as for a task that does not exist. */
    public Task visibleTask(UserAuthentication staff, String taskId) {
        Task task = as(staff, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            throw noSuchTask(taskId);
        }
        return task;
    }

    /** Runs a read of Camunda's with the staff member's authorizations and tenants. */
    private <T> T as(UserAuthentication staff, Supplier<T> read) {
        identity.setAuthentication(staff.getIdentityId(), list(staff.getGroupIds()), list(staff.getTenantIds()));
        try {
            return read.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    static NotFound noSuchTask(String taskId) {
        return new NotFound("No task " + taskId + " that you may see");
    }

    private static List<String> list(List<String> ids) {
        return ids == null ? List.of() : ids;
    }
}
