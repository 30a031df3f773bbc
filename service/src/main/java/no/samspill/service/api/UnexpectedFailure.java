package no.samspill.service.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A failure nothing else answered (a bug, not the database: DatabaseOutage, inside this filter, answers those with
 * 503) is a problem too, 500, so that every answer of the API has the contract's shape: it says nothing of the
 * failure itself, only the reference under which it is logged. The request's transaction was rolled back.
 */
public class UnexpectedFailure extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedFailure.class);

    private final ObjectMapper objectMapper;

    public UnexpectedFailure(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failed) {
            if (response.isCommitted()) {
                throw failed;
            }
            String reference = UUID.randomUUID().toString();
            log.error("{} {} failed unexpectedly (reference {})", request.getMethod(), request.getRequestURI(),
                    reference, failed);
            response.resetBuffer();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                    "An unexpected failure; nothing the request asked for was done. Its reference in Samspill's log: "
                            + reference + ".");
            problem.setTitle("Internal Server Error");
            ProblemResponses.write(objectMapper, request, response, problem);
        }
    }
}
