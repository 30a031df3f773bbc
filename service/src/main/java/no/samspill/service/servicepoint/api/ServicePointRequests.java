package no.samspill.service.servicepoint.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request bodies of the service point API; codes are checked against the vocabularies in core. */
public final class ServicePointRequests {

    private ServicePointRequests() {
    }

    public record RegisterServicePoint(
            @Schema(example = "mysen") @NotBlank(message = "is required") String code,
            @Schema(example = "Mysen innbyggertorg og bibliotek") @NotBlank(message = "is required")
            @Size(max = 200, message = "must be at most 200 characters") String name,
            @Schema(description = "total-collaboration, one-door-in, hybrid or pac-man", example = "total-collaboration")
            @NotBlank(message = "is required") String model,
            @Schema(description = "The desks (skranker) and the competence each serves with")
            List<@Valid DeskRequest> desks,
            @Schema(description = "Service code → competence needed; the standard catalogue when left out",
                    example = "{\"passport\": \"citizen-service\", \"loans-returns\": \"library\"}")
            Map<String, String> catalogue) {
    }

    public record DeskRequest(
            @Schema(example = "shared-desk") @NotBlank(message = "is required") String code,
            @Schema(example = "Felles skranke") @NotBlank(message = "is required") String name,
            @Schema(example = "generalist") @NotBlank(message = "is required") String competence) {
    }

    @Schema(name = "ModelChangeRequest", description = "A decision to run the service point under another model from a date")
    public record ModelChange(
            @Schema(example = "hybrid") @NotBlank(message = "is required") String model,
            @Schema(description = "The decision's case number, e.g. the council's", example = "KST 2026/45")
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            String decisionReference,
            @Schema(example = "2027-01-01") @NotNull(message = "is required") LocalDate effectiveFrom) {
    }
}
