package no.samspill.service.servicepoint.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.samspill.core.servicepoint.Desk;
import no.samspill.core.servicepoint.ServicePointCommands.ChangeCatalogue;
import no.samspill.core.servicepoint.ServicePointCommands.ChangeCoOrganisationModel;
import no.samspill.core.servicepoint.ServicePointCommands.RegisterServicePoint;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.servicepoint.StaffGroups;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.service.api.Conflict;
import no.samspill.service.api.InvalidInput;
import no.samspill.service.api.NotFound;
import no.samspill.service.security.CaseSystemPrincipal;
import no.samspill.service.servicepoint.ServicePointView;
import no.samspill.service.servicepoint.ServicePointViews;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A municipality's service points: registered with model, desks and catalogue; catalogue changes; model changes as
 * political decisions. Each change is a command in one transaction with the registry update.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/service-points")
@Tag(name = "Service points", description = "Betjeningssteder, their co-organisation model and service catalogue")
public class ServicePointController {

    private final CommandGateway commands;
    private final ServicePointViews views;
    private final Clock clock;

    public ServicePointController(CommandGateway commands, ServicePointViews views, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.clock = clock;
    }

    @PostMapping
    @Transactional
    @Operation(summary = "Register a service point")
    @ApiResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "Where it is read",
                    schema = @Schema(type = "string", format = "uri-reference")))
    public ResponseEntity<ServicePointResponse> register(@PathVariable String municipality,
                                                         @AuthenticationPrincipal CaseSystemPrincipal client,
                                                         @Valid @RequestBody ServicePointRequests.RegisterServicePoint body) {
        MunicipalityCode code = client.municipalityOf(municipality);
        ServicePointId id = InvalidInput.parse("code", body.code(), value -> new ServicePointId(code, value));
        CoOrganisationModel model = InvalidInput.parse("model", body.model(), CoOrganisationModel::fromCode);
        List<Desk> desks = desks(body.desks());
        Map<ServiceCode, Competence> catalogue = body.catalogue() == null ? ServiceCode.standardCatalogue()
                : catalogue(body.catalogue());
        if (views.existsById(id.toString())) {
            throw new Conflict("code", "service point '" + body.code() + "' is already registered in " + code);
        }
        commands.sendAndWait(new RegisterServicePoint(id, body.name(), model, desks, catalogue));
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + code + "/service-points/" + id.code()))
                .body(response(view(id)));
    }

    @GetMapping
    @Operation(summary = "List the municipality's service points")
    public List<ServicePointResponse> list(@PathVariable String municipality,
                                           @AuthenticationPrincipal CaseSystemPrincipal client) {
        MunicipalityCode code = client.municipalityOf(municipality);
        return views.findByMunicipalityOrderByCode(code.value()).stream().map(this::response).toList();
    }

    @GetMapping("/{servicePoint}")
    @Operation(summary = "Read a service point")
    public ServicePointResponse read(@PathVariable String municipality, @PathVariable String servicePoint,
                                     @AuthenticationPrincipal CaseSystemPrincipal client) {
        return response(view(existing(client.municipalityOf(municipality), servicePoint)));
    }

    @PutMapping("/{servicePoint}/catalogue")
    @Transactional
    @Operation(summary = "Replace the service catalogue", description = "Service code → competence needed.")
    public ServicePointResponse changeCatalogue(@PathVariable String municipality, @PathVariable String servicePoint,
                                                @AuthenticationPrincipal CaseSystemPrincipal client,
                                                @RequestBody Map<String, String> body) {
        ServicePointId id = existing(client.municipalityOf(municipality), servicePoint);
        commands.sendAndWait(new ChangeCatalogue(id, catalogue(body)));
        return response(view(id));
    }

    @PostMapping("/{servicePoint}/model-changes")
    @Transactional
    @Operation(summary = "Record a model change",
            description = "A political decision: inquiries registered from effectiveFrom run under the new model; "
                    + "those already running finish under theirs.")
    @ApiResponse(responseCode = "201", description = "Recorded; the service point as it stands")
    public ResponseEntity<ServicePointResponse> changeModel(@PathVariable String municipality,
                                                            @PathVariable String servicePoint,
                                                            @AuthenticationPrincipal CaseSystemPrincipal client,
                                                            @Valid @RequestBody ServicePointRequests.ModelChange body) {
        ServicePointId id = existing(client.municipalityOf(municipality), servicePoint);
        CoOrganisationModel model = InvalidInput.parse("model", body.model(), CoOrganisationModel::fromCode);
        commands.sendAndWait(new ChangeCoOrganisationModel(id, model, body.decisionReference(), body.effectiveFrom(),
                LocalDate.now(clock)));
        return ResponseEntity.status(201).body(response(view(id)));
    }

    private ServicePointId existing(MunicipalityCode municipality, String servicePoint) {
        ServicePointId id = InvalidInput.parse("servicePoint", servicePoint, value -> new ServicePointId(municipality, value));
        if (!views.existsById(id.toString())) {
            throw new NotFound("No service point " + servicePoint + " in municipality " + municipality);
        }
        return id;
    }

    private ServicePointView view(ServicePointId id) {
        return views.findById(id.toString()).orElseThrow();
    }

    private ServicePointResponse response(ServicePointView view) {
        ServicePointId id = new ServicePointId(new MunicipalityCode(view.municipality()), view.code());
        return new ServicePointResponse(view.code(), view.municipality(), view.name(),
                view.modelOn(LocalDate.now(clock)),
                view.desks().stream().map(desk -> new ServicePointResponse.Desk(desk.code(), desk.name(),
                        desk.competence())).toList(),
                new TreeMap<>(view.catalogue()),
                view.modelChanges().stream().map(change -> new ServicePointResponse.ModelChange(
                        change.effectiveFrom(), change.model(), change.decisionReference())).toList(),
                new ServicePointResponse.StaffGroups(StaffGroups.generalists(id), StaffGroups.specialists(id)));
    }

    private static List<Desk> desks(List<ServicePointRequests.DeskRequest> desks) {
        if (desks == null) {
            return List.of();
        }
        return desks.stream().map(desk -> InvalidInput.parse("desks", desk.code(),
                code -> new Desk(code, desk.name(), new Competence(desk.competence())))).toList();
    }

    private static Map<ServiceCode, Competence> catalogue(Map<String, String> catalogue) {
        Map<ServiceCode, Competence> parsed = new LinkedHashMap<>();
        catalogue.forEach((service, competence) -> parsed.put(
                InvalidInput.parse("catalogue", service, ServiceCode::fromCode),
                InvalidInput.parse("catalogue." + service, competence, Competence::new)));
        return parsed;
    }
}
