package no.samspill.workflows.inquiry;

import no.samspill.core.shared.Coded;

/** What a staff member answers as an inquiry's task ends; each task allows some of these (its OutcomeCheck). */
public enum Outcome implements Coded {
    RESOLVED("resolved"),
    REFERRED("referred"),
    ABANDONED("abandoned"),
    HANDED_OVER("handed-over"),
    /** One door in: sent to another desk of the house. */
    SENT_TO_DESK("sent-to-desk");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
