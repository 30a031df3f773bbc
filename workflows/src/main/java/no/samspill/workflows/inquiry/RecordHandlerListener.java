package no.samspill.workflows.inquiry;

import no.samspill.core.inquiry.InquiryCommands.TakeInquiry;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.engine.Actors;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.Variables;
import no.samspill.workflows.engine.RefusedInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * As a task completes, records who handled it for the steps that follow: the logged-in staff member completing it,
 * else (a case system through Samspill's API) the task's assignee. A staff member completing a task they had not
 * claimed (possible over engine-rest, or one a colleague had claimed) takes the inquiry first, so the log still says
 * who had it.
 */
public class RecordHandlerListener implements TaskListener {

    private final CommandSender commands;

    public RecordHandlerListener(CommandSender commands) {
        this.commands = commands;
    }

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().setVariable(Actors.HANDLED_BY, handler(task).value());
    }

    private StaffId handler(DelegateTask task) {
        StaffId assignee = task.getAssignee() == null ? null : new StaffId(task.getAssignee());
        StaffId user = Actors.authenticatedUser().orElse(assignee);
        if (user == null) {
            throw new RefusedInput("assignee", "the task must be claimed, or completed by a logged-in staff member");
        }
        if (!user.equals(assignee)) {
            commands.send(new TakeInquiry(Variables.businessKey(task, InquiryId::new), user));
        }
        return user;
    }
}
