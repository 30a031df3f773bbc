package no.samspill.service.persistence;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import no.samspill.service.api.Causes;

/**
 * Failures of the database's storage rather than of the request: the disk is full or read-only. H2 then closes the
 * whole database (every later statement on its connections fails with "database is closed"), PostgreSQL answers
 * with its SQL state for a full disk or a read-only transaction. Nothing of the failed transaction was kept, so the
 * API answers 503 (DatabaseOutage), and as Hikari's exception override this evicts H2's dead connections, so that
 * the next one opens the database again once there is room: without it the pool hands out closed connections for
 * good.
 */
public class StorageFailures implements SQLExceptionOverride {

    /** H2's error codes for a closed database, a failed read or write of its file, and a read-only database. */
    private static final Set<Integer> H2_STORAGE = Set.of(90098, 90028, 90031, 90097);
    /**
     * PostgreSQL: class 53 (insufficient resources: disk full, out of memory, too many connections), and a read-only
     * transaction (a standby after fail-over; no transaction of Samspill's is read-only by choice).
     */
    private static final String POSTGRES_INSUFFICIENT_RESOURCES = "53";
    private static final String POSTGRES_READ_ONLY_TRANSACTION = "25006";

    /** When the pool last evicted a connection for a storage failure (nanoTime), or never. */
    private static final AtomicLong lastEviction = new AtomicLong(Long.MIN_VALUE);
    private static final long RECENT_NANOS = TimeUnit.SECONDS.toNanos(30);

    @java.lang.Override // (the interface's own enum is called Override)
    public SQLExceptionOverride.Override adjudicate(SQLException failure) {
        if (isH2StorageFailure(failure)) {
            lastEviction.set(System.nanoTime());
            return SQLExceptionOverride.Override.MUST_EVICT;
        }
        return SQLExceptionOverride.Override.CONTINUE_EVICT;
    }

    /**
     * Whether the pool evicted connections for a storage failure in the last half minute: a transaction whose
     * connection was taken from under it then fails its rollback with "Connection is closed", which replaces the
     * storage failure itself (DatabaseOutage).
     */
    public static boolean evictedRecently() {
        long last = lastEviction.get();
        return last != Long.MIN_VALUE && System.nanoTime() - last < RECENT_NANOS;
    }

    /** Whether this failure, or one of its causes, is the storage's. */
    public static boolean isStorageFailure(Throwable failure) {
        return Causes.any(failure, cause ->
                cause instanceof SQLException sql && (isH2StorageFailure(sql) || isPostgresStorageFailure(sql))
                || cause instanceof IOException io && io.getMessage() != null
                && (io.getMessage().contains("No space left") || io.getMessage().contains("Read-only file")));
    }

    private static boolean isH2StorageFailure(SQLException failure) {
        return failure.getClass().getName().startsWith("org.h2.") && H2_STORAGE.contains(failure.getErrorCode());
    }

    private static boolean isPostgresStorageFailure(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && failure.getClass().getName().startsWith("org.postgresql.")
                && (state.startsWith(POSTGRES_INSUFFICIENT_RESOURCES) || state.equals(POSTGRES_READ_ONLY_TRANSACTION));
    }
}
