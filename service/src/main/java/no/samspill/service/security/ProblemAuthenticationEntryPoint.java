package no.samspill.service.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.samspill.service.api.DatabaseOutage;
import no.samspill.service.api.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 with an RFC 9457 problem body and the challenge for the scheme tried: why a bearer token was refused (expired,
 * wrong issuer, bad signature, unknown client), or the HTTP Basic challenge.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper objectMapper;

    ProblemAuthenticationEntryPoint(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        if (DatabaseOutage.isOutage(authException)) {
            DatabaseOutage.answerUnavailable(objectMapper, request, response); // the client could not be looked up
            return;
        }
        boolean bearer = authException instanceof OAuth2AuthenticationException;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, bearer
                ? "The bearer token was refused: " + authException.getMessage()
                : "Authenticate as a case-system client (HTTP Basic or a bearer token).");
        // A page's own script (the analytics page) asks for no browser login dialog
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", bearer ? "Bearer error=\"invalid_token\"" : "Basic realm=\"samspill\"");
        }
        write(request, response, problem);
    }

    /** 403: authenticated, but this caller may not do this (e.g. a replay needs an administrator). */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException denied) throws IOException {
        write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "This caller may not do this: " + request.getMethod() + " " + request.getRequestURI()));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        ProblemResponses.write(objectMapper, request, response, problem);
    }
}
