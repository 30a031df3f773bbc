package no.samspill.core.libraryplan;

import java.util.Objects;
import java.util.UUID;

/** Identifies one regional library plan; also the business key of its process instance. */
public record LibraryPlanId(String value) {

    public LibraryPlanId {
        Objects.requireNonNull(value, "library plan id is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("library plan id must not be blank");
        }
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
