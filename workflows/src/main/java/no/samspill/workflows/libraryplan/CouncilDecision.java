package no.samspill.workflows.libraryplan;

import no.samspill.core.shared.Coded;

/** What the county council decided on the plan. */
public enum CouncilDecision implements Coded {
    ADOPTED("adopted"),
    SENT_BACK("sent-back");

    private final String code;

    CouncilDecision(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
