package no.samspill.service.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readiness waits for the analytics: when the application has started, the analytics processor may still be reading
 * events written before (the demo's simulated history, a replay asked for at start, events of an upgrade), and a
 * figure asked for then would be partial. Spring Boot turns the node ready only after its ready listeners, so this
 * last one holds it back until every segment of the analytics processor, on whichever node holds it, has read up to
 * the newest event there was when it began waiting. Positions are read from the token table, so a node that holds no
 * segment itself (another node does) waits for the others; a segment this node holds counts where it has read to,
 * which is ahead of its token while it reads events the analytics do not handle (the demo's provisioning): Axon
 * stores such a segment's token only when a second has passed without an event it handles.
 *
 * <p>It waits at most {@code samspill.analytics.readiness-wait} (ten minutes): analytics that cannot catch up (an
 * event their projection fails on, or no node running the processor) must not keep the API and Tasklist from
 * serving. The node then turns ready with an error in the log, and the figures answer 503 until the analytics have
 * caught up ({@link #figuresComplete()}).
 */
@Component
public class AnalyticsCaughtUp {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsCaughtUp.class);
    /** A look at the token table is cheap: readiness follows the analytics within a twentieth of a second. */
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final JdbcTemplate database;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;
    private final Duration longestWait;
    private volatile long headAtStart;
    private volatile boolean caughtUp;

    public AnalyticsCaughtUp(JdbcTemplate database, @Qualifier("serializer") Serializer serializer,
                             EventProcessingConfiguration processing,
                             @Value("${samspill.analytics.readiness-wait:PT10M}") Duration longestWait) {
        this.database = database;
        this.serializer = serializer;
        this.processing = processing;
        this.longestWait = longestWait;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(200) // after the simulation (100) and a replay asked for at start (150)
    public void awaitAnalytics() throws InterruptedException {
        headAtStart = newestEvent();
        Instant giveUp = Instant.now().plus(longestWait);
        Instant nextLog = Instant.now().plus(LOG_EVERY);
        long read;
        while ((read = lowestPosition()) < headAtStart) {
            if (Instant.now().isAfter(giveUp)) {
                log.error("The analytics have read only {} of {} events after {}: the node serves without them, and "
                        + "their figures answer 503 until they catch up (see the analytics processor's errors above)",
                        read, headAtStart, longestWait);
                return;
            }
            if (Instant.now().isAfter(nextLog)) {
                log.info("Not ready yet: the analytics have read {} of {} events", read, headAtStart);
                nextLog = Instant.now().plus(LOG_EVERY);
            }
            Thread.sleep(POLL.toMillis());
        }
        caughtUp = true;
    }

    /** Whether the analytics have read every event there was at start: else a figure would be partial. */
    public boolean figuresComplete() {
        if (!caughtUp && lowestPosition() >= headAtStart) {
            caughtUp = true;
        }
        return caughtUp;
    }

    /**
     * The newest event's global index: how many events there are, the index being gapless but for rolled-back
     * appends (docs/stack.md 41), and never above the newest.
     */
    public long newestEvent() {
        Long highest = database.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return highest == null ? 0 : highest;
    }

    /** How far the slowest analytics segment has read; 0 while the processor has not yet made its tokens. */
    long lowestPosition() {
        Map<Integer, EventTrackerStatus> held = processing.eventProcessor(AnalyticsProjection.PROCESSING_GROUP,
                StreamingEventProcessor.class).map(StreamingEventProcessor::processingStatus).orElse(Map.of());
        List<Long> positions = database.query("select segment, token, token_type from token_entry "
                + "where processor_name = ?", (row, number) -> {
                    long stored = position(row.getBytes(2), row.getString(3)).orElse(0L);
                    EventTrackerStatus status = held.get(row.getInt(1));
                    long read = status == null ? 0L : status.getCurrentPosition().orElse(0L);
                    return Math.max(stored, read);
                }, AnalyticsProjection.PROCESSING_GROUP);
        return positions.stream().mapToLong(Long::longValue).min().orElse(0L);
    }

    private OptionalLong position(byte[] token, String type) {
        if (token == null) {
            return OptionalLong.empty();
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking == null ? OptionalLong.empty() : tracking.position();
    }
}
