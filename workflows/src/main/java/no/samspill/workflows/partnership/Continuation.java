package no.samspill.workflows.partnership;

import no.samspill.core.shared.Coded;

/**
 * What the evaluation of a partnership decides: another period, going on without the agreement as a collaboration or
 * a network relation, or its end.
 */
public enum Continuation implements Coded {
    RENEW("renew"),
    FALL_BACK_TO_COLLABORATION("collaboration"),
    FALL_BACK_TO_NETWORK("network"),
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
