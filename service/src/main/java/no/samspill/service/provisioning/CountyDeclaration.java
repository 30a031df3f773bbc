package no.samspill.service.provisioning;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A county as its county library declares it (seed 003): name, the staff's language, its regions with their
 * municipalities, and its staff: the county library, and a library chief per region.
 */
@Schema(description = "A county with its regions and staff, as applied by PUT and returned by GET")
public record CountyDeclaration(
        @Schema(example = "Troms") String name,
        @Schema(allowableValues = {"nb", "nn", "da"}) String language,
        List<RegionDeclaration> regions,
        List<CountyStaffDeclaration> staff) {

    public CountyDeclaration {
        regions = regions == null ? List.of() : List.copyOf(regions);
        staff = staff == null ? List.of() : List.copyOf(staff);
    }

    /** {@code removed: true} takes a registered region out of the county; leaving it out is refused. */
    public record RegionDeclaration(@Schema(example = "nord") String code,
                                    @Schema(example = "Nord-Troms") String name,
                                    @Schema(example = "[\"NO-5543\", \"NO-5544\"]") List<String> municipalities,
                                    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
                                    @Schema(description = "true: the region is taken out of the county")
                                    boolean removed) {

        public RegionDeclaration {
            municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        }
    }

    /**
     * {@code role}: county-library, library-chief with the region they lead, or evaluator of the county's analytics.
     * An entry with {@code removed: true} takes the member out of that role's group; leaving it out removes nothing.
     */
    public record CountyStaffDeclaration(@Schema(example = "nils") String user,
                                         @Schema(allowableValues = {"county-library", "library-chief", "evaluator"})
                                         String role,
                                         @Schema(example = "nord") String region,
                                         @JsonInclude(JsonInclude.Include.NON_DEFAULT)
                                         @Schema(description = "true: the member leaves the group of this role")
                                         boolean removed) {
    }
}
