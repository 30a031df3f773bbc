package no.samspill.service.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhooks are delivered: the outbox is looked at again {@code pollInterval} after a delivery, when the next
 * retry is due, and at the latest {@code idlePollInterval} after the last look (a message enqueued on the node wakes
 * it at once); a failed attempt is retried after {@code firstRetry}, doubling up to {@code longestRetry}; after
 * {@code maxAttempts} the message is parked for an administrator. {@code timeout} bounds each attempt.
 */
@ConfigurationProperties("samspill.webhooks")
public record WebhookProperties(Duration pollInterval, Duration idlePollInterval, Duration firstRetry,
                                Duration longestRetry, int maxAttempts, Duration timeout) {

    public WebhookProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        idlePollInterval = idlePollInterval == null ? Duration.ofSeconds(30) : idlePollInterval;
        firstRetry = firstRetry == null ? Duration.ofSeconds(10) : firstRetry;
        longestRetry = longestRetry == null ? Duration.ofHours(1) : longestRetry;
        maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    /** The wait before the next attempt, after {@code attempts} failed ones: doubling, capped. */
    public Duration retryAfter(int attempts) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(longestRetry) > 0 ? longestRetry : delay;
    }
}
