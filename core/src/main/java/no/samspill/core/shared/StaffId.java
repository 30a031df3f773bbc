package no.samspill.core.shared;

import java.util.Objects;

/** A staff member (or a case-system client acting for one) by user id; never a citizen. */
public record StaffId(String value) {

    public StaffId {
        Objects.requireNonNull(value, "staff id is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("staff id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
