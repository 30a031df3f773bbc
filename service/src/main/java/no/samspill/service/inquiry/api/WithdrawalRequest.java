package no.samspill.service.inquiry.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** A case system withdraws an inquiry it registered. */
public record WithdrawalRequest(
        @Schema(description = "registered-by-mistake (counted nowhere), duplicate (the other one counts) or "
                + "citizen-withdrew (counted as ended unresolved)",
                allowableValues = {"registered-by-mistake", "duplicate", "citizen-withdrew"},
                example = "duplicate")
        @NotBlank(message = "is required") String reason) {
}
