package no.samspill.core.libraryplan;

/**
 * A body the draft plan is sent to for consultation: a municipality of the county (its code, e.g. NO-5501), a
 * region's council, or another body the county library names (e.g. Sametinget). An answer counts for the body whose
 * code or name it comes from.
 */
public record ConsultationBody(String code, String name) {

    public ConsultationBody {
        if (code == null || code.isBlank() || code.length() > 100) {
            throw new IllegalArgumentException("a consultation body needs a code of at most 100 characters");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a consultation body needs a name of at most 200 characters");
        }
        code = code.strip();
        name = name.strip();
    }

    /** Whether an answer "from" this text is this body's. */
    public boolean answers(String from) {
        return from != null && (code.equalsIgnoreCase(from.strip()) || name.equalsIgnoreCase(from.strip()));
    }
}
