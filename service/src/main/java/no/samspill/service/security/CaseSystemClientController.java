package no.samspill.service.security;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.samspill.service.api.Conflict;
import no.samspill.service.api.InvalidInput;
import no.samspill.service.api.NotFound;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import no.samspill.service.webhook.WebhookSubscriptions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators manage the case-system clients: each bound to one municipality (a Camunda tenant) with its
 * permissions; the secret is stored only as a salted hash and never shown again. Staff, groups and tenant
 * memberships are managed in Camunda's Admin webapp.
 */
@RestController
@RequestMapping("/api/v1/admin/case-system-clients")
@Tag(name = "Administration")
public class CaseSystemClientController {

    private final CaseSystemClients clients;
    private final PasswordEncoder passwordEncoder;
    private final IdentityService identity;
    private final WebhookSubscriptions subscriptions;

    public CaseSystemClientController(CaseSystemClients clients, PasswordEncoder passwordEncoder,
                                      IdentityService identity, WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
        this.clients = clients;
        this.passwordEncoder = passwordEncoder;
        this.identity = identity;
    }

    public record NewClient(
            @Schema(example = "io-sak") @NotBlank(message = "is required")
            @Pattern(regexp = "[a-z][a-z0-9-]{1,63}", message = "must be lower-case letters, digits and hyphens")
            String clientId,
            @Schema(example = "NO-3118") @NotBlank(message = "is required") String municipality,
            @Schema(example = "a-secret-of-at-least-16-characters", description = "At least 16 characters; stored only as a salted hash")
            @NotBlank(message = "is required") @Size(min = 16, max = 200, message = "must be 16 to 200 characters")
            String secret,
            @Schema(example = "[\"inquiries\", \"analytics\"]") @NotEmpty(message = "must name at least one permission")
            List<String> permissions) {
    }

    public record ClientView(String clientId, String municipality, List<String> permissions) {

        static ClientView of(CaseSystemClient client) {
            return new ClientView(client.clientId(), client.municipality(),
                    client.permissions().stream().map(ClientPermission::code).toList());
        }
    }

    @PostMapping
    @Transactional
    @Operation(summary = "Register a case-system client")
    @ApiResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "Where it is read",
                    schema = @Schema(type = "string", format = "uri-reference")))
    public ResponseEntity<ClientView> register(@Valid @RequestBody NewClient body) {
        Set<ClientPermission> permissions = EnumSet.noneOf(ClientPermission.class);
        body.permissions().forEach(code -> permissions.add(InvalidInput.parse("permissions", code, ClientPermission::fromCode)));
        if (identity.createTenantQuery().tenantId(body.municipality()).count() == 0) {
            throw new InvalidInput("municipality", "no municipality or county '" + body.municipality() + "' is set up");
        }
        if (clients.existsById(body.clientId())) {
            throw new Conflict("clientId", "a client '" + body.clientId() + "' exists already");
        }
        CaseSystemClient client = clients.save(new CaseSystemClient(body.clientId(),
                passwordEncoder.encode(body.secret()), body.municipality(), permissions));
        return ResponseEntity.created(URI.create("/api/v1/admin/case-system-clients/" + client.clientId()))
                .body(ClientView.of(client));
    }

    @GetMapping
    @Operation(summary = "All case-system clients, without their secrets")
    public List<ClientView> list() {
        return clients.findAll().stream().map(ClientView::of).toList();
    }

    @DeleteMapping("/{clientId}")
    @Transactional
    @Operation(summary = "Remove a client: its secret and tokens are refused from now on")
    @ApiResponse(responseCode = "204", description = "Removed")
    public ResponseEntity<Void> remove(@PathVariable String clientId) {
        if (!clients.existsById(clientId)) {
            throw new NotFound("No client " + clientId);
        }
        clients.deleteById(clientId);
        // Its webhook goes with it; messages still waiting for it are parked by the dispatcher
        subscriptions.unsubscribe(clientId);
        return ResponseEntity.noContent().build();
    }
}
