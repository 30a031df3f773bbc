package no.samspill.core.partnership;

import java.util.Objects;
import java.util.UUID;
import no.samspill.core.shared.AggregateIds;

/** Identifies one partnership of a library with an outside partner; also its process instance's business key. */
public record PartnershipId(String value) {

    public PartnershipId {
        Objects.requireNonNull(value, "partnership id is required");
        AggregateIds.requireUuid(value, "partnership id");
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
