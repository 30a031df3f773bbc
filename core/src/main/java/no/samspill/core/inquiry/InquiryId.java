package no.samspill.core.inquiry;

import java.util.Objects;
import java.util.UUID;
import no.samspill.core.shared.AggregateIds;

/** Identifies one inquiry; also the business key of its process instance. */
public record InquiryId(String value) {

    public InquiryId {
        Objects.requireNonNull(value, "inquiry id is required");
        AggregateIds.requireUuid(value, "inquiry id");
    }

    public static InquiryId generate() {
        return new InquiryId(UUID.randomUUID().toString());
    }

    /** Axon stores an aggregate's identifier by its {@code toString()}. */
    @Override
    public String toString() {
        return value;
    }
}
