package no.samspill.core.libraryplan;

import java.util.Objects;
import java.util.UUID;
import no.samspill.core.shared.AggregateIds;

/** Identifies one regional library plan; also the business key of its process instance. */
public record LibraryPlanId(String value) {

    public LibraryPlanId {
        Objects.requireNonNull(value, "library plan id is required");
        AggregateIds.requireUuid(value, "library plan id");
    }

    public static LibraryPlanId generate() {
        return new LibraryPlanId(UUID.randomUUID().toString());
    }

    /** Axon stores an aggregate's identifier by its {@code toString()}. */
    @Override
    public String toString() {
        return value;
    }
}
