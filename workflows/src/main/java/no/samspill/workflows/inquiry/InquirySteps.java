package no.samspill.workflows.inquiry;

import static no.samspill.workflows.inquiry.InquiryVariables.COMPETENCE;
import static no.samspill.workflows.inquiry.InquiryVariables.HAND_OVER_KIND;
import static no.samspill.workflows.inquiry.InquiryVariables.HAND_OVER_TO;
import static no.samspill.workflows.inquiry.InquiryVariables.REFERRAL_REASON;

import java.util.List;
import java.util.Map;
import no.samspill.workflows.engine.CommandSender;

/**
 * The delegates and listeners of the inquiry processes, by the names the BPMN files use in
 * {@code camunda:delegateExpression}. These are the only objects the processes' expressions can reach.
 */
public final class InquirySteps {

    private InquirySteps() {
    }

    public static Map<String, Object> byName(InquiryRegistration registration, ServicePointDirectory servicePoints,
                                             InquiryNotes notes, CommandSender commands) {
        return byName(registration, servicePoints, notes, commands,
                new TaskCardVariables(InquiryListLabels.NONE, ServiceLevels.NONE, servicePoints));
    }

    /** With {@code taskCards} putting on each inquiry task, as it is created, what Tasklist's list shows and its due. */
    public static Map<String, Object> byName(InquiryRegistration registration, ServicePointDirectory servicePoints,
                                             InquiryNotes notes, CommandSender commands,
                                             TaskCardVariables taskCards) {
        return Map.ofEntries(
                Map.entry("keepNoteOutOfProcess", new KeepNoteOutOfProcess(notes)),
                Map.entry("freshAnswers", new FreshAnswers()),
                Map.entry("taskCardVariables", taskCards),
                Map.entry("registerInquiryDelegate", new RegisterInquiryDelegate(registration)),
                Map.entry("recordRoutingDelegate", new InquiryStepDelegates.RecordRouting(commands)),
                Map.entry("takeInquiryListener", new TakeInquiryListener(commands)),
                Map.entry("recordHandlerListener", new RecordHandlerListener(commands)),
                Map.entry("deskOutcomeCheck", new OutcomeCheck(Map.of(
                        Outcome.RESOLVED, List.of(),
                        Outcome.REFERRED, List.of(COMPETENCE, REFERRAL_REASON),
                        Outcome.ABANDONED, List.of()))),
                Map.entry("specialistOutcomeCheck", new OutcomeCheck(Map.of(
                        Outcome.RESOLVED, List.of(),
                        Outcome.HANDED_OVER, List.of(HAND_OVER_KIND, HAND_OVER_TO)))),
                Map.entry("referInquiryDelegate", new InquiryStepDelegates.Refer(commands)),
                Map.entry("resolveInquiryDelegate", new InquiryStepDelegates.Resolve(commands)),
                Map.entry("abandonInquiryDelegate", new InquiryStepDelegates.Abandon(commands)),
                Map.entry("withdrawInquiryDelegate", new InquiryStepDelegates.Withdraw(commands)),
                Map.entry("handOverInquiryDelegate", new InquiryStepDelegates.HandOver(commands)),
                Map.entry("findArrivalDeskDelegate", new DeskSteps.FindArrivalDesk(servicePoints)),
                Map.entry("sendToDeskDelegate", new DeskSteps.SendToDesk(servicePoints, commands)),
                Map.entry("chooseTeamDelegate", new HybridSteps.ChooseTeam(servicePoints)),
                Map.entry("referToOtherLocationDelegate", new HybridSteps.ReferToOtherLocation(servicePoints)),
                Map.entry("servedOutcomeCheck", new OutcomeCheck(Map.of(
                        Outcome.RESOLVED, List.of(),
                        Outcome.ABANDONED, List.of()))),
                Map.entry("deskOutcomeCheckOneDoorIn", new OutcomeCheck(Map.of(
                        Outcome.RESOLVED, List.of(),
                        Outcome.SENT_TO_DESK, List.of(InquiryVariables.SEND_TO_DESK),
                        Outcome.ABANDONED, List.of()))));
    }
}
