package no.samspill.workflows.engine;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Camunda's history per process (ADR 0009, decision 10). A process whose every step is already an event in Axon's log
 * (the inquiries: who registered, routed, took, handed over and resolved it, and when) keeps in Camunda's history only
 * what Camunda's own community-edition screens read: the process instance (Cockpit's instance list shows its start
 * time), its user tasks (Cockpit's task dashboard counts open tasks from the task history) and its incidents, where
 * the history level writes them ({@code full}; Cockpit shows open incidents from the runtime tables). Activities, variables, the user operation log, job logs and decisions of those
 * processes are not written a second time, and so no personal data a task form's note may hold reaches history
 * either. Every other process (library plans, partnerships, network contacts) keeps
 * Camunda's history as configured.
 */
public final class HistoryKept implements HistoryEventHandler {

    private final Set<String> recordedInEventLog;
    private final HistoryEventHandler database;

    /**
     * @param recordedInEventLog the process definition keys whose life the event log records
     * @param database           the handler that writes what is kept
     */
    public HistoryKept(Set<String> recordedInEventLog, HistoryEventHandler database) {
        this.recordedInEventLog = Set.copyOf(recordedInEventLog);
        this.database = database;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (isKept(event)) {
            database.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    /** Whether Camunda's history gets this event. */
    public boolean isKept(HistoryEvent event) {
        String key = processDefinitionKey(event);
        return key == null || !recordedInEventLog.contains(key) || readByCamundasScreens(event);
    }

    private static boolean readByCamundasScreens(HistoryEvent event) {
        return event instanceof HistoricProcessInstanceEventEntity || event instanceof HistoricTaskInstanceEventEntity
                || event instanceof HistoricIncidentEventEntity;
    }

    private static String processDefinitionKey(HistoryEvent event) {
        if (event instanceof HistoricDecisionEvaluationEvent evaluation
                && evaluation.getRootHistoricDecisionInstance() != null) {
            return evaluation.getRootHistoricDecisionInstance().getProcessDefinitionKey();
        }
        return event.getProcessDefinitionKey();
    }
}
