package no.samspill.workflows.inquiry;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * As a staff member's task begins: removes the answers an earlier step's form left in the process (its outcome,
 * referral, handover, satisfaction), which the steps after that form have already used. Tasklist would otherwise
 * open the next form with a colleague's answers filled in, or not at all where an earlier outcome ("referred") is
 * not one of this form's choices.
 */
public class FreshAnswers implements ExecutionListener {

    static final List<String> ANSWERS = List.of(InquiryVariables.OUTCOME, InquiryVariables.COMPETENCE,
            InquiryVariables.REFERRAL_REASON, InquiryVariables.SATISFACTION, InquiryVariables.SEND_TO_DESK,
            InquiryVariables.HAND_OVER_KIND, InquiryVariables.HAND_OVER_TO);

    @Override
    public void notify(DelegateExecution execution) {
        ANSWERS.forEach(execution::removeVariable);
    }
}
