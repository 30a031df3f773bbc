package no.samspill.service.api;

import java.util.function.Function;

/** A request value the API refuses before anything happens, naming the field and the reason. */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidInput(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    /** Reads a value through a parser that rejects bad input by IllegalArgumentException. */
    public static <T> T parse(String field, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "is required");
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInput(field, invalid.getMessage());
        }
    }
}
