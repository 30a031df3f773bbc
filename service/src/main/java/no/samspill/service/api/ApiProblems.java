package no.samspill.service.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.core.shared.RuleViolation;
import no.samspill.workflows.engine.RefusedInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API as an RFC 9457 problem: {@code detail} says it in a sentence, {@code errors} names each
 * field with its reason. Validation problems are 400, broken business rules 422, unknown or foreign resources 404.
 */
@RestControllerAdvice(basePackages = "no.samspill.service")
public class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput invalid) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", List.of(new FieldError(invalid.field(), invalid.reason())));
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict conflict) {
        return problem(HttpStatus.CONFLICT, "Conflict", List.of(new FieldError(conflict.field(), conflict.reason())));
    }

    @ExceptionHandler(RefusedInput.class)
    ProblemDetail refusedByProcess(RefusedInput refused) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Refused", List.of(new FieldError(refused.field(), refused.reason())));
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation violation) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Refused by a business rule",
                List.of(new FieldError(violation.field(), violation.getMessage())));
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound notFound) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldError> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        FieldError error = unreadable.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                ? new FieldError(fieldPath(mismatch), "has the wrong type")
                : new FieldError("body", unreadable.getCause() == null ? "is missing" : "is not well-formed JSON");
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request", List.of(error)));
    }

    private static String fieldPath(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static ProblemDetail problem(HttpStatus status, String title, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, errors.stream()
                .map(error -> error.field() + ": " + error.reason()).collect(Collectors.joining("; ")));
        problem.setTitle(title);
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "reason", error.reason())).toList());
        return problem;
    }

    record FieldError(String field, String reason) {
    }
}
