package no.samspill.workflows.inquiry;

import no.samspill.core.inquiry.InquiryId;
import no.samspill.workflows.engine.Actors;
import no.samspill.workflows.engine.RefusedInput;
import no.samspill.workflows.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * As a task ends: moves the form's optional note into the notes store and removes it from the process, in the same
 * transaction, so that the engine never stores it (its history leaves notes out too, see HistoryKept).
 */
public class KeepNoteOutOfProcess implements ExecutionListener {

    private final InquiryNotes notes;

    public KeepNoteOutOfProcess(InquiryNotes notes) {
        this.notes = notes;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String note = Variables.optional(execution, InquiryNotes.NOTE);
        execution.removeVariable(InquiryNotes.NOTE);
        if (note == null) {
            return;
        }
        if (note.length() > InquiryNotes.MAX_LENGTH) {
            throw new RefusedInput(InquiryNotes.NOTE, "must be at most " + InquiryNotes.MAX_LENGTH + " characters");
        }
        notes.add(Variables.businessKey(execution, InquiryId::new), Actors.handledBy(execution), note);
    }
}
