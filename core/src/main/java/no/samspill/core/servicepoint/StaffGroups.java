package no.samspill.core.servicepoint;

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
}
