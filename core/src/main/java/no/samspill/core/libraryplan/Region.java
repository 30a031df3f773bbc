package no.samspill.core.libraryplan;

import java.util.regex.Pattern;

/** A region of the county (e.g. Nord-Troms), whose municipal libraries take part in the plan. */
public record Region(String code, String name) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public Region {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + code + "' is not a region code (lower-case letters, digits and hyphens)");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a region needs a name");
        }
    }
}
