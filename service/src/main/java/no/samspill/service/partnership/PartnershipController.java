package no.samspill.service.partnership;

import io.swagger.v3.oas.annotations.Parameter;
import no.samspill.service.api.PageCursor;
import no.samspill.core.shared.Coded;
import org.springframework.web.bind.annotation.RequestParam;
import no.samspill.core.partnership.PartnershipStage;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.partnership.AgreementKind;
import no.samspill.core.partnership.EndReason;
import no.samspill.core.partnership.PartnerSector;
import no.samspill.core.partnership.PartnershipCommands.ChangeRelation;
import no.samspill.core.partnership.PartnershipCommands.EndPartnership;
import no.samspill.core.partnership.PartnershipCommands.FallBack;
import no.samspill.core.partnership.PartnershipId;
import no.samspill.core.partnership.RelationKind;
import no.samspill.core.partnership.ScreeningQuestion;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import no.samspill.service.api.Conflict;
import no.samspill.service.api.InvalidInput;
import no.samspill.service.api.NotFound;
import no.samspill.service.security.CaseSystemPrincipal;
import no.samspill.workflows.partnership.Partnerships;
import no.samspill.workflows.partnership.Partnerships.Step;
import no.samspill.workflows.partnership.PartnershipVariables;
import no.samspill.workflows.partnership.Continuation;
import no.samspill.workflows.partnership.ScreeningQuestionnaire;
import no.samspill.workflows.partnership.ScreeningQuestionnaires;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A library's partnerships with outside partners (Byg partnerskaber!). Each step completes the same task staff see in
 * Tasklist, so the process and the aggregate check it exactly as there.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/partnerships")
@Tag(name = "Partnerships", description = "A library's partnerships: proposal, screening, agreement, evaluation, ending")
public class PartnershipController {

    private final Partnerships partnerships;
    private final PartnershipQueries queries;
    private final ScreeningQuestionnaires questionnaires;
    private final CommandGateway commands;
    private final Clock clock;

    public PartnershipController(Partnerships partnerships, PartnershipQueries queries,
                                 ScreeningQuestionnaires questionnaires, CommandGateway commands, Clock clock) {
        this.partnerships = partnerships;
        this.queries = queries;
        this.questionnaires = questionnaires;
        this.commands = commands;
        this.clock = clock;
    }

    public record ProposalRequest(@Schema(example = "Roskilde Festival") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String partner,
                                  @Schema(example = "culture") @NotBlank(message = "is required") String sector,
                                  @Schema(example = "collaboration") String relation,
                                  @Schema(example = "Litteraturscene på festivalen, med bibliotekets formidlere") @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String purpose,
                                  @Schema(example = "mette") @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String proposedBy) {
    }

    /** One answer per screening question, by its code: true for yes. */
    public record ScreeningRequest(@Schema(description = "Each screening question's code with the answer "
            + "(GET …/screening-questions)", example = "{\"mission-fit\": true, \"funding\": true}")
                                   @NotNull(message = "is required") Map<String, Boolean> answers) {
    }

    /**
     * {@code kind}: open-framework when left out (as every agreement was before kinds); {@code endsOn} for a fixed
     * activity, {@code conditions} the giver's for a sponsorship or grant.
     */
    public record AgreementRequest(@Schema(example = "fixed-activity") String kind,
                                   @Schema(example = "2027-06-30") LocalDate endsOn,
                                   @Schema(example = "Festivalens logo på bibliotekets plakater") @Size(max = 4000, message = "must be at most 4000 characters") String conditions,
                                   @Schema(example = "Festivalen og biblioteket lager fire litteraturkvelder i året") @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String expectations,
                                   @Schema(example = "Biblioteket står for program og lokaler; festivalen for markedsføring") @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String roles,
                                   @Schema(example = "400 deltakere i året, minst en tredel under 30 år") @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String results,
                                   @Schema(example = "12") @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 36 months") @Max(value = 36, message = "must be 1 to 36 months") Integer evaluationIntervalMonths) {
    }

    /**
     * {@code continuation}: renew, go on as collaboration or network without the agreement (the summary says why),
     * or end; {@code endReason} when it ends.
     */
    public record EvaluationRequest(@Schema(example = "true") @NotNull(message = "is required") Boolean servesStrategy,
                                    @Schema(example = "Godt besøkt; festivalen vil fortsette") @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String summary,
                                    @Schema(example = "renew") @NotBlank(message = "is required") String continuation,
                                    @Schema(example = "results-reached") String endReason) {
    }

    public record EndingRequest(@Schema(example = "results-reached") @NotBlank(message = "is required") String reason,
                                @Schema(example = "Prosjektet nådde målene sine og avsluttes som planlagt") @Size(max = 2000, message = "must be at most 2000 characters") String explanation) {
    }

    /** {@code reason}: why an agreed partnership falls back (required then, and only then). */
    public record RelationRequest(@Schema(example = "collaboration") @NotBlank(message = "is required") String relation,
                                  @Schema(example = "Festivalen fortsetter samarbeidet, men uten fast avtale")
                                  @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }

    @PostMapping
    @Transactional
    @Operation(summary = "Propose a partnership", description = "Starts its process; the screening task waits for the library's partnership coordinators.")
    @ApiResponse(responseCode = "201", description = "Proposed",
            headers = @Header(name = "Location", description = "Where it is read",
                    schema = @Schema(type = "string", format = "uri-reference")))
    public ResponseEntity<PartnershipView> propose(@PathVariable String municipality,
                                                   @AuthenticationPrincipal CaseSystemPrincipal client,
                                                   @Valid @RequestBody ProposalRequest body) {
        MunicipalityCode library = client.municipalityOf(municipality);
        PartnerSector sector = InvalidInput.parse("sector", body.sector(), PartnerSector::fromCode);
        RelationKind relation = body.relation() == null ? null
                : InvalidInput.parse("relation", body.relation(), RelationKind::fromCode);
        PartnershipId id = partnerships.propose(library, body.partner(), sector, relation, body.purpose(),
                new StaffId(body.proposedBy()));
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + library + "/partnerships/" + id))
                .body(read(library, id.value()));
    }

    @GetMapping
    @Operation(summary = "List the library's partnerships",
            description = "In the order they were proposed; `stage`, `sector` and `relation` narrow the list. With "
                    + "`limit`, a page at a time: the next page's address is in the Link header (rel=next).")
    public ResponseEntity<List<PartnershipView>> list(
            @PathVariable String municipality, @AuthenticationPrincipal CaseSystemPrincipal client,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String relation,
            @Parameter(description = "The cursor from the Link header of the page before")
            @RequestParam(required = false) String after,
            @Parameter(description = "1 to 200; all when left out") @RequestParam(required = false) Integer limit) {
        MunicipalityCode library = client.municipalityOf(municipality);
        int pageSize = limit == null ? Integer.MAX_VALUE - 1 : PageCursor.requireLimit(limit);
        List<PartnershipView> found = queries.partnerships(library.value(),
                stage == null ? null : InvalidInput.parse("stage", stage,
                        code -> Coded.fromCode(PartnershipStage.class, code)).code(),
                sector == null ? null : InvalidInput.parse("sector", sector, PartnerSector::fromCode).code(),
                relation == null ? null : InvalidInput.parse("relation", relation, RelationKind::fromCode).code(),
                after == null ? null : PageCursor.parse(after), pageSize);
        PageCursor.Cut<PartnershipView> page = PageCursor.cut(found, pageSize, PartnershipQueries::cursorAfter);
        return ResponseEntity.ok().headers(PageCursor.linkToNext(page.next())).body(page.items());
    }

    @GetMapping("/{partnershipId}")
    @Operation(summary = "Read a partnership", description = "Stage, relation, agreement cadence, evaluations and relation moves.")
    public PartnershipView read(@PathVariable String municipality, @PathVariable String partnershipId,
                                @AuthenticationPrincipal CaseSystemPrincipal client) {
        return read(client.municipalityOf(municipality), partnershipId);
    }

    @GetMapping("/screening-questions")
    @Operation(summary = "The library's screening questions",
            description = "How to Say No's fourteen and any the deployment adds, each marked as this library marks "
                    + "it: a no to a required question stops the proposal.")
    public List<ScreeningQuestion> screeningQuestions(@PathVariable String municipality,
                                                      @AuthenticationPrincipal CaseSystemPrincipal client) {
        return questionnaires.of(client.municipalityOf(municipality)).questions();
    }

    @PostMapping("/{partnershipId}/screening")
    @Transactional
    @Operation(summary = "Screen the proposal", description = "Every question answered; a no to a required one stops it.")
    public PartnershipView screen(@PathVariable String municipality, @PathVariable String partnershipId,
                                  @AuthenticationPrincipal CaseSystemPrincipal client,
                                  @Valid @RequestBody ScreeningRequest body) {
        MunicipalityCode library = client.municipalityOf(municipality);
        Map<String, Object> form = new HashMap<>();
        List<String> codes = questionnaires.of(library).questions().stream().map(ScreeningQuestion::code).toList();
        body.answers().forEach((code, yes) -> {
            if (!codes.contains(code)) {
                throw new InvalidInput("answers." + code, "is not a screening question; the questions are "
                        + String.join(", ", codes));
            }
            if (yes == null) {
                throw new InvalidInput("answers." + code, "must be true or false");
            }
            form.put(ScreeningQuestionnaire.fieldOf(code), yes);
        });
        codes.stream().filter(code -> !body.answers().containsKey(code)).findFirst().ifPresent(code -> {
            throw new InvalidInput("answers." + code, "needs an answer (true or false)");
        });
        return completeStep(library, partnershipId, Step.SCREENING, form);
    }

    @PostMapping("/{partnershipId}/agreement")
    @Transactional
    @Operation(summary = "Record the agreement", description = "What kind it is (a fixed activity with its last day, "
            + "an open framework, or a sponsorship or grant with the giver's conditions, which is not a partnership), "
            + "expectations, roles, results and how often it is evaluated.")
    public PartnershipView agree(@PathVariable String municipality, @PathVariable String partnershipId,
                                 @AuthenticationPrincipal CaseSystemPrincipal client,
                                 @Valid @RequestBody AgreementRequest body) {
        AgreementKind kind = body.kind() == null ? AgreementKind.OPEN_FRAMEWORK
                : InvalidInput.parse("kind", body.kind(), AgreementKind::fromCode);
        Map<String, Object> form = new HashMap<>(Map.of(PartnershipVariables.AGREEMENT_KIND, kind.code(),
                PartnershipVariables.EXPECTATIONS, body.expectations(), PartnershipVariables.ROLES, body.roles(),
                PartnershipVariables.RESULTS, body.results(),
                PartnershipVariables.EVALUATION_INTERVAL_MONTHS, body.evaluationIntervalMonths().longValue()));
        form.put(PartnershipVariables.ENDS_ON, body.endsOn() == null ? null : body.endsOn().toString());
        form.put(PartnershipVariables.CONDITIONS, body.conditions());
        return completeStep(client.municipalityOf(municipality), partnershipId, Step.AGREEMENT, form);
    }

    @PostMapping("/{partnershipId}/evaluation")
    @Transactional
    @Operation(summary = "Record the evaluation", description = "When it is due (the process raises it); then renew, fall back to collaboration or network, or end.")
    public PartnershipView evaluate(@PathVariable String municipality, @PathVariable String partnershipId,
                                    @AuthenticationPrincipal CaseSystemPrincipal client,
                                    @Valid @RequestBody EvaluationRequest body) {
        Continuation continuation = InvalidInput.parse("continuation", body.continuation(),
                code -> Coded.fromCode(Continuation.class, code));
        Map<String, Object> form = new HashMap<>();
        form.put(PartnershipVariables.SERVES_STRATEGY, body.servesStrategy());
        form.put(PartnershipVariables.SUMMARY, body.summary());
        form.put(PartnershipVariables.CONTINUATION, continuation.code());
        if (continuation == Continuation.END || body.endReason() != null) {
            form.put(PartnershipVariables.END_REASON,
                    InvalidInput.parse("endReason", body.endReason(), EndReason::fromCode).code());
        }
        return completeStep(client.municipalityOf(municipality), partnershipId, Step.EVALUATION, form);
    }

    @PostMapping("/{partnershipId}/ending")
    @Transactional
    @Operation(summary = "End the partnership now", description = "At any step, with the reason; its process ends too.")
    public PartnershipView end(@PathVariable String municipality, @PathVariable String partnershipId,
                               @AuthenticationPrincipal CaseSystemPrincipal client,
                               @Valid @RequestBody EndingRequest body) {
        EndReason reason = InvalidInput.parse("reason", body.reason(), EndReason::fromCode);
        MunicipalityCode library = client.municipalityOf(municipality);
        return change(library, partnershipId, () -> {
            PartnershipId id = new PartnershipId(partnershipId);
            if (!partnerships.end(library, id, reason, body.explanation())) {
                // No process waits: the partnership has ended; the aggregate says how
                commands.sendAndWait(new EndPartnership(id, reason, body.explanation(), today()));
            }
        });
    }

    @PostMapping("/{partnershipId}/relation")
    @Transactional
    @Operation(summary = "Move the relation", description = "Between network and collaboration; it becomes a "
            + "partnership by the agreement. An agreed partnership falls back to collaboration or network with a "
            + "`reason`: the agreement no longer holds, its evaluations stop, and the relation goes on.")
    public PartnershipView moveRelation(@PathVariable String municipality, @PathVariable String partnershipId,
                                        @AuthenticationPrincipal CaseSystemPrincipal client,
                                        @Valid @RequestBody RelationRequest body) {
        RelationKind relation = InvalidInput.parse("relation", body.relation(), RelationKind::fromCode);
        MunicipalityCode library = client.municipalityOf(municipality);
        PartnershipId id = new PartnershipId(partnershipId);
        // read once: the 404 for another library's partnership, and the stage that decides what the move is
        boolean agreed = PartnershipStage.ACTIVE.code().equals(read(library, partnershipId).stage());
        if (!agreed || relation == RelationKind.PARTNERSHIP) {
            if (body.reason() != null) {
                throw new InvalidInput("reason", "is only for an agreed partnership falling back to collaboration "
                        + "or network");
            }
            commands.sendAndWait(new ChangeRelation(id, relation, today()));
            return read(library, partnershipId);
        }
        if (body.reason() == null || body.reason().isBlank()) {
            throw new InvalidInput("reason", "is required when an agreed partnership falls back to "
                    + relation.code());
        }
        if (!partnerships.fallBack(library, id, relation, body.reason())) {
            // no process waits; the aggregate says why not
            commands.sendAndWait(new FallBack(id, relation, body.reason(), today()));
        }
        return read(library, partnershipId);
    }

    /** Does a change to the library's partnership (404 if it is not the library's) and answers its new state. */
    private PartnershipView change(MunicipalityCode library, String partnershipId, Runnable change) {
        read(library, partnershipId);
        change.run();
        return read(library, partnershipId);
    }

    private PartnershipView completeStep(MunicipalityCode library, String partnershipId, Step step,
                                         Map<String, Object> form) {
        PartnershipView partnership = read(library, partnershipId);
        if (!partnerships.complete(library, new PartnershipId(partnershipId), step, form)) {
            throw new Conflict("partnership", "is " + partnership.stage() + " and not waiting for its "
                    + step.name().toLowerCase());
        }
        return read(library, partnershipId);
    }

    private PartnershipView read(MunicipalityCode library, String partnershipId) {
        return queries.partnership(library.value(), partnershipId)
                .orElseThrow(() -> new NotFound("No partnership " + partnershipId + " in municipality " + library));
    }

    private LocalDate today() {
        return LocalDate.now(clock); // the municipalities' clock (MunicipalTime)
    }
}
