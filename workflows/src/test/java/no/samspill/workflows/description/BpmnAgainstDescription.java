package no.samspill.workflows.description;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.samspill.workflows.engine.ProcessDescription;
import no.samspill.workflows.engine.ProcessVariable;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaValue;

/**
 * Reads a BPMN against the description of its process and lists every disagreement: the process key, user tasks and
 * messages; every name an expression uses (a described variable, a field of a described decision result, or a step
 * the process's steps map has); every value a condition compares a variable with; every form field's name, type,
 * choices and default; and the shownWhen conditions of the forms.
 */
final class BpmnAgainstDescription {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern COMPARISON = Pattern.compile("([A-Za-z_][\\w.]*)\\s*(?:==|!=|eq|ne)\\s*'([^']*)'");
    private static final Pattern GET_VARIABLE = Pattern.compile("getVariable\\('([^']*)'\\)");
    private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'");
    private static final Pattern NAME_PATH = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)((?:\\.[A-Za-z_]\\w*)*)");
    private static final Pattern VARIABLE_ATTRIBUTE =
            Pattern.compile("camunda:(?:elementVariable|resultVariable|collection)=\"([^\"$]+)\"");
    /** Names an expression may use that are not variables: the engine's own and the language's. */
    private static final Set<String> BUILT_IN = Set.of("execution", "task", "true", "false", "null", "and", "or",
            "not", "eq", "ne", "empty");

    private final ProcessDescription description;
    private final Set<String> steps;
    private final List<String> problems = new ArrayList<>();

    private BpmnAgainstDescription(ProcessDescription description, Set<String> steps) {
        this.description = description;
        this.steps = steps;
    }

    static List<String> problems(String bpmnXml, ProcessDescription description, Set<String> steps) {
        BpmnAgainstDescription check = new BpmnAgainstDescription(description, steps);
        BpmnModelInstance model = Bpmn.readModelFromStream(
                new ByteArrayInputStream(bpmnXml.getBytes(StandardCharsets.UTF_8)));
        check.structure(model);
        check.expressions(bpmnXml);
        model.getModelElementsByType(CamundaFormField.class).forEach(check::formField);
        return check.problems;
    }

    private void structure(BpmnModelInstance model) {
        same("process", ids(model.getModelElementsByType(Process.class).stream().map(Process::getId).toList()),
                Set.of(description.processKey()));
        same("user tasks", ids(model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId).toList()),
                description.userTasks());
        same("messages", ids(model.getModelElementsByType(Message.class).stream().map(Message::getName).toList()),
                description.messages());
    }

    private void expressions(String xml) {
        String text = xml.replace("&apos;", "'").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        Matcher attribute = VARIABLE_ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            variable(attribute.group(1), "attribute " + attribute.group());
        }
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = expression.group(1);
            Matcher comparison = COMPARISON.matcher(body);
            while (comparison.find()) {
                value(comparison.group(1), comparison.group(2), "${" + body + "}");
            }
            Matcher getVariable = GET_VARIABLE.matcher(body);
            while (getVariable.find()) {
                variable(getVariable.group(1), "${" + body + "}");
            }
            Matcher name = NAME_PATH.matcher(STRING_LITERAL.matcher(body).replaceAll("''"));
            while (name.find()) {
                String first = name.group(1);
                if (BUILT_IN.contains(first) || steps.contains(first)) {
                    continue;
                }
                path(first + name.group(2), "${" + body + "}");
            }
        }
    }

    private void formField(CamundaFormField field) {
        String where = "form field '" + field.getCamundaId() + "'";
        Optional<ProcessVariable> described = variable(field.getCamundaId(), where);
        if (described.isEmpty()) {
            return;
        }
        ProcessVariable variable = described.get();
        if (!field.getCamundaType().equals(variable.kind().formType())) {
            problems.add(where + " is of type '" + field.getCamundaType() + "', described as " + variable.kind()
                    + " (form type '" + variable.kind().formType() + "')");
        }
        for (CamundaValue choice : field.getCamundaValues()) {
            value(variable.name(), choice.getCamundaId(), where + ", its choice");
        }
        if (field.getCamundaDefaultValue() != null && variable.kind() == ProcessVariable.Kind.CODE) {
            value(variable.name(), field.getCamundaDefaultValue(), where + ", its default");
        }
        if (field.getCamundaProperties() != null) {
            for (CamundaProperty property : field.getCamundaProperties().getCamundaProperties()) {
                if ("shownWhen".equals(property.getCamundaId())) {
                    String[] condition = property.getCamundaValue().split("=", 2);
                    value(condition[0], condition.length > 1 ? condition[1] : "", where + ", shownWhen");
                }
            }
        }
    }

    /** A name, or a decision result's field ({@code routing.route}), that must be described. */
    private Optional<ProcessVariable> path(String path, String where) {
        String[] parts = path.split("\\.");
        Optional<ProcessVariable> variable = variable(parts[0], where);
        if (variable.isPresent() && parts.length > 1 && variable.get().kind() == ProcessVariable.Kind.RESULT) {
            ProcessVariable field = variable.get().fields().get(parts[1]);
            if (field == null) {
                problems.add(where + ": '" + parts[1] + "' is not a field of " + parts[0] + "; described: "
                        + new TreeSet<>(variable.get().fields().keySet()));
            }
            return Optional.ofNullable(field);
        }
        return variable;
    }

    private Optional<ProcessVariable> variable(String name, String where) {
        Optional<ProcessVariable> variable = description.variable(name);
        if (variable.isEmpty()) {
            problems.add(where + ": '" + name + "' is not a variable of " + description.processKey());
        }
        return variable;
    }

    private void value(String path, String value, String where) {
        path(path, where).ifPresent(variable -> {
            if (variable.kind() == ProcessVariable.Kind.CODE && !variable.values().contains(value)) {
                problems.add(where + ": '" + value + "' is not a value of " + path + "; described: "
                        + variable.values());
            }
        });
    }

    private void same(String what, Set<String> inBpmn, Set<String> described) {
        if (!inBpmn.equals(described)) {
            problems.add(what + " differ: BPMN " + new TreeSet<>(inBpmn) + ", described " + new TreeSet<>(described));
        }
    }

    private static Set<String> ids(Collection<String> ids) {
        return ids.stream().collect(Collectors.toSet());
    }
}
