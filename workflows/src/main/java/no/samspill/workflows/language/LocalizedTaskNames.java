package no.samspill.workflows.language;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Names every new task in its municipality's language (Tasklist lists the stored name), while the BPMN keeps the
 * bokmål name that Cockpit and Modeler show.
 */
public class LocalizedTaskNames extends AbstractBpmnParseListener {

    private final TaskListener nameInMunicipalityLanguage;

    public LocalizedTaskNames(SamspillTexts texts, StaffLanguage languages) {
        this.nameInMunicipalityLanguage = (DelegateTask task) ->
                task.setName(texts.in(languages.ofMunicipality(task.getTenantId()), task.getName()));
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, nameInMunicipalityLanguage);
    }
}
