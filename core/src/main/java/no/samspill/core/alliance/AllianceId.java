package no.samspill.core.alliance;

import java.util.Objects;
import java.util.UUID;
import no.samspill.core.shared.AggregateIds;

/** Identifies one alliance of county libraries (for example Regionbibliotek 1). */
public record AllianceId(String value) {

    public AllianceId {
        Objects.requireNonNull(value, "alliance id is required");
        AggregateIds.requireUuid(value, "alliance id");
    }

    public static AllianceId generate() {
        return new AllianceId(UUID.randomUUID().toString());
    }

    /** Axon stores an aggregate's identifier by its {@code toString()}. */
    @Override
    public String toString() {
        return value;
    }
}
