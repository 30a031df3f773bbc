package no.samspill.service.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a case-system client may do, besides acting only for its municipality. A client registered with a set of
 * permissions keeps them for HTTP Basic; a bearer token narrows them to its {@code scope} claim.
 */
public enum ClientPermission {
    /** Register, read and answer inquiries. */
    INQUIRIES("inquiries"),
    /** Read and erase citizens' personal data (every read is logged). */
    PERSONAL_DATA("personal-data"),
    /** Register service points, change catalogues and models. */
    SERVICE_POINTS("service-points"),
    /** Counties: register, and run library plans. */
    LIBRARY_PLANS("library-plans"),
    /** Partnerships, the network overview, and (for counties) alliances. */
    PARTNERSHIPS("partnerships"),
    /** Read the analytics of its municipality. */
    ANALYTICS("analytics");

    private final String code;

    ClientPermission(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Spring Security's authority for it: {@code SCOPE_inquiries}, as for an OAuth2 scope. */
    public String authority() {
        return "SCOPE_" + code;
    }

    public static Set<ClientPermission> parse(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return EnumSet.noneOf(ClientPermission.class);
        }
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).map(ClientPermission::fromCode)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ClientPermission.class)));
    }

    public static ClientPermission fromCode(String code) {
        return Arrays.stream(values()).filter(permission -> permission.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a permission; allowed: "
                        + Arrays.stream(values()).map(ClientPermission::code).collect(Collectors.joining(", "))));
    }

    public static String format(Set<ClientPermission> permissions) {
        return permissions.stream().map(ClientPermission::code).collect(Collectors.joining(" "));
    }
}
