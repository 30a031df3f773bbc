package no.samspill.workflows.inquiry;

import no.samspill.core.inquiry.InquiryCommands.TakeInquiry;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** A staff member claims an inquiry's task (or is assigned it): the inquiry is taken by them. */
public class TakeInquiryListener implements TaskListener {

    private final CommandSender commands;

    public TakeInquiryListener(CommandSender commands) {
        this.commands = commands;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() == null) {
            return; // unclaimed: nobody takes it
        }
        commands.send(new TakeInquiry(Variables.businessKey(task, InquiryId::new),
                new StaffId(task.getAssignee())));
    }
}
