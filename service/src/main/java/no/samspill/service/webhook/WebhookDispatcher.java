package no.samspill.service.webhook;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.samspill.service.persistence.AfterCommit;
import no.samspill.service.webhook.WebhookSubscriptions.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox, at least once: every node looks for due messages and claims each with a conditional update
 * (so that two nodes never send the same attempt), signs the body with the client's secret (HMAC-SHA256 over
 * "timestamp.body") and posts it. A 2xx answer delivers it; anything else is retried with doubling waits, and after
 * the last attempt the message is parked for an administrator to see and re-send.
 * <p>
 * A node looks when its own transaction has enqueued a message ({@link #wakeAfterCommit()}), when the earliest pending retry is
 * due, and otherwise every {@code idle-poll-interval} (for what another node enqueued and could not send before it
 * stopped): a node at rest asks the database twice a half-minute, not once a second.
 */
@Component
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;

    private record Message(String id, String clientId, String eventId, String eventType, String payload, int attempts) {
    }

    private final JdbcTemplate database;
    private final WebhookSubscriptions subscriptions;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final WebhookAddresses addresses;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();
    private boolean woken; // guarded by lock
    private volatile Thread poller;
    private boolean failing;

    public WebhookDispatcher(JdbcTemplate database, WebhookSubscriptions subscriptions, WebhookProperties properties,
                             Clock clock, MeterRegistry meters, WebhookAddresses addresses) {
        this.addresses = addresses;
        this.database = database;
        this.subscriptions = subscriptions;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        for (String state : List.of("pending", "parked")) {
            Gauge.builder("samspill.webhooks.outbox", () -> count(state))
                    .description("Webhook messages waiting to be delivered (pending) or given up (parked)")
                    .tag("state", state).register(meters);
        }
    }

    /**
     * A message is being enqueued or re-sent in the current transaction: look at the outbox once it is committed
     * (before that, the message is not there to be read).
     */
    public void wakeAfterCommit() {
        AfterCommit.run(this::wake);
    }

    /** Look at the outbox now. */
    private void wake() {
        lock.lock();
        try {
            woken = true;
            wakeUp.signal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::deliverUntilStopped, "webhook-dispatcher");
        thread.setDaemon(true);
        poller = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = poller;
        poller = null;
        if (thread != null) {
            // woken, not interrupted: an interrupt in H2's file I/O closes the database (docs/stack.md 60)
            wake();
            try {
                thread.join(properties.timeout().toMillis()); // then left: its claim runs out, and it is sent again
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }

    private void deliverUntilStopped() {
        while (poller == Thread.currentThread()) {
            Duration wait;
            try {
                wait = deliverDue();
                if (failing) {
                    log.info("The webhook outbox can be read again");
                    failing = false;
                }
            } catch (RuntimeException unreadable) { // the database away: try again soon, say so once
                if (!failing) {
                    log.warn("Cannot read the webhook outbox, trying again every {}: {}", properties.pollInterval(),
                            unreadable.toString());
                    failing = true;
                }
                wait = properties.pollInterval();
            }
            if (!sleep(wait)) {
                return;
            }
        }
    }

    /** Delivers what is due; answers how long the outbox may be left alone now. */
    Duration deliverDue() {
        Instant now = clock.instant();
        List<String> due = database.queryForList("select id from webhook_outbox where state = 'pending' "
                + "and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?) order by created_at",
                String.class, Timestamp.from(now), Timestamp.from(now));
        due.stream().limit(BATCH).filter(id -> claim(id, now)).forEach(this::deliver);
        return due.isEmpty() ? untilNextDue(now) : properties.pollInterval();
    }

    /** Until the earliest pending message may be sent (its retry time, or its claim's end), within the bounds. */
    private Duration untilNextDue(Instant now) {
        Timestamp next = database.queryForObject("select min(case when claimed_until > next_attempt_at "
                + "then claimed_until else next_attempt_at end) from webhook_outbox where state = 'pending'",
                Timestamp.class);
        Duration idle = properties.idlePollInterval();
        if (next == null) {
            return idle;
        }
        Duration until = Duration.between(now, next.toInstant());
        return until.compareTo(idle) > 0 ? idle
                : until.compareTo(properties.pollInterval()) < 0 ? properties.pollInterval() : until;
    }

    /** Waits, unless woken; false when the node stops. */
    private boolean sleep(Duration wait) {
        lock.lock();
        try {
            long nanos = wait.toNanos();
            while (!woken && nanos > 0) {
                nanos = wakeUp.awaitNanos(nanos);
            }
            woken = false;
            return poller == Thread.currentThread();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private boolean claim(String id, Instant now) {
        return database.update("update webhook_outbox set claimed_until = ? where id = ? and state = 'pending' "
                        + "and (claimed_until is null or claimed_until < ?)",
                Timestamp.from(now.plus(properties.timeout().multipliedBy(3))), id, Timestamp.from(now)) == 1;
    }

    private void deliver(String id) {
        Message message = database.queryForObject("select id, client_id, event_id, event_type, payload, attempts "
                        + "from webhook_outbox where id = ?", (row, n) -> new Message(row.getString("id"),
                        row.getString("client_id"), row.getString("event_id"), row.getString("event_type"),
                        row.getString("payload"), row.getInt("attempts")), id);
        Optional<Subscription> subscription = subscriptions.of(message.clientId());
        if (subscription.isEmpty()) {
            park(message, message.attempts(), "the client has no webhook any more");
            return;
        }
        int attempt = message.attempts() + 1;
        Optional<String> refused = addresses.refusal(subscription.get().url());
        if (refused.isPresent()) {
            park(message, attempt, "the webhook's address " + refused.get());
            return;
        }
        String failure;
        try {
            HttpResponse<Void> answer = http.send(request(subscription.get(), message), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 == 2) {
                database.update("update webhook_outbox set state = 'delivered', attempts = ?, delivered_at = ?, "
                        + "claimed_until = null, last_error = null where id = ?", attempt, Timestamp.from(clock.instant()), id);
                return;
            }
            failure = "answered " + answer.statusCode();
        } catch (java.io.IOException | IllegalArgumentException unreachable) {
            failure = unreachable.getClass().getSimpleName(); // not its message: nothing the other side wrote
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        if (attempt >= properties.maxAttempts()) {
            park(message, attempt, failure);
        } else {
            log.info("Webhook {} to {} failed (attempt {}): {}", id, message.clientId(), attempt, failure);
            database.update("update webhook_outbox set attempts = ?, next_attempt_at = ?, claimed_until = null, "
                            + "last_error = ? where id = ?", attempt,
                    Timestamp.from(clock.instant().plus(properties.retryAfter(attempt))), truncate(failure), id);
        }
    }

    private void park(Message message, int attempts, String failure) {
        log.warn("Webhook {} ({}) to {} parked after {} attempts: {}; an administrator may re-send it",
                message.id(), message.eventType(), message.clientId(), attempts, failure);
        database.update("update webhook_outbox set state = 'parked', attempts = ?, claimed_until = null, "
                + "last_error = ? where id = ?", attempts, truncate(failure), message.id());
    }

    private HttpRequest request(Subscription subscription, Message message) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        return HttpRequest.newBuilder(URI.create(subscription.url()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("Samspill-Event-Id", message.eventId())
                .header("Samspill-Event-Type", message.eventType())
                .header("Samspill-Timestamp", timestamp)
                .header("Samspill-Signature", "v1=" + signature(subscription.secret(), timestamp, message.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(message.payload(), StandardCharsets.UTF_8))
                .build();
    }

    /** HMAC-SHA256 of "timestamp.body" with the client's secret, in hex: what the receiver recomputes. */
    static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private int count(String state) {
        Integer count = database.queryForObject("select count(*) from webhook_outbox where state = ?", Integer.class,
                state);
        return count == null ? 0 : count;
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
