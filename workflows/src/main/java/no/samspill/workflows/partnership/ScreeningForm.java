package no.samspill.workflows.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samspill.core.partnership.ScreeningQuestion;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.workflows.language.LocalizedForms;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.TaskFormDataImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.form.type.BooleanFormType;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The screening task's form is its library's questionnaire: one yes/no field per question, added as the form is
 * asked for (by Tasklist, engine-rest or the API alike), so that the questions live in configuration and not in the
 * BPMN. A question whose "no" stops the proposal carries the field property {@link LocalizedForms#STOPS_ON_NO},
 * which the rendered form shows in the viewer's language.
 */
public class ScreeningForm extends AbstractBpmnParseListener {

    private final ScreeningQuestionnaires questionnaires;

    public ScreeningForm(ScreeningQuestionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (!activity.getId().equals(Partnerships.Step.SCREENING.taskKey())
                || !(activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition)
                || !Partnerships.PROCESS_KEY.equals(definition.getKey())) {
            return;
        }
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.setTaskFormHandler(new WithQuestions(task.getTaskFormHandler()));
    }

    /** The BPMN's own form (none of its fields today), with the library's questions after it. */
    private final class WithQuestions implements TaskFormHandler {

        private final TaskFormHandler bpmnForm;

        private WithQuestions(TaskFormHandler bpmnForm) {
            this.bpmnForm = bpmnForm;
        }

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            TaskFormData form = bpmnForm.createTaskForm(task);
            List<FormField> fields = new ArrayList<>(form.getFormFields());
            MunicipalityCode library = task.getTenantId() == null ? null : new MunicipalityCode(task.getTenantId());
            for (ScreeningQuestion question : questionnaires.of(library).questions()) {
                String id = ScreeningQuestionnaire.fieldOf(question.code());
                // a partnership started under an earlier version of the BPMN has some questions in its form already
                fields.removeIf(inBpmn -> inBpmn.getId().equals(id));
                FormFieldImpl field = new FormFieldImpl();
                field.setId(id);
                field.setLabel(question.text());
                field.setType(new BooleanFormType());
                TypedValue answered = task.getVariableTyped(field.getId());
                field.setValue(answered == null ? Variables.untypedNullValue() : answered);
                field.setProperties(question.required() ? Map.of(LocalizedForms.STOPS_ON_NO, "true") : Map.of());
                fields.add(field);
            }
            if (form instanceof TaskFormDataImpl data) {
                data.setFormFields(fields);
            }
            return form;
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                                       ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
            bpmnForm.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            bpmnForm.submitFormVariables(properties, variableScope);
        }
    }
}
