package no.samspill.service.partnership;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import no.samspill.core.network.PartnerContactCommands.HandOverContact;
import no.samspill.core.network.PartnerContactCommands.ReleaseContact;
import no.samspill.core.network.PartnerContactId;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.network.NetworkContacts;
import no.samspill.service.security.CaseSystemPrincipal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The library's network overview: who holds which external contact. Opening a contact someone else holds is refused
 * with the holder's name, until the holder hands it over or lets it go.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/network")
@Tag(name = "Network", description = "Who in the library holds which external contact")
public class NetworkController {

    private final CommandGateway commands;
    private final NetworkContacts contacts;
    private final PartnershipQueries queries;
    private final Clock clock;

    public NetworkController(CommandGateway commands, NetworkContacts contacts, PartnershipQueries queries,
                             Clock clock) {
        this.commands = commands;
        this.contacts = contacts;
        this.queries = queries;
        this.clock = clock;
    }

    public record OpenRequest(@Schema(example = "Roskilde Festival") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String partner,
                              @Schema(example = "mette") @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String holder,
                              @Schema(example = "Litteraturscene sommeren 2027") @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String topic) {
    }

    public record HandOverRequest(@Schema(example = "Roskilde Festival") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String partner,
                                  @Schema(example = "mette") @NotBlank(message = "is required") String from,
                                  @Schema(example = "lars") @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String to) {
    }

    public record ReleaseRequest(@Schema(example = "Roskilde Festival") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String partner,
                                 @Schema(example = "mette") @NotBlank(message = "is required") String by) {
    }

    @GetMapping
    @Operation(summary = "The network overview", description = "Contacts with their holders, and each partner relation's kind.")
    public NetworkView overview(@PathVariable String municipality, @AuthenticationPrincipal CaseSystemPrincipal client) {
        return queries.network(client.municipalityOf(municipality).value());
    }

    @PostMapping("/contacts")
    @Transactional
    @Operation(summary = "Open a contact with a partner", description = "Refused (422) with the holder's name if a "
            + "colleague holds it. Its care becomes the holder's task in Tasklist (\"Pleie kontakten med partneren\"), "
            + "due when it has gone untouched for the configured time.")
    @ApiResponse(responseCode = "201", description = "Added; the network as it stands")
    public ResponseEntity<NetworkView> open(@PathVariable String municipality,
                                            @AuthenticationPrincipal CaseSystemPrincipal client,
                                            @Valid @RequestBody OpenRequest body) {
        MunicipalityCode library = client.municipalityOf(municipality);
        contacts.open(library, body.partner(), new StaffId(body.holder()), body.topic());
        return ResponseEntity.status(201).body(queries.network(library.value()));
    }

    @PostMapping("/contacts/handovers")
    @Transactional
    @Operation(summary = "Hand a contact over to a colleague", description = "Only by its holder.")
    public NetworkView handOver(@PathVariable String municipality, @AuthenticationPrincipal CaseSystemPrincipal client,
                                @Valid @RequestBody HandOverRequest body) {
        MunicipalityCode library = client.municipalityOf(municipality);
        PartnerContactId contact = new PartnerContactId(library, body.partner());
        if (!contacts.handOver(contact, new StaffId(body.from()), new StaffId(body.to()))) {
            // no care task of the named holder's: the aggregate says why (or hands over one from before tasks)
            commands.sendAndWait(new HandOverContact(contact, new StaffId(body.from()), new StaffId(body.to()),
                    today()));
        }
        return queries.network(library.value());
    }

    @PostMapping("/contacts/releases")
    @Transactional
    @Operation(summary = "Let a contact go", description = "Only by its holder; anyone may open it afterwards.")
    public NetworkView release(@PathVariable String municipality, @AuthenticationPrincipal CaseSystemPrincipal client,
                               @Valid @RequestBody ReleaseRequest body) {
        MunicipalityCode library = client.municipalityOf(municipality);
        PartnerContactId contact = new PartnerContactId(library, body.partner());
        if (!contacts.letGo(contact, new StaffId(body.by()))) {
            commands.sendAndWait(new ReleaseContact(contact, new StaffId(body.by()), today()));
        }
        return queries.network(library.value());
    }

    private LocalDate today() {
        return LocalDate.now(clock); // the municipalities' clock (MunicipalTime)
    }
}
