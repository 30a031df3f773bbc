package no.samspill.workflows.partnership;

import java.util.Set;
import no.samspill.workflows.engine.TaskCards;

/** Names of the partnership process's variables. */
public final class PartnershipVariables {

    /** The library's municipality, also the instance's tenant (see MunicipalityTenants). */
    public static final String MUNICIPALITY = "municipality";
    /** Who works the partnership's tasks: the library's partnership coordinators. */
    public static final String PARTNERSHIP_GROUP = "partnershipGroup";
    public static final String PARTNER = "partner";
    public static final String SECTOR = "sector";
    public static final String RELATION = "relation";
    public static final String PURPOSE = "purpose";
    public static final String PROPOSED_BY = "proposedBy";
    public static final String PASSED_SCREENING = "passedScreening";
    /** What the agreement is: a fixed activity, an open framework, a sponsorship or a grant (AgreementKind). */
    public static final String AGREEMENT_KIND = "agreementKind";
    /** A fixed activity's last day. */
    public static final String ENDS_ON = "endsOn";
    /** A sponsorship's or grant's conditions, as its giver states them. */
    public static final String CONDITIONS = "conditions";
    public static final String EXPECTATIONS = "expectations";
    public static final String ROLES = "roles";
    public static final String RESULTS = "results";
    public static final String EVALUATION_INTERVAL_MONTHS = "evaluationIntervalMonths";
    /** When the evaluation timer fires: the start of the due day. */
    public static final String EVALUATION_DUE_AT = "evaluationDueAt";
    /** The evaluation task's due date: the end of the grace period after the due day. */
    public static final String EVALUATION_LATE_AT = "evaluationLateAt";
    public static final String SERVES_STRATEGY = "servesStrategy";
    public static final String SUMMARY = "summary";
    /**
     * Continuation: renew, fall back to collaboration or network, or end; chosen in the evaluation, or a fall-back
     * asked from outside it.
     */
    public static final String CONTINUATION = "continuation";
    public static final String END_REASON = "endReason";
    public static final String END_EXPLANATION = "endExplanation";
    /** Why a partnership falls back when asked outside an evaluation (in an evaluation, its summary says why). */
    public static final String FALL_BACK_REASON = "fallBackReason";

    /** Set by the partnership's own steps, never by staff (StaffCommandGate): its library, group and proposer. */
    public static final Set<String> SET_BY_STEPS = Set.of(MUNICIPALITY, TaskCards.PARTNER_NAME,
            PARTNERSHIP_GROUP,
            PROPOSED_BY, EVALUATION_DUE_AT, EVALUATION_LATE_AT);

    private PartnershipVariables() {
    }
}
