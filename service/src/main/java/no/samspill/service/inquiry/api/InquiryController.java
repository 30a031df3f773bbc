package no.samspill.service.inquiry.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import no.samspill.core.citizen.CitizenIdentifier;
import no.samspill.core.citizen.CitizenRef;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.service.api.InvalidInput;
import no.samspill.service.api.NotFound;
import no.samspill.service.personaldata.PersonalDataStore;
import no.samspill.service.security.CaseSystemPrincipal;
import no.samspill.workflows.inquiry.InquiryProcesses;
import no.samspill.workflows.inquiry.InquiryRegistration.Request;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Case systems register inquiries and read them back. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/inquiries")
@Tag(name = "Inquiries", description = "Citizens' inquiries (henvendelser)")
public class InquiryController {

    private final InquiryProcesses processes;
    private final InquiryHistory history;
    private final PersonalDataStore personalData;

    public InquiryController(InquiryProcesses processes, InquiryHistory history, PersonalDataStore personalData) {
        this.processes = processes;
        this.history = history;
        this.personalData = personalData;
    }

    /**
     * Starts the inquiry's process; its first step stores InquiryRegistered. One transaction holds both, so an
     * answer of 201 means the event and the process instance exist, and any refusal leaves neither. A citizen
     * identifier goes to the personal-data store (same transaction); the process and the event get its pseudonym.
     */
    @PostMapping
    @Transactional
    @Operation(summary = "Register an inquiry", description = "Starts the process of the service point's co-organisation model.")
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", required = false,
            description = "Send the same key again with the same body to get the first answer without registering twice "
                    + "(every POST of the API accepts it)")
    public ResponseEntity<InquiryView> register(@PathVariable String municipality,
                                                @AuthenticationPrincipal CaseSystemPrincipal client,
                                                @Valid @RequestBody RegisterInquiryRequest body) {
        MunicipalityCode code = client.municipalityOf(municipality);
        Channel channel = InvalidInput.parse("channel", body.channel(), Channel::fromCode);
        ServiceCode service = InvalidInput.parse("service", body.service(), ServiceCode::fromCode);
        CitizenRef citizen = body.citizenId() == null ? null : personalData.citizenFor(code,
                InvalidInput.parse("citizenId", body.citizenId(), raw -> CitizenIdentifier.of(code, raw)));
        Request request = new Request(code, body.servicePoint(), channel, service, body.externalReference(),
                body.desk(), citizen);
        InquiryId id = processes.start(request);
        InquiryView created = history.find(code.value(), id.value()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + code + "/inquiries/" + id)).body(created);
    }

    /**
     * PAC-man: the municipality's case system answers a digital inquiry routed out to it. The waiting process records
     * the answer as the inquiry's resolution, in this transaction.
     */
    @PostMapping("/{inquiryId}/case-system-answer")
    @Transactional
    @Operation(summary = "Answer an inquiry routed out to the case system",
            description = "Resolves a digital inquiry that a PAC-man service point sent to the municipality's case system.")
    public InquiryView answer(@PathVariable String municipality, @PathVariable String inquiryId,
                              @AuthenticationPrincipal CaseSystemPrincipal client) {
        MunicipalityCode code = client.municipalityOf(municipality);
        history.find(code.value(), inquiryId)
                .orElseThrow(() -> new NotFound("No inquiry " + inquiryId + " in municipality " + code));
        processes.answerFromCaseSystem(code, new InquiryId(inquiryId), client.getUsername());
        return history.find(code.value(), inquiryId).orElseThrow();
    }

    @GetMapping("/{inquiryId}")
    @Operation(summary = "Read an inquiry", description = "Its status and its stored events, in order.")
    public InquiryView read(@PathVariable String municipality, @PathVariable String inquiryId,
                            @AuthenticationPrincipal CaseSystemPrincipal client) {
        MunicipalityCode code = client.municipalityOf(municipality);
        return history.find(code.value(), inquiryId)
                .orElseThrow(() -> new NotFound("No inquiry " + inquiryId + " in municipality " + code));
    }
}
