package no.samspill.core.libraryplan;

import no.samspill.core.shared.Coded;

/** Where a library plan stands, from the kickoff to the county council's decision (seed 003). */
public enum PlanPhase implements Coded {
    KICKED_OFF("kicked-off"),
    PLAN_PROCESS_STARTED("plan-process-started"),
    WORKING_GROUP_APPOINTED("working-group-appointed"),
    MUNICIPALITIES_INFORMED("municipalities-informed"),
    WORKING("working"),
    DRAFT_READY("draft-ready"),
    IN_CONSULTATION("in-consultation"),
    CONSULTATION_CLOSED("consultation-closed"),
    BEFORE_COUNCIL("before-council"),
    ADOPTED("adopted");

    private final String code;

    PlanPhase(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static PlanPhase fromCode(String code) {
        return Coded.fromCode(PlanPhase.class, code);
    }
}
