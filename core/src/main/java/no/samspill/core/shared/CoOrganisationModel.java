package no.samspill.core.shared;

/** The four ways a municipality co-organises its library and citizen service (seed 001). */
public enum CoOrganisationModel implements Coded {
    /** One shared desk and staff group; generalists refer to specialists. */
    TOTAL_COLLABORATION("total-collaboration"),
    /** A multi-service house without a common desk; staff send the citizen to the right resource person. */
    ONE_DOOR_IN("one-door-in"),
    /** Same management, separate locations, joint teams on shared areas. */
    HYBRID("hybrid"),
    /** The service centre is closed; the library takes over the physical service tasks. */
    PAC_MAN("pac-man");

    private final String code;

    CoOrganisationModel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static CoOrganisationModel fromCode(String code) {
        return Coded.fromCode(CoOrganisationModel.class, code);
    }
}
