package no.samspill.service.provisioning;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A municipality as its IT declares it: name, the staff's language, its service points with their model, desks and
 * catalogue, and its staff by role. Applied, Samspill makes what is missing and leaves what is there (Provisioning).
 */
@Schema(description = "A municipality with its service points and staff, as applied by PUT and returned by GET")
public record MunicipalityDeclaration(
        @Schema(example = "Indre Østfold") String name,
        @Schema(description = "The staff's language: nb (bokmål), nn (nynorsk) or da (Danish)",
                allowableValues = {"nb", "nn", "da"}) String language,
        List<ServicePointDeclaration> servicePoints,
        List<StaffDeclaration> staff) {

    public MunicipalityDeclaration {
        servicePoints = servicePoints == null ? List.of() : List.copyOf(servicePoints);
        staff = staff == null ? List.of() : List.copyOf(staff);
    }

    public record ServicePointDeclaration(
            @Schema(example = "mysen") String code,
            @Schema(example = "Mysen innbyggertorg og bibliotek") String name,
            @Schema(allowableValues = {"total-collaboration", "one-door-in", "hybrid", "pac-man"}) String model,
            List<DeskDeclaration> desks,
            @Schema(description = "Service code → competence needed; the standard catalogue when left out")
            Map<String, String> catalogue) {

        public ServicePointDeclaration {
            desks = desks == null ? List.of() : List.copyOf(desks);
            catalogue = catalogue == null ? null : Map.copyOf(catalogue);
        }
    }

    /** {@code removed: true} closes a registered desk; leaving it out of the declaration is refused. */
    public record DeskDeclaration(@Schema(example = "shared-desk") String code,
                                  @Schema(example = "Felles skranke") String name,
                                  @Schema(example = "generalist") String competence,
                                  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
                                  @Schema(description = "true: the desk is closed") boolean removed) {
    }

    /**
     * {@code role}: generalist, specialist or desk:&lt;code&gt; at the service point; partnership-coordinator for the
     * municipality's library, or evaluator of the municipality's analytics (no service point for either). An entry
     * with {@code removed: true} takes the member out of the groups that role means: leaving an entry out removes
     * nothing.
     */
    public record StaffDeclaration(@Schema(example = "kari") String user,
                                   @Schema(example = "mysen") String servicePoint,
                                   @Schema(example = "generalist") String role,
                                   @JsonInclude(JsonInclude.Include.NON_DEFAULT)
                                   @Schema(description = "true: the member leaves the groups of this role")
                                   boolean removed) {
    }
}
