package no.samspill.service.provisioning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.api.InvalidInput;
import no.samspill.service.api.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An administrator declares a municipality or a county, and reads the declaration back as it stands. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration")
public class ProvisioningController {

    private final Provisioning provisioning;
    private final CountyProvisioning counties;

    public ProvisioningController(Provisioning provisioning, CountyProvisioning counties) {
        this.provisioning = provisioning;
        this.counties = counties;
    }

    @PutMapping("/municipalities/{municipality}")
    @Operation(summary = "Declare a municipality",
            description = "Creates its tenant, service points, staff groups (with their authorizations and Tasklist "
                    + "filters) and memberships; 201 the first time, 200 with the same body when applied again or "
                    + "changed. Nothing is removed by leaving it out.")
    @ApiResponse(responseCode = "201", description = "Declared for the first time; the declaration as it stands")
    @ApiResponse(responseCode = "200", description = "Applied again or changed; the declaration as it stands")
    public ResponseEntity<MunicipalityDeclaration> declare(@PathVariable String municipality,
                                                           @RequestBody MunicipalityDeclaration declaration) {
        MunicipalityCode code = InvalidInput.parse("municipality", municipality, MunicipalityCode::new);
        Provisioning.Outcome outcome = provisioning.apply(code, declaration);
        return ResponseEntity.status(outcome == Provisioning.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(provisioning.declarationOf(code).orElseThrow());
    }

    @GetMapping("/municipalities/{municipality}")
    @Operation(summary = "A municipality's declaration as it stands")
    public MunicipalityDeclaration declaration(@PathVariable String municipality) {
        MunicipalityCode code = InvalidInput.parse("municipality", municipality, MunicipalityCode::new);
        return provisioning.declarationOf(code)
                .orElseThrow(() -> new NotFound("No declaration for municipality " + code));
    }

    @PutMapping("/counties/{county}")
    @Operation(summary = "Declare a county",
            description = "Creates its tenant, registers it with its regions, and makes the county library's group "
                    + "and a group per region's library chief with their memberships; 201 the first time, 200 after.")
    @ApiResponse(responseCode = "201", description = "Declared for the first time; the declaration as it stands")
    @ApiResponse(responseCode = "200", description = "Applied again or changed; the declaration as it stands")
    public ResponseEntity<CountyDeclaration> declareCounty(@PathVariable String county,
                                                           @RequestBody CountyDeclaration declaration) {
        MunicipalityCode code = InvalidInput.parse("county", county, MunicipalityCode::new);
        Provisioning.Outcome outcome = counties.apply(code, declaration);
        return ResponseEntity.status(outcome == Provisioning.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(counties.declarationOf(code).orElseThrow());
    }

    @GetMapping("/counties/{county}")
    @Operation(summary = "A county's declaration as it stands")
    public CountyDeclaration countyDeclaration(@PathVariable String county) {
        MunicipalityCode code = InvalidInput.parse("county", county, MunicipalityCode::new);
        return counties.declarationOf(code).orElseThrow(() -> new NotFound("No declaration for county " + code));
    }
}
