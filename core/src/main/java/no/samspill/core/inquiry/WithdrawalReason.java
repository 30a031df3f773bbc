package no.samspill.core.inquiry;

import no.samspill.core.shared.Coded;

/** Why a case system withdrew an inquiry it registered. */
public enum WithdrawalReason implements Coded {
    /** Never a citizen's inquiry: counted nowhere. */
    REGISTERED_BY_MISTAKE("registered-by-mistake"),
    /** The same inquiry registered twice: the other one counts. */
    DUPLICATE("duplicate"),
    /** The citizen no longer wants it. */
    CITIZEN_WITHDREW("citizen-withdrew");

    private final String code;

    WithdrawalReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static WithdrawalReason fromCode(String code) {
        return Coded.fromCode(WithdrawalReason.class, code);
    }
}
