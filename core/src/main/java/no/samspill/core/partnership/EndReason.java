package no.samspill.core.partnership;

import no.samspill.core.shared.Coded;

/** Why a partnership ended; evaluators count ended partnerships by it. */
public enum EndReason implements Coded {
    NO_LONGER_SERVES_STRATEGY("no-longer-serves-strategy"),
    RESULTS_REACHED("results-reached"),
    PARTNER_WITHDREW("partner-withdrew"),
    LACK_OF_RESOURCES("lack-of-resources");

    private final String code;

    EndReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static EndReason fromCode(String code) {
        return Coded.fromCode(EndReason.class, code);
    }
}
