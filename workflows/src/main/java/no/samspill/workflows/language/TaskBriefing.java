package no.samspill.workflows.language;

import org.camunda.bpm.engine.task.Task;

/**
 * What a staff member opening a task needs to know of its case, shown read-only above the task's form: HTML, every
 * value in it escaped, in the viewer's language. Rendered when the task is opened, so it holds nothing in process
 * variables or history.
 */
@FunctionalInterface
public interface TaskBriefing {

    /** No briefing: the form alone. */
    TaskBriefing NONE = (task, language) -> "";

    String of(Task task, String language);
}
