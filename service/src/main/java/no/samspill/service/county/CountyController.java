package no.samspill.service.county;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import no.samspill.core.county.County.CountyRegion;
import no.samspill.core.county.County.RegisterCounty;
import no.samspill.core.libraryplan.Region;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.api.Conflict;
import no.samspill.service.api.InvalidInput;
import no.samspill.service.api.NotFound;
import no.samspill.service.security.CaseSystemPrincipal;
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

/** Counties with their regions and municipalities; a county's client registers its own county. */
@RestController
@RequestMapping("/api/v1/counties")
@Tag(name = "Counties", description = "Fylker, their regions and municipalities")
public class CountyController {

    private final CommandGateway commands;
    private final CountyViews views;

    public CountyController(CommandGateway commands, CountyViews views) {
        this.commands = commands;
        this.views = views;
    }

    public record RegisterCountyRequest(@Schema(example = "NO-55") @NotBlank(message = "is required") String code,
                                        @Schema(example = "Troms") @NotBlank(message = "is required") String name,
                                        @NotEmpty(message = "a county has at least one region")
                                        List<@Valid RegionRequest> regions) {
    }

    public record RegionRequest(@NotBlank(message = "is required") String code,
                                @NotBlank(message = "is required") String name,
                                List<String> municipalities) {
    }

    @PostMapping
    @Transactional
    @Operation(summary = "Register a county with its regions")
    @ApiResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "Where it is read",
                    schema = @Schema(type = "string", format = "uri-reference")))
    public ResponseEntity<CountyResponse> register(@AuthenticationPrincipal CaseSystemPrincipal client,
                                               @Valid @RequestBody RegisterCountyRequest body) {
        MunicipalityCode county = client.municipalityOf(body.code());
        if (views.existsById(county.value())) {
            throw new Conflict("code", "county " + county + " is already registered");
        }
        List<CountyRegion> regions = body.regions().stream().map(region -> new CountyRegion(
                InvalidInput.parse("regions.code", region.code(), code -> new Region(code, region.name())),
                region.municipalities() == null ? List.of() : region.municipalities().stream()
                        .map(code -> InvalidInput.parse("regions.municipalities", code, MunicipalityCode::new)).toList()))
                .toList();
        commands.sendAndWait(new RegisterCounty(county, body.name(), regions));
        return ResponseEntity.created(URI.create("/api/v1/counties/" + county))
                .body(CountyResponse.of(views.findById(county.value()).orElseThrow()));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Read a county with its regions")
    public CountyResponse read(@PathVariable String code, @AuthenticationPrincipal CaseSystemPrincipal client) {
        MunicipalityCode county = client.municipalityOf(code);
        return CountyResponse.of(views.findById(county.value()).orElseThrow(() -> new NotFound("No county " + county)));
    }

    /** A county as the API shows it. */
    public record CountyResponse(String code, String name, List<RegionResponse> regions) {

        static CountyResponse of(CountyView county) {
            return new CountyResponse(county.code(), county.name(), county.regions().stream()
                    .map(region -> new RegionResponse(region.code(), region.name(), Arrays.stream(
                            region.municipalities().split(",")).filter(code -> !code.isBlank()).toList()))
                    .toList());
        }
    }

    public record RegionResponse(String code, String name, List<String> municipalities) {
    }
}
