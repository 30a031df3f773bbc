package no.samspill.core.inquiry;

import no.samspill.core.shared.Coded;

/** Where an inquiry goes, as the routing decision (dmn/inquiry-routing.dmn) finds it. */
public enum Route implements Coded {
    /** Served here: at the shared desk, by the joint team, or by the library's staff. */
    SERVE_HERE("serve-here"),
    /**
     * Total collaboration: offered here, but the catalogue says it needs a named competence the shared desk's
     * generalists do not have, so it goes straight to the specialists. Handled locally.
     */
    REFER_TO_COMPETENCE("refer-to-competence"),
    /** One door in: served at the desk of the service it concerns. */
    SEND_TO_DESK("send-to-desk"),
    /** Hybrid: offered only at the other location. Not handled locally. */
    REFER_TO_OTHER_LOCATION("refer-to-other-location"),
    /** PAC-man: a digital inquiry to the municipality, handled by its case system. Not handled locally. */
    ROUTE_OUT_DIGITALLY("route-out-digitally"),
    /** Not offered here: the citizen is helped on to the right place. Not handled locally. */
    REFER_OUTSIDE("refer-outside");

    private final String code;

    Route(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Whether this route sends the citizen, or the inquiry, away from the unit they came to: to the other location,
     * out to the case system, or elsewhere. What is resolved after it was not resolved at first contact.
     */
    public boolean passesOn() {
        return this == REFER_TO_OTHER_LOCATION || this == ROUTE_OUT_DIGITALLY || this == REFER_OUTSIDE;
    }

    public static Route fromCode(String code) {
        return Coded.fromCode(Route.class, code);
    }
}
