package no.samspill.service.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a case-system client may do, besides acting only for its municipality. A client registered with a set of
 * permissions keeps them for HTTP Basic; a bearer token narrows them to its {@code scope} claim.
 */
public enum ClientPermission {
    /** Register, read and answer inquiries. */
    INQUIRIES("inquiries", "Register, list, read, answer and withdraw inquiries",
            "/api/v1/municipalities/*/inquiries/**"),
    /** Read and erase citizens' personal data (every read is logged). */
    PERSONAL_DATA("personal-data", "Read and erase citizens' personal data (every read is logged)",
            "/api/v1/municipalities/*/inquiries/*/personal-data/**", "/api/v1/municipalities/*/citizens/**"),
    /** Register service points, change catalogues and models. */
    SERVICE_POINTS("service-points", "Register service points, change their catalogues and models",
            "/api/v1/municipalities/*/service-points/**"),
    /** Counties: register, and run library plans. */
    LIBRARY_PLANS("library-plans", "Counties: register, and run library plans", "/api/v1/counties/**"),
    /** Partnerships, the network overview, and (for counties) alliances. */
    PARTNERSHIPS("partnerships", "Partnerships, the network overview, and a county's alliances",
            "/api/v1/municipalities/*/partnerships/**", "/api/v1/municipalities/*/network/**",
            "/api/v1/counties/*/alliances/**"),
    /** Read the analytics of its municipality. */
    ANALYTICS("analytics", "Read the analytics of the client's municipality", "/api/v1/analytics/**");

    /**
     * Which permission a path needs, most specific first (personal data within inquiries, alliances within
     * counties): read by the security rules and by the API's description, so the two cannot drift apart.
     */
    public static final List<ClientPermission> MOST_SPECIFIC_FIRST = List.of(PERSONAL_DATA, INQUIRIES,
            SERVICE_POINTS, PARTNERSHIPS, LIBRARY_PLANS, ANALYTICS);

    private final String code;
    private final String meaning;
    private final List<String> paths;

    ClientPermission(String code, String meaning, String... paths) {
        this.code = code;
        this.meaning = meaning;
        this.paths = List.of(paths);
    }

    /** What the permission allows, in a sentence (the OAuth2 scope's description). */
    public String meaning() {
        return meaning;
    }

    /** The API's paths (Ant-style patterns) this permission opens. */
    public List<String> paths() {
        return paths;
    }

    /** The permission a path needs, if any: the first of {@link #MOST_SPECIFIC_FIRST} whose paths match it. */
    public static java.util.Optional<ClientPermission> neededFor(String path) {
        org.springframework.util.AntPathMatcher matcher = new org.springframework.util.AntPathMatcher();
        return MOST_SPECIFIC_FIRST.stream().filter(permission -> permission.paths.stream()
                .anyMatch(pattern -> matcher.match(pattern, path))).findFirst();
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
