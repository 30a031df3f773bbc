package no.samspill.workflows.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input to a process step that the step refuses, naming the field. The engine rolls the step back and Tasklist
 * shows the reason; engine-rest answers it with 400 (it answers any other engine exception with 500), which is why
 * this is a form-field validation failure.
 */
public class RefusedInput extends FormFieldValidationException {

    private final String field;
    private final String reason;

    public RefusedInput(String field, String reason, Throwable cause) {
        super(field, field + ": " + reason, cause);
        this.field = field;
        this.reason = reason;
    }

    public RefusedInput(String field, String reason) {
        this(field, reason, null);
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
