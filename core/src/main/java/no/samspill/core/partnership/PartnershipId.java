package no.samspill.core.partnership;

import java.util.Objects;
import java.util.UUID;

/** Identifies one partnership of a library with an outside partner; also its process instance's business key. */
public record PartnershipId(String value) {

    public PartnershipId {
        Objects.requireNonNull(value, "partnership id is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("partnership id must not be blank");
        }
    }

    public static PartnershipId generate() {
        return new PartnershipId(UUID.randomUUID().toString());
    }

    /** Axon stores an aggregate's identifier by its {@code toString()}. */
    @Override
    public String toString() {
        return value;
    }
}
