package no.samspill.workflows.language;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.workflows.engine.Actors;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.form.FormProperty;
import org.camunda.bpm.engine.form.FormType;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.form.engine.FormEngine;
import org.camunda.bpm.engine.impl.form.type.EnumFormType;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Camunda's generated forms (rendered on the server for Tasklist), with labels and choices in the viewer's
 * language: Camunda's own HTML form engine renders the same form data with the texts translated, asking only what
 * applies (StaffFormHtml), and a task's form opens with what the staff member needs to know of its case
 * (TaskBriefing).
 */
public class LocalizedForms implements FormEngine {

    /**
     * A yes/no field's property saying that a "no" stops the case (a screening's required question): its label then
     * ends with "(påkrevd)" in the viewer's language.
     */
    public static final String STOPS_ON_NO = "stopsOnNo";

    private final SamspillTexts texts;
    private final StaffLanguage languages;
    private final TaskBriefing briefing;

    public LocalizedForms(SamspillTexts texts, StaffLanguage languages, TaskBriefing briefing) {
        this.texts = texts;
        this.languages = languages;
        this.briefing = briefing;
    }

    /** Registered under Camunda's default name and as the default, so every generated form passes here. */
    public static Map<String, FormEngine> asFormEngines(SamspillTexts texts, StaffLanguage languages,
                                                       TaskBriefing briefing) {
        LocalizedForms forms = new LocalizedForms(texts, languages, briefing);
        Map<String, FormEngine> engines = new HashMap<>(); // Camunda looks the default up under null
        engines.put(null, forms);
        engines.put(forms.getName(), forms);
        return engines;
    }

    /** Camunda's name for its HTML form engine, which this one takes the place of. */
    @Override
    public String getName() {
        return "html";
    }

    @Override
    public Object renderTaskForm(TaskFormData form) {
        String language = languages.forViewer(form.getTask().getTenantId());
        List<FormField> fields = localized(form.getFormFields(), language);
        Object rendered = staffForm(language).renderTaskForm(new TaskFormData() {
            @Override public Task getTask() { return form.getTask(); }
            @Override public String getFormKey() { return form.getFormKey(); }
            @Override public CamundaFormRef getCamundaFormRef() { return form.getCamundaFormRef(); }
            @Override public String getDeploymentId() { return form.getDeploymentId(); }
            @Override public List<FormProperty> getFormProperties() { return form.getFormProperties(); }
            @Override public List<FormField> getFormFields() { return fields; }
        });
        return rendered instanceof String page ? withBriefing(page, briefing.of(form.getTask(), language)) : rendered;
    }

    /**
     * A choice left at "Velg …" is sent as no answer, not as an empty one, which the engine refuses for a choice
     * field ("Invalid value for enum form property"): a resolution's form has the referral's fields, hidden and
     * unanswered. Camunda's form SDK reads a select's selected option after its "submit" event.
     */
    static final String UNANSWERED_CHOICES_SCRIPT = """
            <script cam-script type="text/form-script">
            camForm.on('submit', function () {
              Array.prototype.forEach.call(camForm.formElement[0].querySelectorAll('select'), function (choice) {
                if (choice.value === '') { choice.selectedIndex = -1; }
              });
            });
            </script>""";

    /** The briefing (and the form's script) as the form's first content, inside Tasklist's form. */
    private static String withBriefing(String form, String briefingHtml) {
        int formOpened = form.indexOf('>', form.indexOf("<form"));
        if (formOpened < 0) {
            return form;
        }
        String briefed = briefingHtml == null ? "" : briefingHtml;
        return form.substring(0, formOpened + 1) + UNANSWERED_CHOICES_SCRIPT + briefed
                + form.substring(formOpened + 1);
    }

    private StaffFormHtml staffForm(String language) {
        return new StaffFormHtml(texts.ui(language, "form.choose"), texts.ui(language, "form.required"));
    }

    @Override
    public Object renderStartForm(StartFormData form) {
        // Processes are shared by all municipalities: a walk-in is started in the staff member's own municipality
        List<String> tenants = Actors.authenticatedTenants();
        String language = languages.forViewer(tenants.size() == 1 ? tenants.get(0) : null);
        List<FormField> fields = localized(form.getFormFields(), language);
        return staffForm(language).renderStartForm(new StartFormData() {
            @Override public ProcessDefinition getProcessDefinition() { return form.getProcessDefinition(); }
            @Override public String getFormKey() { return form.getFormKey(); }
            @Override public CamundaFormRef getCamundaFormRef() { return form.getCamundaFormRef(); }
            @Override public String getDeploymentId() { return form.getDeploymentId(); }
            @Override public List<FormProperty> getFormProperties() { return form.getFormProperties(); }
            @Override public List<FormField> getFormFields() { return fields; }
        });
    }

    private List<FormField> localized(List<FormField> fields, String language) {
        return fields.stream().map(field -> (FormField) new LocalizedField(field, label(field, language),
                localized(field.getType(), language))).toList();
    }

    private String label(FormField field, String language) {
        String label = texts.in(language, field.getLabel());
        boolean stopsOnNo = field.getProperties() != null && "true".equals(field.getProperties().get(STOPS_ON_NO));
        return stopsOnNo ? label + " (" + texts.ui(language, "form.stopsOnNo") + ")" : label;
    }

    private FormType localized(FormType type, String language) {
        if (!(type instanceof EnumFormType choices)) {
            return type;
        }
        Map<String, String> translated = new LinkedHashMap<>();
        choices.getValues().forEach((id, name) -> translated.put(id, texts.in(language, name)));
        return new EnumFormType(translated);
    }

    /** A form field as the engine gave it, with its label and choices in another language. */
    private record LocalizedField(FormField field, String label, FormType type) implements FormField {
        @Override public String getId() { return field.getId(); }
        @Override public String getLabel() { return label; }
        @Override public FormType getType() { return type; }
        @Override public String getTypeName() { return field.getTypeName(); }
        @Override public Object getDefaultValue() { return field.getDefaultValue(); }
        @Override public TypedValue getValue() { return field.getValue(); }
        @Override public List<FormFieldValidationConstraint> getValidationConstraints() {
            return field.getValidationConstraints();
        }
        @Override public Map<String, String> getProperties() { return field.getProperties(); }
        @Override public boolean isBusinessKey() { return field.isBusinessKey(); }
    }
}
