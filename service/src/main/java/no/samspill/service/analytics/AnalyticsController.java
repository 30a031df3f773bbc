package no.samspill.service.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import no.samspill.service.analytics.AnalyticsQueries.BeforeAfter;
import no.samspill.service.analytics.AnalyticsQueries.ModelRow;
import no.samspill.service.analytics.AnalyticsQueries.Passing;
import no.samspill.service.analytics.AnalyticsQueries.Series;
import no.samspill.service.analytics.AnalyticsQueries.ServicePointRef;
import no.samspill.service.analytics.AnalyticsQueries.ServicePointRow;
import no.samspill.service.analytics.AnalyticsReplay.Progress;
import no.samspill.service.analytics.WhatIfAnalysis.WhatIf;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.api.InvalidInput;
import no.samspill.service.api.NotFound;
import no.samspill.service.partnership.PartnershipFigures;
import no.samspill.service.security.CaseSystemPrincipal;
import no.samspill.service.security.StaffPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evaluation figures built only from the event log. A case system sees its own municipality; an evaluator the
 * municipalities and counties they belong to (Camunda tenants); an administrator all. Every table also comes as
 * CSV ({@code format=csv}).
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics", description = "Model comparisons and before/after figures, replayed from the event log")
public class AnalyticsController {

    private final AnalyticsQueries queries;
    private final AnalyticsReplay replay;
    private final WhatIfAnalysis whatIf;
    private final PartnershipFigures partnershipFigures;

    public AnalyticsController(AnalyticsQueries queries, AnalyticsReplay replay, PartnershipFigures partnershipFigures,
                               WhatIfAnalysis whatIf) {
        this.whatIf = whatIf;
        this.queries = queries;
        this.replay = replay;
        this.partnershipFigures = partnershipFigures;
    }

    @GetMapping("/models")
    @Operation(summary = "One row per co-organisation model",
            description = "Inquiries registered from `from` to `to` (inclusive, Oslo days) in the caller's municipalities."
                    + " Each share and the median carry a 95 % interval; `noClearDifference` names the models whose"
                    + " interval overlaps. With `standardise=true` each row also has its shares standardised to the"
                    + " period's pooled service × channel mix (docs/measures.md).")
    @ApiResponse(responseCode = "200", description = "The figures (as CSV with format=csv)", content = @Content(
            mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = ModelRow.class))))
    public ResponseEntity<?> models(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @Parameter(description = "json (default) or csv") @RequestParam(defaultValue = "json") String format,
                                    @Parameter(description = "also standardise the shares to the pooled mix")
                                    @RequestParam(defaultValue = "false") boolean standardise,
                                    Authentication caller) {
        requireOrder(from, to);
        List<ModelRow> rows = queries.byModel(from, to, visibleTo(caller), standardise);
        return answer(format, rows, () -> AnalyticsCsv.models(rows, "samspill-modeller-" + from + "-" + to + ".csv"));
    }

    @GetMapping("/service-points/{municipality}/{servicePoint}/model-change")
    @Operation(summary = "The same measures before and after a service point's latest model change",
            description = "Equal periods of `days` days on each side of the decision's effective date, with the difference.")
    @ApiResponse(responseCode = "200", description = "The figures (as CSV with format=csv)", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = BeforeAfter.class)))
    public ResponseEntity<?> modelChange(@PathVariable String municipality, @PathVariable String servicePoint,
                                         @RequestParam(defaultValue = "90") int days,
                                         @RequestParam(defaultValue = "json") String format, Authentication caller) {
        if (days < 1 || days > 3660) {
            throw new InvalidInput("days", "must be between 1 and 3660");
        }
        requireVisible(caller, municipality, servicePoint);
        BeforeAfter figures = queries.aroundModelChange(municipality, servicePoint, days).orElseThrow(() ->
                new NotFound("No model change for service point " + servicePoint + " in municipality " + municipality));
        return answer(format, figures, () -> AnalyticsCsv.beforeAfter(figures,
                "samspill-modellendring-" + municipality + "-" + servicePoint + ".csv"));
    }

    @GetMapping("/service-points/{municipality}/{servicePoint}/what-if")
    @Operation(summary = "What if the service point ran another co-organisation model?",
            description = "Its own inquiries from `from` to `to` through the real routing decision under `model`: the "
                    + "routes, the share not handled locally, and the first-contact resolution and referrals to expect"
                    + " from how inquiries so routed fare where that model runs (matched on service and channel), "
                    + "with a 95 % interval and the number of inquiries it rests on; `expected.reason` instead of "
                    + "figures when the data are too thin (docs/measures.md).")
    @ApiResponse(responseCode = "200", description = "The figures (as CSV with format=csv)", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = WhatIf.class)))
    public ResponseEntity<?> whatIf(@PathVariable String municipality, @PathVariable String servicePoint,
                                    @RequestParam String model,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(defaultValue = "json") String format, Authentication caller) {
        requireOrder(from, to);
        requireVisible(caller, municipality, servicePoint);
        CoOrganisationModel other;
        try {
            other = CoOrganisationModel.fromCode(model);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("model", "must be one of total-collaboration, one-door-in, hybrid, pac-man");
        }
        MunicipalityCode code;
        try {
            code = new MunicipalityCode(municipality);
        } catch (IllegalArgumentException invalid) {
            throw new NotFound("No service point " + servicePoint + " in municipality " + municipality);
        }
        WhatIf answer = whatIf.ask(code, servicePoint, other, from, to, visibleTo(caller)).orElseThrow(() ->
                new NotFound("No service point " + servicePoint + " in municipality " + municipality));
        return answer(format, answer, () -> AnalyticsCsv.whatIf(answer,
                "samspill-hva-om-" + servicePoint + "-" + model + "-" + from + "-" + to + ".csv"));
    }

    @GetMapping("/service-points")
    @Operation(summary = "The service points with inquiries that the caller may see")
    public List<ServicePointRef> servicePoints(Authentication caller) {
        return queries.servicePoints(visibleTo(caller));
    }

    @GetMapping("/service-point-measures")
    @Operation(summary = "One row per service point",
            description = "Inquiries registered from `from` to `to` (inclusive, Oslo days) in the caller's municipalities.")
    @ApiResponse(responseCode = "200", description = "The figures (as CSV with format=csv)", content = @Content(
            mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = ServicePointRow.class))))
    public ResponseEntity<?> servicePointMeasures(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "json") String format, Authentication caller) {
        requireOrder(from, to);
        List<ServicePointRow> rows = queries.byServicePoint(from, to, visibleTo(caller));
        return answer(format, rows, () -> AnalyticsCsv.servicePoints(rows,
                "samspill-betjeningssteder-" + from + "-" + to + ".csv"));
    }

    @GetMapping("/service-points/{municipality}/{servicePoint}/series")
    @Operation(summary = "A service point's measures over time, with its model changes",
            description = "`period`: day, week (from Monday) or month.")
    @ApiResponse(responseCode = "200", description = "The figures (as CSV with format=csv)", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = Series.class)))
    public ResponseEntity<?> series(@PathVariable String municipality, @PathVariable String servicePoint,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(defaultValue = "week") String period,
                                    @RequestParam(defaultValue = "json") String format, Authentication caller) {
        requireOrder(from, to);
        if (!Set.of("day", "week", "month").contains(period)) {
            throw new InvalidInput("period", "must be day, week or month");
        }
        if (to.isAfter(from.plusYears(5))) {
            throw new InvalidInput("to", "at most five years after from");
        }
        requireVisible(caller, municipality, servicePoint);
        Series series = queries.series(municipality, servicePoint, from, to, period);
        return answer(format, series, () -> AnalyticsCsv.series(series,
                "samspill-tidsserie-" + municipality + "-" + servicePoint + ".csv"));
    }

    @GetMapping("/referrals")
    @Operation(summary = "Referrals and handovers between units (the from→to matrix)")
    @ApiResponse(responseCode = "200", description = "The figures (as CSV with format=csv)", content = @Content(
            mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = Passing.class))))
    public ResponseEntity<?> referrals(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @RequestParam(defaultValue = "json") String format, Authentication caller) {
        requireOrder(from, to);
        List<Passing> passings = queries.passings(from, to, visibleTo(caller));
        return answer(format, passings,
                () -> AnalyticsCsv.passings(passings, "samspill-henvisninger-" + from + "-" + to + ".csv"));
    }

    @GetMapping("/partnerships")
    @Operation(summary = "Partnerships per library",
            description = "Active by sector and relation, evaluations on time and late, ended by reason, stopped at the screening.")
    public List<PartnershipFigures.Figures> partnerships(Authentication caller) {
        return partnershipFigures.partnerships(visibleTo(caller));
    }

    @GetMapping("/alliances")
    @Operation(summary = "Alliances per county library", description = "Alliances, joint measures, projects, regional organisations.")
    public List<PartnershipFigures.AllianceFigures> alliances(Authentication caller) {
        return partnershipFigures.alliances(visibleTo(caller));
    }

    @PostMapping("/replay")
    @Operation(summary = "Rebuild all analytics from the event log (administrators)",
            description = "Answers 202 at once; follow the progress with GET on the same path.")
    @ApiResponse(responseCode = "202", description = "The replay has started; its progress at GET …/replay")
    public ResponseEntity<Progress> startReplay() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(replay.start());
    }

    @GetMapping("/replay")
    @Operation(summary = "The replay's progress", description = "state running or done, events done and total, rate, time left.")
    public Progress replayProgress() {
        return replay.progress();
    }

    /** The municipalities the caller may see; {@code null} for all (administrators). */
    private static Set<String> visibleTo(Authentication caller) {
        Object principal = caller.getPrincipal();
        if (principal instanceof CaseSystemPrincipal client) {
            return Set.of(client.municipality());
        }
        if (principal instanceof StaffPrincipal staff) {
            return staff.administrator() ? null : staff.municipalities();
        }
        return Set.of();
    }

    /** Another municipality's service point is as good as absent. */
    private static void requireVisible(Authentication caller, String municipality, String servicePoint) {
        Set<String> visible = visibleTo(caller);
        if (visible != null && !visible.contains(municipality)) {
            throw new NotFound("No service point " + servicePoint + " in municipality " + municipality);
        }
    }

    /** CSV when asked by {@code format=csv} or by an {@code Accept} that takes CSV and not JSON; else JSON. */
    private static ResponseEntity<?> answer(String format, Object json, Supplier<ResponseEntity<byte[]>> csv) {
        return "csv".equals(format) || acceptsOnlyCsv() ? csv.get() : ResponseEntity.ok(json);
    }

    private static boolean acceptsOnlyCsv() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        String accept = attributes.getRequest().getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        List<MediaType> accepted = MediaType.parseMediaTypes(accept);
        return accepted.stream().anyMatch(type -> type.isCompatibleWith(AnalyticsCsv.TEXT_CSV))
                && accepted.stream().noneMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
    }

    private static void requireOrder(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from (" + from + ")");
        }
    }
}
