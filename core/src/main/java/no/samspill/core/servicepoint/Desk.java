package no.samspill.core.servicepoint;

import java.util.Objects;
import java.util.regex.Pattern;
import no.samspill.core.shared.Competence;

/** A desk (skranke) of a service point, and the competence it serves with. */
public record Desk(String code, String name, Competence competence) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public Desk {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + code + "' is not a desk code (lower-case letters, digits and hyphens)");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a desk needs a name");
        }
        Objects.requireNonNull(competence, "a desk serves with a competence");
    }
}
