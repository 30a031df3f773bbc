package no.samspill.core.shared;

/** How the citizen's inquiry reached the municipality. */
public enum Channel implements Coded {
    IN_PERSON("in-person"),
    PHONE("phone"),
    DIGITAL("digital"),
    CASE_SYSTEM("case-system");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Channel fromCode(String code) {
        return Coded.fromCode(Channel.class, code);
    }
}
