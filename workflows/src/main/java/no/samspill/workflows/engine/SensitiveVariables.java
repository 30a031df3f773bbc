package no.samspill.workflows.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Camunda's database history, less the variables that may hold personal data (such as a task form's free-text
 * note): their history events are dropped before they are written. Installed in place of the default handler.
 */
public class SensitiveVariables extends DbHistoryEventHandler {

    private final Set<String> names;

    public SensitiveVariables(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable && names.contains(variable.getVariableName())) {
            return;
        }
        if (event instanceof HistoricFormPropertyEventEntity formField && names.contains(formField.getPropertyId())) {
            return;
        }
        super.handleEvent(event);
    }
}
