package no.samspill.service.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.samspill.service.api.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing per caller, never by locking the account: after a few failed sign-ins from one address
 * for one user (or many from one address for any users), that address waits before it may try again, the wait
 * doubling up to a minute, and is answered 429 with {@code Retry-After} without its password being checked. The
 * same user from any other address signs in as usual, so nobody can lock staff or the administrator out (Camunda's
 * own lock-out is off, see SecurityConfiguration). Covers HTTP Basic on the API and engine-rest, and the webapps'
 * login form. Per node, in memory: failures are forgotten a quarter of an hour after the last one.
 */
public class LoginThrottle extends OncePerRequestFilter {

    static final int FREE_FAILURES_PER_USER = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 30;
    private final int freePerUser;
    private final int freePerAddress;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(15);
    private static final int MOST_TRACKED = 100_000;
    private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public LoginThrottle(ObjectMapper objectMapper, Clock clock) {
        this(objectMapper, clock, FREE_FAILURES_PER_USER, FREE_FAILURES_PER_ADDRESS);
    }

    /** With other allowances, e.g. more per address where many staff share one address (NAT, a proxy). */
    public LoginThrottle(ObjectMapper objectMapper, Clock clock, int freePerUser, int freePerAddress) {
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.freePerUser = freePerUser;
        this.freePerAddress = freePerAddress;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = signingInAs(request);
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Duration wait = waitBeforeNextTry(address, user.get());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins from this address; try again in " + seconds + " s");
            problem.setTitle("Too many failed sign-ins");
            response.setHeader("Retry-After", Long.toString(seconds));
            ProblemResponses.write(objectMapper, request, response, problem);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            failed(address, user.get());
        } else if (response.getStatus() < 400) {
            failures.remove(userKey(address, user.get()));
        }
    }

    /** How long this address must wait before it may try this user again; zero when it may now. */
    Duration waitBeforeNextTry(String address, String user) {
        Instant now = clock.instant();
        Duration forUser = waitAfter(failures.get(userKey(address, user)), freePerUser, now);
        Duration forAddress = waitAfter(failures.get(addressKey(address)), freePerAddress, now);
        return forUser.compareTo(forAddress) >= 0 ? forUser : forAddress;
    }

    void failed(String address, String user) {
        Instant now = clock.instant();
        if (failures.size() >= MOST_TRACKED) {
            failures.values().removeIf(seen -> seen.last().plus(FORGOTTEN_AFTER).isBefore(now));
        }
        failures.merge(userKey(address, user), new Failures(1, now), (before, one) -> counted(before, now));
        failures.merge(addressKey(address), new Failures(1, now), (before, one) -> counted(before, now));
    }

    private static Failures counted(Failures before, Instant now) {
        boolean forgotten = before.last().plus(FORGOTTEN_AFTER).isBefore(now);
        return new Failures(forgotten ? 1 : before.count() + 1, now);
    }

    private static Duration waitAfter(Failures seen, int free, Instant now) {
        if (seen == null || seen.count() <= free || seen.last().plus(FORGOTTEN_AFTER).isBefore(now)) {
            return Duration.ZERO;
        }
        int over = Math.min(seen.count() - free, 16);
        Duration wait = Duration.ofSeconds(1L << (over - 1));
        Instant until = seen.last().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static String userKey(String address, String user) {
        return "user:" + address + ":" + user;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** The user an HTTP Basic header or the webapps' login form names; empty for any other request. */
    private static Optional<String> signingInAs(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
            } catch (IllegalArgumentException notBase64) {
                return Optional.of("");
            }
        }
        if ("POST".equals(request.getMethod()) && request.getRequestURI().startsWith(WEBAPP_LOGIN)
                && request.getRequestURI().contains("/login/")) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        return Optional.empty();
    }
}
