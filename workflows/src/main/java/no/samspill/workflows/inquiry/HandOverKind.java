package no.samspill.workflows.inquiry;

import no.samspill.core.shared.Coded;

/** To whom a specialist hands an inquiry over: a colleague, whose task it becomes, or another unit. */
public enum HandOverKind implements Coded {
    STAFF("staff"),
    UNIT("unit");

    private final String code;

    HandOverKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
