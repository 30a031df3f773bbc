package no.samspill.service.partnership;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import no.samspill.core.alliance.AllianceCommands.ChooseProject;
import no.samspill.core.alliance.AllianceCommands.FormAlliance;
import no.samspill.core.alliance.AllianceCommands.GatherJointMeasure;
import no.samspill.core.alliance.AllianceCommands.RecordRegionalOrganisationDecision;
import no.samspill.core.alliance.AllianceCommands.SignAlliance;
import no.samspill.core.alliance.AllianceId;
import no.samspill.core.alliance.Signatory;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.api.InvalidInput;
import no.samspill.service.api.NotFound;
import no.samspill.service.security.CaseSystemPrincipal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alliances of county libraries (Regionbibliotek 1): formed by a signed agreement, with joint measures gathered and
 * a few projects chosen; a regional organisation only by a political decision. Each party's county reads it.
 */
@RestController
@RequestMapping("/api/v1/counties/{county}/alliances")
@Tag(name = "Alliances", description = "Regional alliances of county libraries")
public class AllianceController {

    private final CommandGateway commands;
    private final PartnershipQueries queries;

    public AllianceController(CommandGateway commands, PartnershipQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public record SignatoryRequest(@NotBlank(message = "is required") String party,
                                   @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String role) {
    }

    public record FormRequest(@Schema(example = "Bibliotekallianse Nord") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
                              @Schema(example = "Felles kompetanseutvikling og innkjøp for fylkesbibliotekene") @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String purpose,
                              @Schema(example = "2027-03-01") @NotNull(message = "is required") LocalDate agreedOn,
                              @NotEmpty(message = "is required") List<String> parties,
                              @NotEmpty(message = "is required") List<@Valid SignatoryRequest> signatories) {
    }

    public record MeasureRequest(@Schema(example = "Felles opplæring i digital veiledning for alle ansatte") @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String measure) {
    }

    public record ProjectRequest(@Schema(example = "Felles e-bokavtale") @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String project,
                                 @Schema(example = "NO-55") @NotBlank(message = "is required") String leadParty) {
    }

    public record DecisionRequest(@Schema(example = "Fylkestinget i Troms") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String decidingBody,
                                  @Schema(example = "FT-sak 45/27") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String decisionReference,
                                  @Schema(example = "2027-12-14") @NotNull(message = "is required") LocalDate decidedOn) {
    }

    public record SignatureRequest(@Schema(example = "fylkesbiblioteksjef") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String role) {
    }

    @PostMapping
    @Operation(summary = "Form an alliance", description = "By a written agreement that every party signs, each for "
            + "itself: the caller's county is a party and signs now; the others sign with POST …/{allianceId}/signature "
            + "through their own case systems. The alliance is in force once all have signed.")
    @ApiResponse(responseCode = "201", description = "Formed",
            headers = @Header(name = "Location", description = "Where it is read",
                    schema = @Schema(type = "string", format = "uri-reference")))
    public ResponseEntity<AllianceView> form(@PathVariable String county,
                                             @AuthenticationPrincipal CaseSystemPrincipal client,
                                             @Valid @RequestBody FormRequest body) {
        MunicipalityCode own = client.municipalityOf(county);
        List<MunicipalityCode> parties = body.parties().stream()
                .map(party -> InvalidInput.parse("parties", party, MunicipalityCode::new)).toList();
        if (!parties.contains(own)) {
            throw new InvalidInput("parties", "must include the county forming it, " + own);
        }
        List<Signatory> signatories = body.signatories().stream().map(signatory -> new Signatory(
                InvalidInput.parse("signatories.party", signatory.party(), MunicipalityCode::new), signatory.role()))
                .toList();
        if (signatories.stream().anyMatch(signatory -> !signatory.party().equals(own))) {
            throw new InvalidInput("signatories", "each party signs for itself, through its own case system: sign for "
                    + own + " only; the others sign the alliance afterwards");
        }
        AllianceId id = AllianceId.generate();
        commands.sendAndWait(new FormAlliance(id, body.name(), body.purpose(), body.agreedOn(), parties, signatories));
        return ResponseEntity.created(URI.create("/api/v1/counties/" + own + "/alliances/" + id))
                .body(read(own, id.value()));
    }

    @GetMapping
    @Operation(summary = "The alliances the county is a party to")
    public List<AllianceView> list(@PathVariable String county, @AuthenticationPrincipal CaseSystemPrincipal client) {
        return queries.alliances(client.municipalityOf(county).value());
    }

    @GetMapping("/{allianceId}")
    @Operation(summary = "Read an alliance")
    public AllianceView read(@PathVariable String county, @PathVariable String allianceId,
                             @AuthenticationPrincipal CaseSystemPrincipal client) {
        return read(client.municipalityOf(county), allianceId);
    }

    @PostMapping("/{allianceId}/signature")
    @Operation(summary = "Sign the alliance for the caller's county", description = "Each party signs once; the "
            + "alliance is in force when every party has signed.")
    public AllianceView sign(@PathVariable String county, @PathVariable String allianceId,
                             @AuthenticationPrincipal CaseSystemPrincipal client,
                             @Valid @RequestBody SignatureRequest body) {
        MunicipalityCode own = client.municipalityOf(county);
        read(own, allianceId);
        commands.sendAndWait(new SignAlliance(new AllianceId(allianceId), new Signatory(own, body.role())));
        return read(own, allianceId);
    }

    @PostMapping("/{allianceId}/joint-measures")
    @Operation(summary = "Gather an existing joint measure under the alliance")
    @ApiResponse(responseCode = "201", description = "Recorded; the alliance as it stands")
    public ResponseEntity<AllianceView> gather(@PathVariable String county, @PathVariable String allianceId,
                                               @AuthenticationPrincipal CaseSystemPrincipal client,
                                               @Valid @RequestBody MeasureRequest body) {
        MunicipalityCode own = client.municipalityOf(county);
        read(own, allianceId);
        commands.sendAndWait(new GatherJointMeasure(new AllianceId(allianceId), body.measure()));
        return ResponseEntity.status(201).body(read(own, allianceId));
    }

    @PostMapping("/{allianceId}/projects")
    @Operation(summary = "Choose a concrete project", description = "A few at most, each led by a party.")
    @ApiResponse(responseCode = "201", description = "Recorded; the alliance as it stands")
    public ResponseEntity<AllianceView> chooseProject(@PathVariable String county, @PathVariable String allianceId,
                                                      @AuthenticationPrincipal CaseSystemPrincipal client,
                                                      @Valid @RequestBody ProjectRequest body) {
        MunicipalityCode own = client.municipalityOf(county);
        read(own, allianceId);
        commands.sendAndWait(new ChooseProject(new AllianceId(allianceId), body.project(),
                InvalidInput.parse("leadParty", body.leadParty(), MunicipalityCode::new)));
        return ResponseEntity.status(201).body(read(own, allianceId));
    }

    @PostMapping("/{allianceId}/regional-organisation")
    @Operation(summary = "Record the political decision for a regional organisation",
            description = "The alliance becomes a regional organisation with decision-making authority.")
    public AllianceView decideRegionalOrganisation(@PathVariable String county, @PathVariable String allianceId,
                                                   @AuthenticationPrincipal CaseSystemPrincipal client,
                                                   @Valid @RequestBody DecisionRequest body) {
        MunicipalityCode own = client.municipalityOf(county);
        read(own, allianceId);
        commands.sendAndWait(new RecordRegionalOrganisationDecision(new AllianceId(allianceId), body.decidingBody(),
                body.decisionReference(), body.decidedOn()));
        return read(own, allianceId);
    }

    private AllianceView read(MunicipalityCode county, String allianceId) {
        return queries.alliance(county.value(), allianceId)
                .orElseThrow(() -> new NotFound("No alliance " + allianceId + " of county " + county));
    }
}
