package no.samspill.workflows.network;

import no.samspill.core.shared.Coded;

/** What the holder of a network contact did with it when its care came up. */
public enum CareAction implements Coded {
    USED("used"),
    HAND_OVER("hand-over"),
    LET_GO("let-go");

    private final String code;

    CareAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static CareAction fromCode(String code) {
        return Coded.fromCode(CareAction.class, code);
    }
}
