package no.samspill.workflows.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.function.Function;
import no.samspill.core.shared.MunicipalTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads process variables that a form or an API call supplies, refusing a missing or malformed one by name. */
public final class Variables {

    static final String BUSINESS_KEY = "businessKey";

    private Variables() {
    }

    public static String required(VariableScope scope, String name) {
        String value = optional(scope, name);
        if (value == null) {
            throw new RefusedInput(name, "is required");
        }
        return value;
    }

    public static String optional(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /**
     * The process's business key (the aggregate's id) read through its parser, or a refusal naming it; null when the
     * instance has none yet.
     */
    public static <T> T businessKey(VariableScope scope, Function<String, T> parser) {
        String key = scope instanceof DelegateExecution execution
                ? execution.getProcessBusinessKey()
                : ((DelegateTask) scope).getExecution().getProcessBusinessKey();
        if (key == null || key.isBlank()) {
            return null;
        }
        try {
            return parser.apply(key);
        } catch (IllegalArgumentException invalid) {
            throw new RefusedInput(BUSINESS_KEY, invalid.getMessage(), invalid);
        }
    }

    /** A required variable read through a parser that rejects bad values with IllegalArgumentException. */
    public static <T> T required(VariableScope scope, String name, Function<String, T> parser) {
        String value = required(scope, name);
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException invalid) {
            throw new RefusedInput(name, invalid.getMessage(), invalid);
        }
    }

    /**
     * A day: a date form field's value (a Date, the day's start in the municipalities' zone) or an ISO date from the
     * API; null when absent.
     */
    public static LocalDate optionalDay(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Date date) {
            return date.toInstant().atZone(MunicipalTime.ZONE).toLocalDate();
        }
        String text = optional(scope, name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException invalid) {
            throw new RefusedInput(name, "must be a date (yyyy-mm-dd)", invalid);
        }
    }

    /** A required day, as {@link #optionalDay}. */
    public static LocalDate requiredDay(VariableScope scope, String name) {
        LocalDate day = optionalDay(scope, name);
        if (day == null) {
            throw new RefusedInput(name, "is required");
        }
        return day;
    }
}
