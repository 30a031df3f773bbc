package no.samspill.service.inquiry.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A case system's request to register an inquiry. Codes are checked against the vocabularies in core. */
public record RegisterInquiryRequest(
        @Schema(description = "Service point code in the municipality", example = "mysen")
        @NotBlank(message = "is required") String servicePoint,
        @Schema(description = "in-person, phone, digital or case-system", example = "in-person")
        @NotBlank(message = "is required") String channel,
        @Schema(description = "Service code from the standard catalogue", example = "passport")
        @NotBlank(message = "is required") String service,
        @Schema(description = "The case system's own reference; never a citizen's identity", example = "2026/1234")
        @Size(max = 100, message = "must be at most 100 characters") String externalReference,
        @Schema(description = "Where there is no shared desk (one door in): the desk the citizen came to", example = "library")
        @Size(max = 40, message = "must be at most 40 characters") String desk,
        @Schema(description = "The citizen's fødselsnummer / D-number (NO) or CPR number (DK), if known. Stored "
                + "sealed apart from the event log; the inquiry carries only a pseudonym (citizen)",
                example = "15058545640")
        @Size(max = 20, message = "must be at most 20 characters") String citizenId) {
}
