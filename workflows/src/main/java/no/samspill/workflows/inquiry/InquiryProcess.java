package no.samspill.workflows.inquiry;

import static no.samspill.workflows.engine.ProcessVariable.code;
import static no.samspill.workflows.engine.ProcessVariable.date;
import static no.samspill.workflows.engine.ProcessVariable.number;
import static no.samspill.workflows.engine.ProcessVariable.result;
import static no.samspill.workflows.engine.ProcessVariable.text;
import static no.samspill.workflows.engine.ProcessVariable.yesNo;
import static no.samspill.workflows.inquiry.InquiryVariables.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.core.inquiry.ReferralReason;
import no.samspill.core.inquiry.Route;
import no.samspill.core.inquiry.WithdrawalReason;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.ServiceCode;
import no.samspill.workflows.engine.Actors;
import no.samspill.workflows.engine.ProcessDescription;
import no.samspill.workflows.engine.ProcessVariable;

/** The inquiry processes, one per co-organisation model, as the code knows them (InquiryProcessesMatchBpmnTest). */
public final class InquiryProcess {

    /** The tasks, by the ids the BPMN gives them. */
    public static final String SERVE_AT_SHARED_DESK = "serveAtSharedDesk";
    public static final String HANDLE_REFERRAL = "handleReferral";
    public static final String GUIDE_ONWARDS = "guideOnwards";
    public static final String SERVE_AT_DESK = "serveAtDesk";
    public static final String SERVE_CITIZEN = "serveCitizen";
    public static final String SERVE_AT_LIBRARY_DESK = "serveAtLibraryDesk";

    /** Every variable of the inquiry processes, whichever model. */
    static final List<ProcessVariable> VARIABLES = List.of(
            text(MUNICIPALITY), text(SERVICE_POINT), code(CHANNEL, Channel.class), code(SERVICE, ServiceCode.class),
            text(EXTERNAL_REFERENCE), text(CITIZEN), date(REGISTERED_AT), text(DESK),
            text(GENERALIST_GROUP), text(SPECIALIST_GROUP), text(DESK_GROUP), text(HybridSteps.SERVING_GROUP),
            text(CURRENT_DESK), text(SERVED_WITH),
            code(MODEL, CoOrganisationModel.class), yesNo(OFFERED_HERE), yesNo(OFFERED_ELSEWHERE),
            text(NEEDED_COMPETENCE),
            result(ROUTING, code(RoutingDecision.ROUTE, Route.class), yesNo(RoutingDecision.HANDLED_LOCALLY),
                    text(RoutingDecision.NOT_HANDLED_LOCALLY_REASON)),
            code(OUTCOME, Outcome.class), number(SATISFACTION),
            code(COMPETENCE, List.of(Competence.CITIZEN_SERVICE.code(), Competence.LIBRARY.code(),
                    Competence.SHARED.code())),
            code(REFERRAL_REASON, ReferralReason.class), text(SEND_TO_DESK),
            code(HAND_OVER_KIND, HandOverKind.class), text(HAND_OVER_TO), text(HANDED_OVER_TO_STAFF),
            code(WITHDRAWAL_REASON, WithdrawalReason.class),
            text(InquiryNotes.NOTE), text(Actors.HANDLED_BY),
            text(InquiryListLabels.SERVICE_LABEL), text(InquiryListLabels.CHANNEL_LABEL),
            text(InquiryListLabels.SERVICE_POINT_NAME), text(InquiryListLabels.REGISTERED));

    public static final ProcessDescription TOTAL_COLLABORATION = describe(CoOrganisationModel.TOTAL_COLLABORATION,
            Set.of(SERVE_AT_SHARED_DESK, HANDLE_REFERRAL, GUIDE_ONWARDS), Set.of(InquiryProcesses.WITHDRAWAL));
    public static final ProcessDescription ONE_DOOR_IN = describe(CoOrganisationModel.ONE_DOOR_IN,
            Set.of(SERVE_AT_DESK, GUIDE_ONWARDS), Set.of(InquiryProcesses.WITHDRAWAL));
    public static final ProcessDescription HYBRID = describe(CoOrganisationModel.HYBRID,
            Set.of(SERVE_CITIZEN, GUIDE_ONWARDS), Set.of(InquiryProcesses.WITHDRAWAL));
    public static final ProcessDescription PAC_MAN = describe(CoOrganisationModel.PAC_MAN,
            Set.of(SERVE_AT_LIBRARY_DESK, GUIDE_ONWARDS), Set.of(InquiryProcesses.CASE_SYSTEM_ANSWER,
                    InquiryProcesses.WITHDRAWAL));

    public static final List<ProcessDescription> ALL = List.of(TOTAL_COLLABORATION, ONE_DOOR_IN, HYBRID, PAC_MAN);

    /** The four models' process keys. */
    public static final Set<String> KEYS = ALL.stream().map(ProcessDescription::processKey)
            .collect(Collectors.toUnmodifiableSet());

    private InquiryProcess() {
    }

    /** One process definition per model, keyed {@code inquiry-<model>}. */
    public static String processKeyFor(CoOrganisationModel model) {
        return "inquiry-" + model.code();
    }

    private static ProcessDescription describe(CoOrganisationModel model, Set<String> userTasks,
                                               Set<String> messages) {
        return ProcessDescription.of(processKeyFor(model), userTasks, messages, VARIABLES);
    }
}
