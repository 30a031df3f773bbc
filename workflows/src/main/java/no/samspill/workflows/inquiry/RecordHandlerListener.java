package no.samspill.workflows.inquiry;

import no.samspill.core.inquiry.InquiryCommands.TakeInquiry;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.engine.Actors;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.RefusedInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * As a task completes, records who handled it for the steps that follow. Completing a task nobody claimed (possible
 * over engine-rest) takes the inquiry for the logged-in user first, so the log still says who had it.
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
        if (task.getAssignee() != null) {
            return new StaffId(task.getAssignee());
        }
        StaffId user = Actors.authenticatedUser().orElseThrow(() ->
                new RefusedInput("assignee", "the task must be claimed, or completed by a logged-in staff member"));
        commands.send(new TakeInquiry(new InquiryId(task.getExecution().getProcessBusinessKey()), user));
        return user;
    }
}
