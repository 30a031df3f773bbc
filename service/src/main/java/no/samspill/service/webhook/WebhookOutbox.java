package no.samspill.service.webhook;

import no.samspill.workflows.libraryplan.CouncilDecision;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.samspill.core.inquiry.InquiryEvents.InquiryRegistered;
import no.samspill.core.inquiry.InquiryEvents.InquiryResolved;
import no.samspill.core.inquiry.InquiryEvents.InquiryRouted;
import no.samspill.core.libraryplan.LibraryPlanEvents.ConsultationReminderSent;
import no.samspill.core.libraryplan.LibraryPlanEvents.LibraryPlanKickedOff;
import no.samspill.core.libraryplan.LibraryPlanEvents.PlanAdopted;
import no.samspill.core.libraryplan.LibraryPlanEvents.PlanSentBack;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MessageIdentifier;
import no.samspill.service.security.ClientPermission;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes what case systems are told (an inquiry resolved or referred out of the service point, a library plan
 * decided, a municipality reminded to answer a plan's consultation) into the outbox, in the event's own transaction (a subscribing processor): an event is stored together
 * with its notifications or not at all. {@link WebhookDispatcher} delivers them. Payloads carry ids and codes only,
 * never personal data.
 */
@Component
@ProcessingGroup(WebhookOutbox.PROCESSING_GROUP)
public class WebhookOutbox {

    public static final String PROCESSING_GROUP = "webhook-outbox";

    private final JdbcTemplate database;
    private final WebhookSubscriptions subscriptions;
    private final EventStore eventStore;
    private final ObjectMapper json;
    private final WebhookDispatcher dispatcher;

    public WebhookOutbox(JdbcTemplate database, WebhookSubscriptions subscriptions, EventStore eventStore,
                         ObjectMapper json, WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
        this.database = database;
        this.subscriptions = subscriptions;
        this.eventStore = eventStore;
        this.json = json;
    }

    @EventHandler
    void on(InquiryResolved event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        String inquiry = event.inquiryId().value();
        enqueue(municipalityOf(inquiry), ClientPermission.INQUIRIES, eventId, at, "inquiry.resolved",
                Map.of("inquiryId", inquiry, "firstContact", event.firstContact()));
    }

    /** Routed away from the service point (the routing decision says it is not handled locally). */
    @EventHandler
    void on(InquiryRouted event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        if (event.handledLocally()) {
            return;
        }
        String inquiry = event.inquiryId().value();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inquiryId", inquiry);
        body.put("route", event.route().code());
        body.put("reason", event.notHandledLocallyReason());
        enqueue(municipalityOf(inquiry), ClientPermission.INQUIRIES, eventId, at, "inquiry.referred-out", body);
    }

    @EventHandler
    void on(PlanAdopted event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        planDecided(event.planId().value(), CouncilDecision.ADOPTED.code(), event.decisionReference(), eventId, at);
    }

    @EventHandler
    void on(PlanSentBack event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        planDecided(event.planId().value(), CouncilDecision.SENT_BACK.code(), event.decisionReference(), eventId, at);
    }

    /**
     * A consultation reminder goes to the case systems of the body reminded, when the body is a municipality Samspill
     * knows (any of its case systems with a webhook: the reminder names only the plan, its county and the deadline).
     */
    @EventHandler
    void on(ConsultationReminderSent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        String body = event.body();
        if (!body.matches("(NO|DK)-\\d{2,4}")) {
            return;
        }
        String plan = event.planId().value();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("planId", plan);
        details.put("county", municipalityOf(plan));
        details.put("round", event.round());
        details.put("deadline", event.deadline().toString());
        for (String client : subscriptions.subscribersOf(body)) {
            write(client, body, eventId, at, "library-plan.consultation-reminder", details);
        }
    }

    private void planDecided(String plan, String decision, String reference, String eventId, Instant at) {
        enqueue(municipalityOf(plan), ClientPermission.LIBRARY_PLANS, eventId, at, "library-plan.decided",
                Map.of("planId", plan, "decision", decision, "decisionReference", reference));
    }

    private void enqueue(String municipality, ClientPermission needed, String eventId, Instant at, String type,
                         Map<String, Object> details) {
        for (String client : subscriptions.subscribersOf(municipality, needed)) {
            write(client, municipality, eventId, at, type, details);
        }
    }

    private void write(String client, String municipality, String eventId, Instant at, String type,
                       Map<String, Object> details) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", eventId);
        payload.put("type", type);
        payload.put("occurredAt", at.toString());
        payload.put("municipality", municipality);
        payload.putAll(details);
        database.update("insert into webhook_outbox (id, client_id, event_id, event_type, payload, created_at, "
                        + "state, attempts, next_attempt_at) values (?, ?, ?, ?, ?, ?, 'pending', 0, ?)",
                UUID.randomUUID().toString(), client, eventId, type, write(payload), java.sql.Timestamp.from(at),
                java.sql.Timestamp.from(at));
        dispatcher.wakeAfterCommit();
    }

    /** The municipality (or county) an inquiry or plan belongs to, from its first event. */
    private String municipalityOf(String aggregateId) {
        Object first = eventStore.readEvents(aggregateId).asStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no events for " + aggregateId)).getPayload();
        if (first instanceof InquiryRegistered registered) {
            return registered.municipality().value();
        }
        if (first instanceof LibraryPlanKickedOff kickedOff) {
            return kickedOff.county().value();
        }
        throw new IllegalStateException("unexpected first event of " + aggregateId + ": " + first.getClass());
    }

    private String write(Map<String, Object> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
