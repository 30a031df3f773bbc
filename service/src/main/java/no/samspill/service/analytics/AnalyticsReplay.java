package no.samspill.service.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the analytics from the whole event log: resets the analytics processor's tokens, so its reset handler
 * empties the tables and it reads every event again. Started over REST ({@code POST /api/v1/analytics/replay}) or
 * at start with {@code --samspill.analytics.replay=true}; its progress is logged and served over REST.
 */
@Component
public class AnalyticsReplay {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsReplay.class);

    private final EventProcessingConfiguration processing;
    private final AnalyticsCaughtUp caughtUp;
    private final Clock clock;
    private final boolean replayOnStart;
    private volatile Instant startedAt;
    private volatile long target;
    private volatile Instant finishedAt;

    public AnalyticsReplay(EventProcessingConfiguration processing, AnalyticsCaughtUp caughtUp, Clock clock,
                           @Value("${samspill.analytics.replay:false}") boolean replayOnStart) {
        this.processing = processing;
        this.caughtUp = caughtUp;
        this.clock = clock;
        this.replayOnStart = replayOnStart;
    }

    /** Where a replay stands: {@code state} is "running" or "done"; rate in events per second. */
    public record Progress(String state, long eventsDone, long eventsTotal, double eventsPerSecond,
                           Long secondsLeft, Instant startedAt) {
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(150) // before readiness waits for the analytics (AnalyticsCaughtUp), so that it waits for the replay
    public void replayIfAsked() {
        if (replayOnStart) {
            start();
        }
    }

    public synchronized Progress start() {
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        processor.resetTokens();
        startedAt = clock.instant();
        finishedAt = null;
        target = caughtUp.newestEvent();
        processor.start();
        log.info("Analytics replay started: {} events to read", target);
        return progress();
    }

    public Progress progress() {
        long total = caughtUp.newestEvent();
        Collection<EventTrackerStatus> segments = processor().processingStatus().values();
        // Axon marks a segment "replaying" until an event after the reset arrives, so the replay is judged done by
        // position: every segment has read up to the last event there was when it started (without a replay: up to
        // the newest event, as on a first start that reads the whole log)
        long done = segments.stream().mapToLong(segment -> segment.getCurrentPosition().orElse(0L)).min().orElse(0L);
        boolean running = segments.isEmpty() || done < (startedAt != null ? target : total);
        if (!running) {
            done = total;
            if (startedAt != null && finishedAt == null) {
                finishedAt = clock.instant();
            }
        }
        done = Math.min(done, total);
        // The rate of the replay itself: up to now while it runs, up to its end once done
        Instant until = finishedAt != null ? finishedAt : clock.instant();
        double seconds = startedAt == null ? 0 : Math.max(Duration.between(startedAt, until).toMillis(), 1) / 1000.0;
        double rate = seconds == 0 ? 0 : done / seconds;
        Long left = null; // unknown until the rate is
        if (!running) {
            left = 0L;
        } else if (rate > 0) {
            left = Math.round((total - done) / rate);
        }
        return new Progress(running ? "running" : "done", done, total, Math.round(rate * 10) / 10.0, left, startedAt);
    }

    /** Logs the progress of a running replay (events done / total, rate, time left). */
    @Scheduled(fixedDelayString = "${samspill.analytics.progress-log-interval:PT5S}")
    public void logProgress() {
        if (startedAt == null) {
            return;
        }
        Progress progress = progress();
        if ("running".equals(progress.state())) {
            log.info("Analytics replay: {} of {} events, {} events/s, about {} s left", progress.eventsDone(),
                    progress.eventsTotal(), progress.eventsPerSecond(), progress.secondsLeft());
        }
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(AnalyticsProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("the analytics processor is not configured"));
    }
}
