package no.samspill.workflows.partnership;

import no.samspill.core.shared.Coded;

/** What the evaluation of a partnership decides: another period, or its end. */
public enum Continuation implements Coded {
    RENEW("renew"),
    END("end");

    private final String code;

    Continuation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
