package no.samspill.service.libraryplan;

import org.springframework.web.bind.annotation.RequestParam;
import no.samspill.service.api.PageCursor;
import no.samspill.service.api.InvalidInput;
import no.samspill.core.libraryplan.PlanPhase;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import no.samspill.core.libraryplan.LibraryPlanCommands.AddLocalGoal;
import no.samspill.core.libraryplan.LibraryPlanCommands.AddMeasure;
import no.samspill.core.libraryplan.LibraryPlanCommands.AddRegionalGoal;
import no.samspill.core.libraryplan.MeasureWeight;
import no.samspill.core.libraryplan.LibraryPlanCommands.SendConsultationReminder;
import no.samspill.core.libraryplan.LibraryPlanId;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.api.NotFound;
import no.samspill.service.security.CaseSystemPrincipal;
import no.samspill.workflows.libraryplan.LibraryPlans;
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

/** A county's regional library plans: started here, worked in Tasklist, fed with consultation answers and goals. */
@RestController
@RequestMapping("/api/v1/counties/{county}/library-plans")
@Tag(name = "Library plans", description = "Regional library plans (regionale bibliotekplaner)")
public class LibraryPlanController {

    private final LibraryPlans plans;
    private final LibraryPlanHistory history;
    private final CommandGateway commands;
    private final LibraryPlanList list;
    private final Clock clock;

    public LibraryPlanController(LibraryPlans plans, LibraryPlanHistory history, CommandGateway commands,
                                 LibraryPlanList list, Clock clock) {
        this.plans = plans;
        this.list = list;
        this.history = history;
        this.commands = commands;
        this.clock = clock;
    }

    public record StartPlanRequest(@Schema(example = "Regional bibliotekplan for Troms 2028–2031") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
                                   @Schema(example = "2027-06-07") @NotNull(message = "is required") LocalDate kickoff) {
    }

    public record AnswerRequest(@Schema(example = "NO-5501") @NotBlank(message = "is required") String from,
                                @Schema(example = "2027-04-20") @NotNull(message = "is required") LocalDate receivedOn,
                                @Schema(example = "2027/1234-5") @Size(max = 200, message = "must be at most 200 characters") String documentReference) {
    }

    /** {@code body}: the code of a body the latest consultation round went to (e.g. NO-5501, regionrad-nord). */
    public record ReminderRequest(@Schema(example = "regionrad-nord") @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String body) {
    }

    /** {@code library}: when the goal is one library's in the municipality (its name); left out, the municipality's. */
    public record LocalGoalRequest(@Schema(example = "NO-5501") @NotBlank(message = "is required") String municipality,
                                   @Schema(example = "Tromsø bibliotek, Kvaløya") @Size(max = 200, message = "must be at most 200 characters") String library,
                                   @Schema(example = "Meråpent bibliotek på Kvaløya innen 2027") @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String goal) {
    }

    /** {@code weights}: per region code, high, normal or low; a region left out weighs normal. */
    public record PlanMeasureRequest(@Schema(example = "Samisk litteraturformidling") @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
                                 @Schema(example = "{\"nord\": \"high\", \"sor\": \"low\"}") Map<String, String> weights) {
    }

    public record GoalRequest(@Schema(example = "nord") @NotBlank(message = "is required") String region,
                              @Schema(example = "Alle skolebibliotek i Nord-Troms har en bemannet åpningstid hver dag") @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String goal) {
    }

    @PostMapping
    @Transactional
    @Operation(summary = "Start a library plan", description = "Kickoff at the library chiefs' meeting; the regions come from the county.")
    @ApiResponse(responseCode = "201", description = "Started",
            headers = @Header(name = "Location", description = "Where it is read",
                    schema = @Schema(type = "string", format = "uri-reference")))
    public ResponseEntity<LibraryPlanView> start(@PathVariable String county,
                                                 @AuthenticationPrincipal CaseSystemPrincipal client,
                                                 @Valid @RequestBody StartPlanRequest body) {
        MunicipalityCode code = client.municipalityOf(county);
        LibraryPlanId id = plans.start(code, body.title(), body.kickoff());
        return ResponseEntity.created(URI.create("/api/v1/counties/" + code + "/library-plans/" + id))
                .body(read(code, id.value()));
    }

    /**
     * The county's plans, the first started first, with their phase and consultation deadline, a page at a time
     * ({@code next}, and a Link header); the list follows the event log within a moment of each step.
     */
    @GetMapping
    @Operation(summary = "List the county's library plans",
            description = "With phase and consultation deadline; `phase` narrows the list. Follow `next` (or the "
                    + "Link header, rel=next) for the next page.")
    public ResponseEntity<LibraryPlanList.PlanPage> list(
            @PathVariable String county, @AuthenticationPrincipal CaseSystemPrincipal client,
            @Parameter(description = "A phase, e.g. in-consultation") @RequestParam(required = false) String phase,
            @Parameter(description = "The `next` of the page before") @RequestParam(required = false) String after,
            @Parameter(description = "1 to 200") @RequestParam(defaultValue = "50") int limit) {
        MunicipalityCode code = client.municipalityOf(county);
        PageCursor.requireLimit(limit);
        String phaseCode = phase == null ? null : InvalidInput.parse("phase", phase, PlanPhase::fromCode).code();
        LibraryPlanList.PlanPage page = list.page(code, phaseCode, after, limit);
        return ResponseEntity.ok().headers(PageCursor.linkToNext(page.next())).body(page);
    }

    @GetMapping("/{planId}")
    @Operation(summary = "Read a library plan", description = "Phase, working group (who has delivered their "
            + "region's input), goals, the latest consultation round with each body's answer status, every answer "
            + "and the history.")
    public LibraryPlanView read(@PathVariable String county, @PathVariable String planId,
                                @AuthenticationPrincipal CaseSystemPrincipal client) {
        return read(client.municipalityOf(county), planId);
    }

    @PostMapping("/{planId}/consultation-answers")
    @Transactional
    @Operation(summary = "Record a consultation answer", description = "For the latest round: answers after its "
            + "deadline are recorded as late, and one from a body it went to counts as that body's.")
    @ApiResponse(responseCode = "201", description = "Recorded; the plan as it stands")
    public ResponseEntity<LibraryPlanView> answer(@PathVariable String county, @PathVariable String planId,
                                                  @AuthenticationPrincipal CaseSystemPrincipal client,
                                                  @Valid @RequestBody AnswerRequest body) {
        return changed(client, county, planId, (code, plan) ->
                plans.answer(code, plan, body.from(), body.receivedOn(), body.documentReference()));
    }

    @PostMapping("/{planId}/consultation-reminders")
    @Transactional
    @Operation(summary = "Remind a body that has not answered",
            description = "To a body the latest consultation round went to and that has not answered it; the body's "
                    + "case system is told by webhook where it has one.")
    @ApiResponse(responseCode = "201", description = "Reminded; the plan as it stands")
    public ResponseEntity<LibraryPlanView> remind(@PathVariable String county, @PathVariable String planId,
                                                  @AuthenticationPrincipal CaseSystemPrincipal client,
                                                  @Valid @RequestBody ReminderRequest body) {
        return changed(client, county, planId, (code, plan) ->
                commands.sendAndWait(new SendConsultationReminder(plan, body.body(), LocalDate.now(clock))));
    }

    @PostMapping("/{planId}/local-goals")
    @Transactional
    @Operation(summary = "Add a municipality's or a library's own goal",
            description = "A municipality of the county (or one library there) may have goals the others do not; "
                    + "before the draft plan is final.")
    @ApiResponse(responseCode = "201", description = "Added; the plan as it stands")
    public ResponseEntity<LibraryPlanView> addLocalGoal(@PathVariable String county, @PathVariable String planId,
                                                        @AuthenticationPrincipal CaseSystemPrincipal client,
                                                        @Valid @RequestBody LocalGoalRequest body) {
        return changed(client, county, planId, (code, plan) -> commands.sendAndWait(new AddLocalGoal(plan,
                InvalidInput.parse("municipality", body.municipality(), MunicipalityCode::new), body.library(),
                body.goal())));
    }

    @PostMapping("/{planId}/measures")
    @Transactional
    @Operation(summary = "Add a measure with its weight per region",
            description = "Not every measure needs the same focus in every region; before the draft plan is final.")
    @ApiResponse(responseCode = "201", description = "Added; the plan as it stands")
    public ResponseEntity<LibraryPlanView> addMeasure(@PathVariable String county, @PathVariable String planId,
                                                      @AuthenticationPrincipal CaseSystemPrincipal client,
                                                      @Valid @RequestBody PlanMeasureRequest body) {
        return changed(client, county, planId, (code, plan) -> {
            Map<String, MeasureWeight> weights = new LinkedHashMap<>();
            (body.weights() == null ? Map.<String, String>of() : body.weights()).forEach((region, weight) ->
                    weights.put(region, InvalidInput.parse("weights." + region, weight, MeasureWeight::fromCode)));
            commands.sendAndWait(new AddMeasure(plan, body.title(), weights));
        });
    }

    @PostMapping("/{planId}/regional-goals")
    @Transactional
    @Operation(summary = "Add a region's own goal", description = "Before the draft plan is final.")
    @ApiResponse(responseCode = "201", description = "Added; the plan as it stands")
    public ResponseEntity<LibraryPlanView> addGoal(@PathVariable String county, @PathVariable String planId,
                                                   @AuthenticationPrincipal CaseSystemPrincipal client,
                                                   @Valid @RequestBody GoalRequest body) {
        return changed(client, county, planId, (code, plan) ->
                commands.sendAndWait(new AddRegionalGoal(plan, body.region(), body.goal())));
    }

    /**
     * Makes a change to the county's plan (404 first if it is not the county's: nothing is done) and answers 201 with
     * the plan as it stands.
     */
    private ResponseEntity<LibraryPlanView> changed(CaseSystemPrincipal client, String county, String planId,
                                                    BiConsumer<MunicipalityCode, LibraryPlanId> change) {
        MunicipalityCode code = client.municipalityOf(county);
        read(code, planId);
        change.accept(code, new LibraryPlanId(planId));
        return ResponseEntity.status(201).body(read(code, planId));
    }

    private LibraryPlanView read(MunicipalityCode county, String planId) {
        return history.find(county.value(), planId, LocalDate.now(clock))
                .orElseThrow(() -> new NotFound("No library plan " + planId + " in county " + county));
    }
}
