package no.samspill.core.inquiry;

import java.util.Objects;
import no.samspill.core.shared.StaffId;

/** Who holds responsibility for an inquiry: a staff member, or a unit of the municipality by name. */
public record Holder(Kind kind, String id) {

    public enum Kind { STAFF, UNIT }

    public Holder {
        Objects.requireNonNull(kind, "holder kind is required");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("holder must be named");
        }
    }

    public static Holder staff(StaffId staff) {
        return new Holder(Kind.STAFF, staff.value());
    }

    public static Holder unit(String unit) {
        return new Holder(Kind.UNIT, unit);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + ":" + id;
    }
}
