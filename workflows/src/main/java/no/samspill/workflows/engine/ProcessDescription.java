package no.samspill.workflows.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the code knows of a process, in one place: its key, its user tasks and messages (by id and name) and its
 * variables with their kinds and allowed values. The step code, the API and the tests use it; a test checks every
 * BPMN against its description (expressions, gateway conditions, form fields, their values), so that a name or an
 * outcome renamed in one place only fails the build instead of a flow at run time.
 */
public record ProcessDescription(String processKey, Set<String> userTasks, Set<String> messages,
                                 Map<String, ProcessVariable> variables) {

    public ProcessDescription {
        userTasks = Set.copyOf(userTasks);
        messages = Set.copyOf(messages);
        variables = Map.copyOf(variables);
    }

    public static ProcessDescription of(String processKey, Set<String> userTasks, Set<String> messages,
                                        List<ProcessVariable> variables) {
        Map<String, ProcessVariable> byName = new LinkedHashMap<>();
        for (ProcessVariable variable : variables) {
            if (byName.put(variable.name(), variable) != null) {
                throw new IllegalArgumentException("variable '" + variable.name() + "' is described twice");
            }
        }
        return new ProcessDescription(processKey, userTasks, messages, byName);
    }

    public Optional<ProcessVariable> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    /** The same variables and messages for another process key with its own user tasks (the inquiry models). */
    public ProcessDescription forProcess(String otherKey, Set<String> otherUserTasks) {
        return new ProcessDescription(otherKey, otherUserTasks, messages, variables);
    }
}
