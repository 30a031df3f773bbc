package no.samspill.service.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat answers as soon as its port opens, while Samspill is still setting itself up (the demo's users and clients,
 * a simulated history): a case system calling then got 401 for credentials that were about to exist. Until the
 * application is ready (Spring's readiness state, which turns only after those set-up steps), the API, engine-rest
 * and the webapps' API answer 503 with {@code Retry-After} and a problem instead, as during a database outage, and
 * check no credentials at all.
 */
public class StartingUp extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;
    private final ApplicationAvailability availability;

    public StartingUp(ObjectMapper objectMapper, ApplicationAvailability availability) {
        this.objectMapper = objectMapper;
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Samspill is starting and not ready yet; nothing was done. Send the request again in a few seconds.");
        problem.setTitle("Service unavailable");
        DatabaseOutage.answerUnavailable(objectMapper, request, response, problem);
    }
}
