package no.samspill.core.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Inquiries, library plans, partnerships and alliances are identified by UUIDs, written in lower case as
 * {@link UUID#toString()} writes them. Every aggregate shares one event store, keyed by identifier alone: an id of any
 * other shape (say {@code NO-3303.krona}) could take the stream of a service point or county yet to be registered.
 */
public final class AggregateIds {

    private AggregateIds() {
    }

    /** {@code value} when it is a UUID in canonical form; otherwise an IllegalArgumentException naming {@code what}. */
    public static String requireUuid(String value, String what) {
        Objects.requireNonNull(value, what + " is required");
        try {
            if (UUID.fromString(value).toString().equals(value)) {
                return value;
            }
        } catch (IllegalArgumentException notAUuid) {
            // answered below, without repeating the value
        }
        throw new IllegalArgumentException(what + " must be a UUID in lower case (8-4-4-4-12 hexadecimal digits)");
    }
}
