package no.samspill.core.shared;

/**
 * An aggregate refused a command because it breaks a business rule. {@code field} names the input that the rule
 * concerns, so that an API can tell the caller which value to change.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
