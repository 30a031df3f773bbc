package no.samspill.core.libraryplan;

import java.util.Objects;
import no.samspill.core.shared.StaffId;

/**
 * A member of the plan's working group: from a region ({@code region} its code) or from the county library
 * ({@code region} null). Members are library staff by user id, never citizens.
 */
public record WorkingGroupMember(StaffId person, String region) {

    public WorkingGroupMember {
        Objects.requireNonNull(person, "a member is a person");
    }

    public static WorkingGroupMember fromRegion(StaffId person, String region) {
        return new WorkingGroupMember(person, region);
    }

    public static WorkingGroupMember fromCountyLibrary(StaffId person) {
        return new WorkingGroupMember(person, null);
    }

    public boolean isFromCountyLibrary() {
        return region == null;
    }
}
