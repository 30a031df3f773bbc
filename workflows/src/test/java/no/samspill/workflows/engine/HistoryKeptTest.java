package no.samspill.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

class HistoryKeptTest {

    private static final String INQUIRY = "inquiry-total-collaboration";
    private static final String LIBRARY_PLAN = "library-plan";

    private final List<HistoryEvent> written = new ArrayList<>();
    private final HistoryKept history = new HistoryKept(Set.of(INQUIRY), new HistoryEventHandler() {
        @Override
        public void handleEvent(HistoryEvent event) {
            written.add(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            written.addAll(events);
        }
    });

    @Test
    void an_inquiry_keeps_only_its_process_instance_tasks_and_incidents() {
        List<HistoryEvent> kept = List.of(of(new HistoricProcessInstanceEventEntity(), INQUIRY),
                of(new HistoricTaskInstanceEventEntity(), INQUIRY), of(new HistoricIncidentEventEntity(), INQUIRY));
        List<HistoryEvent> left = List.of(of(new HistoricActivityInstanceEventEntity(), INQUIRY),
                of(new HistoricVariableUpdateEventEntity(), INQUIRY), of(new HistoricFormPropertyEventEntity(), INQUIRY),
                of(new UserOperationLogEntryEventEntity(), INQUIRY));
        List<HistoryEvent> all = new ArrayList<>(left);
        all.addAll(kept);

        history.handleEvents(all);

        assertThat(written).containsExactlyElementsOf(kept);
    }

    @Test
    void other_processes_and_events_outside_any_process_keep_all_their_history() {
        List<HistoryEvent> events = List.of(of(new HistoricActivityInstanceEventEntity(), LIBRARY_PLAN),
                of(new HistoricVariableUpdateEventEntity(), LIBRARY_PLAN),
                of(new UserOperationLogEntryEventEntity(), LIBRARY_PLAN), of(new UserOperationLogEntryEventEntity(), null));

        events.forEach(history::handleEvent);

        assertThat(written).containsExactlyElementsOf(events);
    }

    private static HistoryEvent of(HistoryEvent event, String processDefinitionKey) {
        event.setProcessDefinitionKey(processDefinitionKey);
        return event;
    }
}
