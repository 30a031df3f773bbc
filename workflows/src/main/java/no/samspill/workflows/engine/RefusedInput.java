package no.samspill.workflows.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input to a process step that the step refuses, naming the field. Being a {@link BadUserRequestException}, it rolls
 * the step back, shows in Tasklist and makes engine-rest answer 400.
 */
public class RefusedInput extends BadUserRequestException {

    private final String field;

    public RefusedInput(String field, String reason, Throwable cause) {
        super(field + ": " + reason, cause);
        this.field = field;
    }

    public RefusedInput(String field, String reason) {
        this(field, reason, null);
    }

    public String field() {
        return field;
    }

    public String reason() {
        String message = getMessage();
        return message.substring(field.length() + 2);
    }
}
