package no.samspill.service.api;

import java.util.function.Predicate;

/** What a failure was caused by: Spring, Hibernate and Axon wrap the cause that matters several layers deep. */
public final class Causes {

    private Causes() {
    }

    /** Whether the failure or any of its causes matches. */
    public static boolean any(Throwable failure, Predicate<Throwable> matches) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (matches.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
