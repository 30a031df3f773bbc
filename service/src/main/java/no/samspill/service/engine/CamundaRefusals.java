package no.samspill.service.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Camunda's REST API answers a refused start (a step's {@code RefusedInput}: another municipality, a variable staff
 * may not set, a malformed business key) and its own refusal of a bad request (skipping listeners without start
 * instructions) with 500, "Cannot instantiate process definition"; its task endpoints already answer such refusals
 * with 400. Here a start does too: the caller's input was wrong, nothing failed.
 * Answered in Camunda's own error shape; every other failure as Camunda answers it. Chosen by Jersey over Camunda's
 * own mapper of the same exception by its priority (lower wins), see WorkflowConfiguration.
 */
@Provider
@Priority(100)
public class CamundaRefusals implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException failure) {
        if (failure.getStatus() == Status.INTERNAL_SERVER_ERROR && refusedInput(failure)) {
            return ExceptionHandlerHelper.getInstance().getResponse(
                    new RestException(Status.BAD_REQUEST, (Exception) failure.getCause(), failure.getMessage()));
        }
        return ExceptionHandlerHelper.getInstance().getResponse(failure);
    }

    private static boolean refusedInput(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException) {
                return true;
            }
        }
        return false;
    }
}
