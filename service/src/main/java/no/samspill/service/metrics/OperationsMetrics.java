package no.samspill.service.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What operators watch: inquiries by model and outcome, open tasks and how long the oldest has waited, how long
 * tasks waited until done, and how far each streaming event processor is behind the event store. Gauges are
 * refreshed every 15 s from the database, so every node reports the same totals.
 */
@Component
public class OperationsMetrics {

    private final JdbcTemplate database;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MeterRegistry meters;
    private final RepositoryService repository;
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();
    private final MultiGauge inquiries;
    private final MultiGauge openTasks;
    private final MultiGauge oldestTaskWait;
    private final MultiGauge processorLag;

    public OperationsMetrics(JdbcTemplate database, RepositoryService repository,
                             EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry meters) {
        this.repository = repository;
        this.database = database;
        this.processing = processing;
        this.eventStore = eventStore;
        this.meters = meters;
        inquiries = MultiGauge.builder("samspill.inquiries")
                .description("Inquiries (not simulated) by co-organisation model and outcome (open while running)")
                .register(meters);
        openTasks = MultiGauge.builder("samspill.tasks.open").description("Open user tasks by process")
                .register(meters);
        oldestTaskWait = MultiGauge.builder("samspill.tasks.oldest.wait").baseUnit("seconds")
                .description("How long the oldest open user task of each process has waited").register(meters);
        processorLag = MultiGauge.builder("samspill.eventprocessor.lag").baseUnit("events")
                .description("Events in the store that the processor's segments held by this node have not handled")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${samspill.metrics.refresh-interval:PT15S}", initialDelay = 5_000)
    public void refresh() {
        inquiries.register(database.query("select model, coalesce(outcome, 'open') as outcome, count(*) as inquiries "
                        + "from analytics_inquiry where not simulated group by model, coalesce(outcome, 'open')",
                (row, n) -> MultiGauge.Row.of(Tags.of("model", row.getString("model"), "outcome", row.getString("outcome")),
                        row.getLong("inquiries"))), true);
        refreshTasks();
        refreshProcessorLag();
    }

    /** Create to complete, per process and task: recorded from Camunda's task events as each task ends. */
    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (!"complete".equals(task.getEventName())) {
            return;
        }
        String process = processKey(task.getProcessDefinitionId());
        Timer.builder("samspill.tasks.wait").description("How long user tasks waited until done")
                .tags("process", process, "task", task.getTaskDefinitionKey() == null ? "" : task.getTaskDefinitionKey())
                .publishPercentiles(0.5, 0.9).register(meters)
                .record(Duration.between(task.getCreateTime().toInstant(), Instant.now()));
    }

    /** Counted in the database (one grouped query), not by loading every open task. */
    private void refreshTasks() {
        record Waiting(String process, long open, Timestamp oldest) {
        }
        List<Waiting> byProcess = database.query("select proc_def_id_, count(*) as open_tasks, min(create_time_) as oldest "
                        + "from act_ru_task where suspension_state_ = 1 group by proc_def_id_",
                (row, n) -> new Waiting(processKey(row.getString("proc_def_id_")), row.getLong("open_tasks"),
                        row.getTimestamp("oldest")));
        Instant now = Instant.now();
        openTasks.register(byProcess.stream().map(waiting ->
                MultiGauge.Row.of(Tags.of("process", waiting.process()), waiting.open())).toList(), true);
        oldestTaskWait.register(byProcess.stream().map(waiting -> MultiGauge.Row.of(Tags.of("process", waiting.process()),
                Duration.between(waiting.oldest().toInstant(), now).toSeconds())).toList(), true);
    }

    private void refreshProcessorLag() {
        OptionalLong head = eventStore.createHeadToken() == null ? OptionalLong.empty()
                : eventStore.createHeadToken().position();
        if (head.isEmpty()) {
            return;
        }
        processorLag.register(processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .flatMap(entry -> ((StreamingEventProcessor) entry.getValue()).processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition).filter(OptionalLong::isPresent)
                        .mapToLong(OptionalLong::getAsLong).min().stream()
                        .mapToObj(slowest -> MultiGauge.Row.of(Tags.of("processor", entry.getKey()),
                                Math.max(0, head.getAsLong() - slowest))))
                .toList(), true);
    }

    /** The process's key ("inquiry-total-collaboration"), looked up once per deployed definition. */
    private String processKey(String processDefinitionId) {
        if (processDefinitionId == null) {
            return "none";
        }
        return processKeys.computeIfAbsent(processDefinitionId,
                id -> repository.getProcessDefinition(id).getKey());
    }
}
