package no.samspill.service.inquiry.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import no.samspill.core.citizen.CitizenIdentifier;
import no.samspill.core.citizen.CitizenRef;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.inquiry.InquiryStatus;
import no.samspill.core.inquiry.WithdrawalReason;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.service.api.Conflict;
import no.samspill.service.api.InvalidInput;
import no.samspill.service.api.PageCursor;
import no.samspill.service.api.NotFound;
import no.samspill.service.inquiry.list.InquiryList;
import no.samspill.service.personaldata.PersonalDataStore;
import no.samspill.service.security.CaseSystemPrincipal;
import no.samspill.workflows.inquiry.InquiryProcesses;
import no.samspill.workflows.inquiry.InquiryRegistration.Request;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Case systems register inquiries, read them back, answer those routed out to them and withdraw them. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/inquiries")
@Tag(name = "Inquiries", description = "Citizens' inquiries (henvendelser)")
public class InquiryController {

    private final InquiryProcesses processes;
    private final InquiryHistory history;
    private final PersonalDataStore personalData;
    private final InquiryList inquiries;

    public InquiryController(InquiryProcesses processes, InquiryHistory history, PersonalDataStore personalData,
                             InquiryList inquiries) {
        this.processes = processes;
        this.inquiries = inquiries;
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
    @ApiResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "Where it is read",
                    schema = @Schema(type = "string", format = "uri-reference")))
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

    /**
     * The case system withdraws an inquiry still open in Samspill (registered by mistake, twice, or no longer wanted
     * by the citizen): its process ends where it stands, its open task goes, and InquiryWithdrawn is recorded by this
     * client, in this transaction. A closed inquiry is not withdrawn (409) and nothing changes.
     */
    @PostMapping("/{inquiryId}/withdrawal")
    @Transactional
    @Operation(summary = "Withdraw an inquiry",
            description = "Ends its process and removes its open task; refused (409) once the inquiry is resolved, "
                    + "abandoned or withdrawn.")
    public InquiryView withdraw(@PathVariable String municipality, @PathVariable String inquiryId,
                                @AuthenticationPrincipal CaseSystemPrincipal client,
                                @Valid @RequestBody WithdrawalRequest body) {
        MunicipalityCode code = client.municipalityOf(municipality);
        WithdrawalReason reason = InvalidInput.parse("reason", body.reason(), WithdrawalReason::fromCode);
        InquiryView inquiry = history.find(code.value(), inquiryId)
                .orElseThrow(() -> new NotFound("No inquiry " + inquiryId + " in municipality " + code));
        if (InquiryStatus.fromCode(inquiry.status()).isClosed()) {
            throw new Conflict("inquiry", "the inquiry is already " + inquiry.status());
        }
        processes.withdraw(code, new InquiryId(inquiryId), reason, client.getUsername());
        return history.find(code.value(), inquiryId).orElseThrow();
    }

    /**
     * The municipality's inquiries, oldest registration first, narrowed by the filters given, a page at a time; the
     * next page's address is in the body ({@code next}, for {@code after}) and in a {@code Link} header (RFC 8288).
     * The list follows the event log within a moment of each step.
     */
    @GetMapping
    @Operation(summary = "List inquiries",
            description = "Ordered by registration; filters combine. Follow `next` (or the Link header, rel=next) for "
                    + "the next page. A registration shows here within a moment; read one by id for its history.")
    public ResponseEntity<InquiryList.Page> list(
            @PathVariable String municipality, @AuthenticationPrincipal CaseSystemPrincipal client,
            @Parameter(description = "registered, taken, referred, handed-over, resolved, abandoned or withdrawn")
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String servicePoint,
            @Parameter(description = "A service code, e.g. passport") @RequestParam(required = false) String service,
            @Parameter(description = "in-person, phone, digital or case-system")
            @RequestParam(required = false) String channel,
            @Parameter(description = "First day of registration (Oslo), inclusive")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredFrom,
            @Parameter(description = "Last day of registration (Oslo), inclusive")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredTo,
            @Parameter(description = "The case system's own reference") @RequestParam(required = false)
            String externalReference,
            @Parameter(description = "The `next` of the page before") @RequestParam(required = false) String after,
            @Parameter(description = "1 to 200") @RequestParam(defaultValue = "50") int limit) {
        MunicipalityCode code = client.municipalityOf(municipality);
        PageCursor.requireLimit(limit);
        if (registeredFrom != null && registeredTo != null && registeredTo.isBefore(registeredFrom)) {
            throw new InvalidInput("registeredTo", "must not be before registeredFrom (" + registeredFrom + ")");
        }
        InquiryList.Filter filter = new InquiryList.Filter(
                status == null ? null : InvalidInput.parse("status", status, InquiryStatus::fromCode).code(),
                servicePoint,
                service == null ? null : InvalidInput.parse("service", service, ServiceCode::fromCode).code(),
                channel == null ? null : InvalidInput.parse("channel", channel, Channel::fromCode).code(),
                registeredFrom, registeredTo, externalReference);
        InquiryList.Page page = inquiries.page(code, filter, after, limit);
        return ResponseEntity.ok().headers(PageCursor.linkToNext(page.next())).body(page);
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
