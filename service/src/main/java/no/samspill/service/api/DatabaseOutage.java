package no.samspill.service.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import no.samspill.service.persistence.StorageFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, the API answers at once with 503 and {@code Retry-After}, an RFC 9457
 * problem, instead of a 500 or a request that hangs: the pool gives up on a connection after a few seconds
 * ({@code spring.datasource.hikari.connection-timeout}). Nothing was accepted, so the caller sends it again later;
 * the node itself reconnects when the database is back. A node so overloaded that no pooled connection frees up in
 * time answers the same way (the benchmark met it): the caller cannot tell the two apart, nor need it. It also
 * stands before Camunda's REST API and webapps, for the failures that leave Camunda's filters (checking a password
 * needs the database); inside Camunda's REST resources, CamundaApiOutage answers.
 */
public class DatabaseOutage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    public static final String RETRY_AFTER_SECONDS = "5";

    private final ObjectMapper objectMapper;
    private final DataSource dataSource;

    public DatabaseOutage(ObjectMapper objectMapper, DataSource dataSource) {
        this.objectMapper = objectMapper;
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failed) {
            // A connection that broke mid-request fails in many shapes (a rollback "Connection is closed", …):
            // when the failure does not say so itself, ask the pool whether the database answers now
            if (response.isCommitted() || !unreachable(failed, dataSource)) {
                throw failed;
            }
            log.warn("{} {} answered 503: the database could not be used ({})", request.getMethod(),
                    request.getRequestURI(), rootCause(failed).getMessage());
            response.resetBuffer();
            answerUnavailable(objectMapper, request, response);
        }
    }

    /**
     * Whether the failure came from not reaching the database: it says so itself, or (a broken connection fails in
     * shapes that do not say so) the database does not answer now.
     */
    public static boolean unreachable(Throwable failure, DataSource dataSource) {
        return isOutage(failure) || !answers(dataSource);
    }

    /**
     * Asks with a real statement: H2's {@code isValid} says true on a connection to a database it has closed (after a
     * full disk), and only a statement fails there (and so gets the connection evicted, StorageFailures).
     */
    private static boolean answers(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            statement.execute("select 1");
            return true;
        } catch (SQLException unreachable) {
            return false;
        }
    }

    /** Writes the 503 problem; also used by security, whose client look-up needs the database too. */
    public static void answerUnavailable(ObjectMapper objectMapper, HttpServletRequest request,
                                         HttpServletResponse response) throws IOException {
        answerUnavailable(objectMapper, request, response, unavailable());
    }

    /**
     * Writes a 503 problem with {@code Retry-After} (also while the application starts, StartingUp, and while the
     * analytics are incomplete, IncompleteFigures).
     */
    public static void answerUnavailable(ObjectMapper objectMapper, HttpServletRequest request,
                                         HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        ProblemResponses.write(objectMapper, request, response, problem);
    }

    /** The 503 problem, without its instance; Camunda's REST API answers with it too (CamundaApiOutage). */
    public static ProblemDetail unavailable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database could not be used in time (it is unreachable or cannot write, e.g. its disk is full,"
                        + " or the service is too busy); nothing was done. Send the request again later.");
        problem.setTitle("Service unavailable");
        return problem;
    }

    /**
     * Whether the failure comes from not reaching the database (SQL state class 08: connection exception) or from
     * its storage (a full or read-only disk, StorageFailures).
     */
    public static boolean isOutage(Throwable failure) {
        return StorageFailures.isStorageFailure(failure) || Causes.any(failure, cause ->
                cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                || closedByThePool(cause));
    }

    /**
     * Hikari's answer on a connection it has closed as broken in the middle of a transaction, just after a storage
     * failure: the rollback that follows fails with it, and Spring lets it replace the failure that broke the
     * connection (which is lost). Without a recent storage failure it is a bug, and stays a 500.
     */
    private static boolean closedByThePool(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() == null
                && "Connection is closed".equals(sql.getMessage()) && StorageFailures.evictedRecently();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
