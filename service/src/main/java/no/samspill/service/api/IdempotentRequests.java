package no.samspill.service.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.samspill.service.personaldata.PersonalDataCipher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on the API's POSTs: a case system that did not get (or could not trust) an answer sends
 * the same request again with the same key and gets the first answer back, while nothing else happens. The same
 * key with another body is a 422 problem. A success is stored in the request's own transaction, so it exists
 * exactly when what the request did exists; refusals changed nothing and are not kept, so a repeat is checked anew.
 * A request is told from another by a keyed hash ({@link PersonalDataCipher#requestFingerprint}), never a plain one:
 * a body may hold a citizen's identifier. Answers are kept for {@code samspill.idempotency.lifetime} (a day by
 * default), then removed; an answer that names a citizen goes when that citizen is erased.
 */
public class IdempotentRequests extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final JdbcTemplate database;
    private final TransactionTemplate transaction;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final PersonalDataCipher cipher;
    private final Duration lifetime;

    public IdempotentRequests(JdbcTemplate database, TransactionTemplate transaction, ObjectMapper objectMapper,
                              Clock clock, PersonalDataCipher cipher, Duration lifetime) {
        this.database = database;
        this.transaction = transaction;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.cipher = cipher;
        this.lifetime = lifetime;
    }

    private record Stored(String requestHash, int status, String contentType, String location, byte[] body) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response); // security has answered already
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problem(request, response, HttpStatus.BAD_REQUEST, "must be 1 to " + MAX_KEY_LENGTH + " characters");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = cipher.requestFingerprint(request.getRequestURI(), body);
        List<Stored> earlier = find(caller.getName(), key);
        if (!earlier.isEmpty()) {
            replay(request, response, earlier.get(0), hash);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            transaction.executeWithoutResult(status -> {
                try {
                    chain.doFilter(new RepeatableBody(request, body), captured);
                } catch (IOException | ServletException failed) {
                    throw new IllegalStateException(failed);
                }
                if (captured.getStatus() < 300) {
                    database.update("insert into idempotent_request (client_id, idempotency_key, request_hash, status, "
                                    + "content_type, location, response_body, created_at, citizen_ref) "
                                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            caller.getName(), key, hash, captured.getStatus(), captured.getContentType(),
                            captured.getHeader(HttpHeaders.LOCATION), captured.getContentAsByteArray(),
                            Timestamp.from(clock.instant()), citizenNamedIn(captured.getContentAsByteArray()));
                } else {
                    status.setRollbackOnly();
                }
            });
        } catch (DuplicateKeyException sameKeyAtOnce) {
            // Another request with this key committed first: this one's work was rolled back
            captured.resetBuffer();
            problem(request, captured, HttpStatus.CONFLICT, "a request with this key was being answered at the same "
                    + "time; send it again to get its answer");
        }
        captured.copyBodyToResponse();
    }

    /** The answer kept for this key, unless its lifetime has passed (then it is gone, and the key free again). */
    private List<Stored> find(String client, String key) {
        database.update("delete from idempotent_request where client_id = ? and idempotency_key = ? and created_at < ?",
                client, key, Timestamp.from(clock.instant().minus(lifetime)));
        return database.query("select request_hash, status, content_type, location, response_body from "
                        + "idempotent_request where client_id = ? and idempotency_key = ?",
                (row, n) -> new Stored(row.getString(1), row.getInt(2), row.getString(3), row.getString(4),
                        row.getBytes(5)), client, key);
    }

    /** Hourly by default: kept answers do not outlive their lifetime on keys that are never used again. */
    @Scheduled(fixedDelayString = "${samspill.idempotency.cleanup-interval:PT1H}")
    public void removeExpiredNow() {
        removeExpired();
    }

    /** Removes every kept answer older than its lifetime; returns how many. */
    public int removeExpired() {
        return database.update("delete from idempotent_request where created_at < ?",
                Timestamp.from(clock.instant().minus(lifetime)));
    }

    /** The citizen's pseudonym an answer names (an inquiry's registration), so that erasure finds the answer. */
    private String citizenNamedIn(byte[] answer) {
        try {
            com.fasterxml.jackson.databind.JsonNode citizen = objectMapper.readTree(answer).path("citizen");
            return citizen.isTextual() ? citizen.asText() : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private void replay(HttpServletRequest request, HttpServletResponse response, Stored first, String hash)
            throws IOException {
        if (!first.requestHash().equals(hash)) {
            problem(request, response, HttpStatus.UNPROCESSABLE_ENTITY,
                    "was used before for another request; use a new key for a new request");
            return;
        }
        response.setStatus(first.status());
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        if (first.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, first.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (first.body() != null) {
            response.getOutputStream().write(first.body());
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String reason)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, HEADER + ": " + reason);
        problem.setProperty("errors", List.of(Map.of("field", HEADER, "reason", reason)));
        ProblemResponses.write(objectMapper, request, response, problem);
    }
}
