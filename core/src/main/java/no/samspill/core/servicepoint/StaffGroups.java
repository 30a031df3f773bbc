package no.samspill.core.servicepoint;

import no.samspill.core.shared.MunicipalityCode;

/**
 * The staff groups of a service point (ansattgrupper), named after it so that two municipalities' groups never
 * meet: {@code NO-3118.mysen.generalists}.
 */
public final class StaffGroups {

    private StaffGroups() {
    }

    public static String generalists(ServicePointId servicePoint) {
        return servicePoint + ".generalists";
    }

    public static String specialists(ServicePointId servicePoint) {
        return servicePoint + ".specialists";
    }

    /** Hybrid: the joint team of a municipality's locations, working together on the shared areas. */
    public static String jointTeam(MunicipalityCode municipality) {
        return municipality + ".joint-team";
    }

    /** The staff of one desk, where there is no shared desk (one door in): {@code NO-3303.krona.desk.library}. */
    public static String desk(ServicePointId servicePoint, String deskCode) {
        return servicePoint + ".desk." + deskCode;
    }
}
