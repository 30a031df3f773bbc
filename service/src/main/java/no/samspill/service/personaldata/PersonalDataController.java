package no.samspill.service.personaldata;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.samspill.core.citizen.CitizenRef;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.api.InvalidInput;
import no.samspill.service.api.NotFound;
import no.samspill.service.personaldata.PersonalDataStore.InquiryPersonalData;
import no.samspill.service.personaldata.PersonalDataStore.Read;
import no.samspill.service.security.CaseSystemPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A municipality's case system reads and erases its citizens' personal data; every read is logged. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}")
@Tag(name = "Personal data", description = "Citizens' identifiers and staff's notes, kept apart from the event log")
public class PersonalDataController {

    private final PersonalDataStore store;
    private final PersonalDataErasure erasure;

    public PersonalDataController(PersonalDataStore store, PersonalDataErasure erasure) {
        this.store = store;
        this.erasure = erasure;
    }

    @GetMapping("/inquiries/{inquiryId}/personal-data")
    @Transactional
    @Operation(summary = "Read an inquiry's personal data",
            description = "The citizen's identifier and the staff's notes, opened; the read is logged with its reader.")
    public InquiryPersonalData read(@PathVariable String municipality, @PathVariable String inquiryId,
                                    @AuthenticationPrincipal CaseSystemPrincipal client) {
        MunicipalityCode code = client.municipalityOf(municipality);
        return store.read(code, inquiryId, "case-system:" + client.getUsername())
                .orElseThrow(() -> noInquiry(code, inquiryId));
    }

    @GetMapping("/inquiries/{inquiryId}/personal-data/reads")
    @Operation(summary = "Who read an inquiry's personal data, and when")
    public List<Read> reads(@PathVariable String municipality, @PathVariable String inquiryId,
                            @AuthenticationPrincipal CaseSystemPrincipal client) {
        MunicipalityCode code = client.municipalityOf(municipality);
        return store.readsOf(code, inquiryId).orElseThrow(() -> noInquiry(code, inquiryId));
    }

    @DeleteMapping("/inquiries/{inquiryId}/personal-data")
    @Operation(summary = "Erase an inquiry's notes", description = "The inquiry and its events stay; its notes are gone.")
    @ApiResponse(responseCode = "204", description = "Done")
    public ResponseEntity<Void> eraseInquiry(@PathVariable String municipality, @PathVariable String inquiryId,
                                             @AuthenticationPrincipal CaseSystemPrincipal client) {
        MunicipalityCode code = client.municipalityOf(municipality);
        if (!erasure.eraseInquiry(code, inquiryId)) {
            throw noInquiry(code, inquiryId);
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/citizens/{citizen}")
    @Operation(summary = "Erase a citizen's personal data (right to erasure)",
            description = "The identifier and the notes of all the citizen's inquiries, at once; events and "
                    + "analytics keep the pseudonym only and are unchanged.")
    @ApiResponse(responseCode = "204", description = "Done")
    public ResponseEntity<Void> eraseCitizen(@PathVariable String municipality, @PathVariable String citizen,
                                             @AuthenticationPrincipal CaseSystemPrincipal client) {
        MunicipalityCode code = client.municipalityOf(municipality);
        CitizenRef ref = InvalidInput.parse("citizen", citizen, CitizenRef::new);
        if (!erasure.eraseCitizen(code, ref)) {
            throw new NotFound("No citizen " + ref + " in municipality " + code);
        }
        return ResponseEntity.noContent().build();
    }

    private static NotFound noInquiry(MunicipalityCode municipality, String inquiryId) {
        return new NotFound("No inquiry " + inquiryId + " in municipality " + municipality);
    }
}
