package no.samspill.service.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.modelling.command.ConcurrencyException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Two nodes that change one aggregate at the same moment both append its next event; the database's unique key
 * lets one commit and the other fail with Axon's {@link ConcurrencyException}, after its whole transaction (events,
 * process, read models) rolled back. Camunda meets the same race on its own rows (a request and a timer job moving
 * one process instance at once) with its {@link OptimisticLockingException}. The request is then simply run again,
 * on fresh state, after a short random pause: the caller sees one answer, as if the requests had come one after the
 * other (ADR 0008).
 */
public class ConflictRetry extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** 24 callers writing to one aggregate from each of two nodes at once used up five attempts once in CI. */
    static final int ATTEMPTS = 8;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CHANGING.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readAllBytes();
        for (int attempt = 1; ; attempt++) {
            ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(new RepeatableBody(request, body), answer);
                answer.copyBodyToResponse();
                return;
            } catch (ServletException | RuntimeException failed) {
                if (!causedByConflict(failed) || attempt == ATTEMPTS) {
                    throw failed;
                }
                log.info("{} {} met a concurrent change of the same aggregate; running it again (attempt {})",
                        request.getMethod(), request.getRequestURI(), attempt + 1);
                answer.resetBuffer();
                pause(attempt);
            }
        }
    }

    private static boolean causedByConflict(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof ConcurrencyException
                || cause instanceof OptimisticLockingException);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
