package no.samspill.core.shared;

/** The aggregates' checks of a command's input, each refusing with the field it concerns. */
public final class Rules {

    private Rules() {
    }

    public static void require(boolean rule, String field, String reason) {
        if (!rule) {
            throw new RuleViolation(field, reason);
        }
    }

    /** Present, not blank, and at most {@code maxLength} characters. */
    public static void requireText(String value, String field, int maxLength) {
        require(value != null && !value.isBlank(), field, "is required");
        require(value.length() <= maxLength, field, "must be at most " + maxLength + " characters");
    }
}
