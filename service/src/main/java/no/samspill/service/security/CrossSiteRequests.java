package no.samspill.service.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import no.samspill.service.api.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A browser sends the HTTP Basic credentials it has cached for Samspill with any request to it, also one that
 * another site's page makes (a form, an image): on the API and engine-rest, such a cross-site request is refused
 * before it can act. Browsers say where a request comes from ({@code Sec-Fetch-Site}, else {@code Origin}); case
 * systems and scripts send neither and are not affected. Samspill's own pages (analytics, Tasklist) are same-origin.
 */
public class CrossSiteRequests extends org.springframework.web.filter.OncePerRequestFilter {

    private final ObjectMapper objectMapper;

    public CrossSiteRequests(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Requests from another site's pages are refused here");
            problem.setTitle("Cross-site request");
            ProblemResponses.write(objectMapper, request, response, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !("same-origin".equalsIgnoreCase(fetchSite) || "none".equalsIgnoreCase(fetchSite));
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI from = new URI(origin);
            String host = request.getHeader("Host");
            return host == null || from.getHost() == null
                    || !(from.getHost() + (from.getPort() < 0 ? "" : ":" + from.getPort())).equalsIgnoreCase(host);
        } catch (java.net.URISyntaxException | IllegalArgumentException malformed) {
            return true;
        }
    }
}
