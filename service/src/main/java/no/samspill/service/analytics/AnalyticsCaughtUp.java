package no.samspill.service.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
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
 * segment itself (another node does) waits for the others.
 */
@Component
public class AnalyticsCaughtUp {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsCaughtUp.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final JdbcTemplate database;
    private final Serializer serializer;

    public AnalyticsCaughtUp(JdbcTemplate database, @Qualifier("serializer") Serializer serializer) {
        this.database = database;
        this.serializer = serializer;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(200) // after the simulation (100) and a replay asked for at start (150)
    public void awaitAnalytics() throws InterruptedException {
        long head = newestEvent();
        Instant nextLog = Instant.now().plus(LOG_EVERY);
        long read;
        while ((read = lowestPosition()) < head) {
            if (Instant.now().isAfter(nextLog)) {
                log.info("Not ready yet: the analytics have read {} of {} events", read, head);
                nextLog = Instant.now().plus(LOG_EVERY);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** The global index is gapless (docs/stack.md), so the highest one is the newest event. */
    long newestEvent() {
        Long highest = database.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return highest == null ? 0 : highest;
    }

    /** How far the slowest analytics segment has read; 0 while the processor has not yet made its tokens. */
    long lowestPosition() {
        List<OptionalLong> positions = database.query("select token, token_type from token_entry "
                + "where processor_name = ?", (row, number) -> position(row.getBytes(1), row.getString(2)),
                AnalyticsProjection.PROCESSING_GROUP);
        return positions.stream().mapToLong(position -> position.orElse(0L)).min().orElse(0L);
    }

    private OptionalLong position(byte[] token, String type) {
        if (token == null) {
            return OptionalLong.empty();
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking == null ? OptionalLong.empty() : tracking.position();
    }
}
