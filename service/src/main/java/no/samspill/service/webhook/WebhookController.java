package no.samspill.service.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.samspill.service.api.InvalidInput;
import no.samspill.service.api.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators set each client's webhook, see the outbox (what waits, what was given up) and re-send. */
@RestController
@Tag(name = "Administration")
public class WebhookController {

    private static final Set<String> STATES = Set.of("pending", "delivered", "parked");

    private final WebhookSubscriptions subscriptions;
    private final JdbcTemplate database;
    private final Clock clock;
    private final WebhookAddresses addresses;
    private final WebhookDispatcher dispatcher;

    public WebhookController(WebhookSubscriptions subscriptions, JdbcTemplate database, Clock clock,
                             WebhookAddresses addresses, WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
        this.subscriptions = subscriptions;
        this.database = database;
        this.clock = clock;
        this.addresses = addresses;
    }

    public record WebhookRequest(@Schema(example = "https://sak.indre-ostfold.kommune.no/samspill/hendelser") @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String url,
                                 @Schema(example = "a-secret-of-at-least-16-characters") @NotBlank(message = "is required") @Size(min = 16, max = 200, message = "must be 16 to 200 characters") String secret) {
    }

    public record WebhookView(String clientId, String url) {
    }

    public record OutboxEntry(String id, String clientId, String eventId, String eventType, Instant createdAt,
                              String state, int attempts, Instant nextAttemptAt, Instant deliveredAt, String lastError) {
    }

    @PutMapping("/api/v1/admin/case-system-clients/{clientId}/webhook")
    @Transactional
    @Operation(summary = "Set a client's webhook", description = "Resolved and referred-out inquiries and decided plans "
            + "of its municipality are posted there, signed with the secret (HMAC-SHA256, header Samspill-Signature).")
    public WebhookView subscribe(@PathVariable String clientId, @Valid @RequestBody WebhookRequest body) {
        requireClient(clientId);
        addresses.refusal(body.url()).ifPresent(reason -> {
            throw new InvalidInput("url", reason);
        });
        subscriptions.subscribe(clientId, body.url(), body.secret());
        return new WebhookView(clientId, body.url());
    }

    @GetMapping("/api/v1/admin/case-system-clients/{clientId}/webhook")
    @Operation(summary = "A client's webhook, without its secret")
    public WebhookView webhook(@PathVariable String clientId) {
        return subscriptions.urlOf(clientId).map(url -> new WebhookView(clientId, url))
                .orElseThrow(() -> new NotFound("Client " + clientId + " has no webhook"));
    }

    @DeleteMapping("/api/v1/admin/case-system-clients/{clientId}/webhook")
    @Transactional
    @Operation(summary = "Remove a client's webhook", description = "Messages still waiting for it are parked.")
    @ApiResponse(responseCode = "204", description = "The webhook is removed")
    public ResponseEntity<Void> unsubscribe(@PathVariable String clientId) {
        if (!subscriptions.unsubscribe(clientId)) {
            throw new NotFound("Client " + clientId + " has no webhook");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/admin/webhooks")
    @Operation(summary = "The outbox", description = "Newest first, at most 200; state pending, delivered or parked.")
    public List<OutboxEntry> outbox(@RequestParam(defaultValue = "parked") String state) {
        if (!STATES.contains(state)) {
            throw new InvalidInput("state", "unknown value '" + state + "'; allowed: pending, delivered, parked");
        }
        return database.query("select id, client_id, event_id, event_type, created_at, state, attempts, "
                + "next_attempt_at, delivered_at, last_error from webhook_outbox where state = ? "
                + "order by created_at desc", (row, n) -> new OutboxEntry(row.getString("id"),
                row.getString("client_id"), row.getString("event_id"), row.getString("event_type"),
                instant(row.getTimestamp("created_at")), row.getString("state"), row.getInt("attempts"),
                instant(row.getTimestamp("next_attempt_at")), instant(row.getTimestamp("delivered_at")),
                row.getString("last_error")), state).stream().limit(200).toList();
    }

    @PostMapping("/api/v1/admin/webhooks/{id}/resend")
    @Transactional
    @Operation(summary = "Send a message again", description = "Parked or delivered: it is pending again, attempts from zero.")
    @ApiResponse(responseCode = "202", description = "The test notification is queued")
    public ResponseEntity<Void> resend(@PathVariable String id) {
        int updated = database.update("update webhook_outbox set state = 'pending', attempts = 0, next_attempt_at = ?, "
                + "claimed_until = null where id = ?", Timestamp.from(clock.instant()), id);
        if (updated == 0) {
            throw new NotFound("No webhook message " + id);
        }
        dispatcher.wakeAfterCommit();
        return ResponseEntity.accepted().build();
    }

    private void requireClient(String clientId) {
        Integer clients = database.queryForObject("select count(*) from case_system_client where client_id = ?",
                Integer.class, clientId);
        if (clients == null || clients == 0) {
            throw new NotFound("No case-system client " + clientId);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
