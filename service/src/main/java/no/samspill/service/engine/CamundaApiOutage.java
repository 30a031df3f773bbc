package no.samspill.service.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import javax.sql.DataSource;
import no.samspill.service.api.DatabaseOutage;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.transaction.TransactionException;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Camunda's REST API (engine-rest, and the webapps' API that Tasklist and Cockpit call) answers every failure it does
 * not know with 500. When the database is unreachable (no transaction can begin, or a pooled connection broke), this
 * answers as Samspill's own API does: 503 with {@code Retry-After} and an RFC 9457 problem, so that staff's browsers
 * and load balancers see an outage, not a fault. Any other failure gets Camunda's own answer, as before; Camunda's
 * mappers for its own exceptions are nearer to them and still answer those. Registered with Jersey by class name
 * (Camunda's JAX-RS applications are built by Jersey, not Spring), see WorkflowConfiguration.
 */
@Provider
public class CamundaApiOutage implements ExceptionMapper<RuntimeException> {

    private static final Logger log = LoggerFactory.getLogger(CamundaApiOutage.class);
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    @Context
    private HttpServletRequest request;

    @Context
    private ServletContext servletContext;

    @Override
    public Response toResponse(RuntimeException failure) {
        if (!isOutage(failure)) {
            return ExceptionHandlerHelper.getInstance().getResponse(failure);
        }
        log.warn("{} {} answered 503: the database could not be used ({})", request.getMethod(),
                request.getRequestURI(), failure.getMessage());
        ProblemDetail problem = DatabaseOutage.unavailable();
        problem.setInstance(URI.create(request.getRequestURI()));
        return Response.status(problem.getStatus()).type(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).entity(json(problem)).build();
    }

    /**
     * A connection that broke mid-request may fail in a shape that does not say so (a rollback's "Connection is
     * closed"): for failures of data access, ask the pool whether the database answers now, as DatabaseOutage does.
     */
    private boolean isOutage(RuntimeException failure) {
        if (failure instanceof DataAccessException || failure instanceof TransactionException) {
            return DatabaseOutage.unreachable(failure, WebApplicationContextUtils
                    .getRequiredWebApplicationContext(servletContext).getBean(DataSource.class));
        }
        return DatabaseOutage.isOutage(failure);
    }

    private static String json(ProblemDetail problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }
}
