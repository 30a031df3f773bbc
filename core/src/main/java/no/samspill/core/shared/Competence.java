package no.samspill.core.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The competence an inquiry needs or is handled with: {@code library}, {@code citizen-service}, {@code shared},
 * {@code generalist} (the shared desk), or a named one such as {@code health-station}.
 */
public record Competence(String code) {

    // Declared before the constants below, which need it while the class initialises.
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    public static final Competence GENERALIST = new Competence("generalist");
    public static final Competence LIBRARY = new Competence("library");
    public static final Competence CITIZEN_SERVICE = new Competence("citizen-service");
    public static final Competence SHARED = new Competence("shared");

    public Competence {
        Objects.requireNonNull(code, "competence is required");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "'" + code + "' is not a competence code (lower-case letters, digits and hyphens)");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
