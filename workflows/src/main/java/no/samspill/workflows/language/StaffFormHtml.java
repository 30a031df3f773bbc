package no.samspill.workflows.language;

import java.util.Map;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.impl.form.engine.HtmlDocumentBuilder;
import org.camunda.bpm.engine.impl.form.engine.HtmlElementWriter;
import org.camunda.bpm.engine.impl.form.engine.HtmlFormEngine;

/**
 * Camunda's generated task form, for one rendering in the viewer's language, asking only what applies:
 * <ul>
 *   <li>a choice starts empty ("Velg …"), so nothing is answered that nobody chose, and a required one keeps
 *   Tasklist's "Fullfør" disabled until it is chosen;</li>
 *   <li>a field with the form-field property {@code shownWhen} ({@code outcome=referred}: the field, and only it,
 *   decides) is shown only when that other field has that value, and with {@code requiredWhenShown=true} is then
 *   required (so not required on the server, where the step's outcome check refuses what is missing);</li>
 *   <li>"Required field" in the viewer's language.</li>
 * </ul>
 * Conditions read the other field's value from Tasklist's Angular form ({@code generatedForm}), as Camunda's own
 * error messages do.
 */
final class StaffFormHtml extends HtmlFormEngine {

    /** Form-field properties, as the BPMN sets them in {@code camunda:properties}. */
    static final String SHOWN_WHEN = "shownWhen";
    static final String REQUIRED_WHEN_SHOWN = "requiredWhenShown";

    private final String choose;
    private final String required;

    StaffFormHtml(String choose, String required) {
        this.choose = choose;
        this.required = required;
    }

    @Override
    protected void renderFormField(FormField field, HtmlDocumentBuilder document) {
        String condition = condition(field);
        if (condition == null) {
            super.renderFormField(field, document);
            return;
        }
        document.startElement(new HtmlElementWriter(DIV_ELEMENT).attribute(NG_SHOW_ATTRIBUTE, condition));
        super.renderFormField(field, document);
        document.endElement();
    }

    @Override
    protected void addCommonFormFieldAttributes(FormField field, HtmlElementWriter control) {
        super.addCommonFormFieldAttributes(field, control);
        String condition = condition(field);
        if (condition != null && "true".equals(properties(field).get(REQUIRED_WHEN_SHOWN))) {
            control.attribute("ng-required", condition);
        }
    }

    @Override
    protected void renderSelectOptions(FormField field, HtmlDocumentBuilder document) {
        document.startElement(new HtmlElementWriter(OPTION_ELEMENT, false).attribute(VALUE_ATTRIBUTE, "")
                .textContent(choose)).endElement();
        super.renderSelectOptions(field, document);
    }

    @Override
    protected void renderInvalidValueMessage(FormField field, HtmlDocumentBuilder document) {
        document.startElement(new HtmlElementWriter(DIV_ELEMENT)
                .attribute(NG_SHOW_ATTRIBUTE, String.format(REQUIRED_ERROR_EXPRESSION, field.getId()))
                .attribute(CLASS_ATTRIBUTE, HELP_BLOCK_CLASS)
                .textContent(required)).endElement();
    }

    /** The field's {@code shownWhen} as an Angular expression on the form, or null when always shown. */
    static String condition(FormField field) {
        String shownWhen = properties(field).get(SHOWN_WHEN);
        if (shownWhen == null) {
            return null;
        }
        String[] fieldAndValue = shownWhen.split("=", 2);
        if (fieldAndValue.length != 2 || !fieldAndValue[0].matches("[A-Za-z][A-Za-z0-9]*")
                || !fieldAndValue[1].matches("[a-z0-9-]+")) {
            throw new IllegalStateException("form field '" + field.getId() + "': shownWhen must be field=value, not '"
                    + shownWhen + "'");
        }
        return String.format(FORM_ELEMENT_SELECTOR, fieldAndValue[0]) + ".$viewValue == '" + fieldAndValue[1] + "'";
    }

    private static Map<String, String> properties(FormField field) {
        return field.getProperties() == null ? Map.of() : field.getProperties();
    }
}
