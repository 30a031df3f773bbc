package no.samspill.workflows.inquiry;

import java.util.Set;
import no.samspill.workflows.engine.Actors;

/** Names of the inquiry processes' variables, shared by forms, delegates and the API. None holds personal data. */
public final class InquiryVariables {

    public static final String MUNICIPALITY = "municipality";
    public static final String SERVICE_POINT = "servicePoint";
    public static final String CHANNEL = "channel";
    public static final String SERVICE = "service";
    public static final String EXTERNAL_REFERENCE = "externalReference";
    /** When the first step registered the inquiry (a date): the service level's due date counts from it. */
    public static final String REGISTERED_AT = "registeredAt";
    /** The citizen's pseudonym ({@link no.samspill.core.citizen.CitizenRef}); the identifier itself never. */
    public static final String CITIZEN = "citizen";
    public static final String GENERALIST_GROUP = "generalistGroup";
    /** Inputs of the routing decision (dmn/inquiry-routing.dmn) and its result. */
    public static final String MODEL = "model";
    public static final String OFFERED_HERE = "offeredHere";
    public static final String OFFERED_ELSEWHERE = "offeredElsewhere";
    /** The competence the service point's catalogue says the service needs. */
    public static final String NEEDED_COMPETENCE = "neededCompetence";
    public static final String ROUTING = "routing";
    public static final String SPECIALIST_GROUP = "specialistGroup";
    public static final String OUTCOME = "outcome";
    /** Optional on resolution: the citizen's satisfaction, 1 to 5. */
    public static final String SATISFACTION = "satisfaction";
    public static final String COMPETENCE = "competence";
    public static final String REFERRAL_REASON = "referralReason";
    /** One door in: the desk the citizen came to (optional input), the desk serving now and its staff group. */
    public static final String DESK = "desk";
    public static final String CURRENT_DESK = "currentDesk";
    public static final String DESK_GROUP = "deskGroup";
    public static final String SERVED_WITH = "servedWith";
    public static final String SEND_TO_DESK = "sendToDesk";
    public static final String HAND_OVER_KIND = "handOverKind";
    public static final String HAND_OVER_TO = "handOverTo";
    /** Why the case system withdrew the inquiry (WithdrawalReason's code), with the withdrawal's message. */
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    public static final String HANDED_OVER_TO_STAFF = "handedOverToStaff";

    /**
     * Set by the process's own steps (and the API), never by staff: the citizen, who handled a task, where the
     * inquiry was routed and which staff groups its tasks go to (StaffCommandGate refuses them from staff).
     */
    public static final Set<String> SET_BY_STEPS = Set.of(MUNICIPALITY, CITIZEN, REGISTERED_AT,
            InquiryListLabels.REGISTERED,
            Actors.HANDLED_BY, GENERALIST_GROUP, SPECIALIST_GROUP, DESK_GROUP,
            HybridSteps.SERVING_GROUP, CURRENT_DESK, SERVED_WITH, MODEL, OFFERED_HERE, OFFERED_ELSEWHERE,
            NEEDED_COMPETENCE, ROUTING, HANDED_OVER_TO_STAFF, InquiryListLabels.SERVICE_LABEL,
            InquiryListLabels.CHANNEL_LABEL, InquiryListLabels.SERVICE_POINT_NAME);

    private InquiryVariables() {
    }
}
