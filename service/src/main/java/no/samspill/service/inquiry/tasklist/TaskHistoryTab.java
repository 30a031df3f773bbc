package no.samspill.service.inquiry.tasklist;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import no.samspill.workflows.inquiry.InquiryProcess;
import no.samspill.workflows.language.SamspillTexts;
import no.samspill.workflows.language.StaffLanguage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tasklist's "Historikk" tab (scripts/task-history.js, in place of Camunda's own): for an inquiry task the inquiry's
 * path from the event log, where Camunda keeps no activity history of inquiries (HistoryKept, ADR 0009); for any other
 * task the steps its process has finished, from Camunda's history. For a staff member signed in to Tasklist who may
 * see the task; read as the system once the task is found visible (staff hold no history permissions).
 */
@RestController
public class TaskHistoryTab {

    static final String PATH = "/camunda/api/samspill/tasks/{taskId}/history";

    private final TasklistViewer viewer;
    private final InquiryBriefing briefing;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final StaffLanguage languages;
    private final SamspillTexts texts;

    public TaskHistoryTab(TasklistViewer viewer, InquiryBriefing briefing, RepositoryService repository,
                          RuntimeService runtime, HistoryService history, StaffLanguage languages,
                          SamspillTexts texts) {
        this.viewer = viewer;
        this.briefing = briefing;
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
        this.languages = languages;
        this.texts = texts;
    }

    /** One line of the tab: when (as staff read it, in the municipality's time) and what happened. */
    public record TaskHistoryLine(Instant at, String when, String text) {
    }

    @GetMapping(PATH)
    @Transactional(readOnly = true)
    public List<TaskHistoryLine> of(@PathVariable String taskId) {
        UserAuthentication staff = viewer.signedIn();
        Task task = viewer.visibleTask(staff, taskId);
        String language = languages.forViewer(task.getTenantId());
        if (task.getProcessInstanceId() == null) {
            return List.of();
        }
        List<InquiryBriefing.Step> steps = isInquiry(task) ? inquiryPath(task, language) : processPath(task, language);
        return steps.stream().sorted(Comparator.comparing(InquiryBriefing.Step::at))
                .map(step -> new TaskHistoryLine(step.at(), InquiryBriefing.WHEN.format(step.at()), step.text()))
                .toList();
    }

    private boolean isInquiry(Task task) {
        return task.getProcessDefinitionId() != null && InquiryProcess.KEYS.contains(
                repository.getProcessDefinition(task.getProcessDefinitionId()).getKey());
    }

    private List<InquiryBriefing.Step> inquiryPath(Task task, String language) {
        ProcessInstance inquiry = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        return inquiry == null ? List.of() : briefing.pathOf(inquiry.getBusinessKey(), language);
    }

    /**
     * The named steps the task's process has finished, from Camunda's history (which these processes keep), with who
     * did each task. Camunda's own tab showed its operation log, which history level {@code audit} does not write, and
     * comments, which Samspill switches off (StaffCommandGate): for staff it was empty.
     */
    private List<InquiryBriefing.Step> processPath(Task task, String language) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .finished().list().stream()
                .filter(step -> step.getActivityName() != null && !step.getActivityType().contains("Gateway"))
                .map(step -> new InquiryBriefing.Step(step.getEndTime().toInstant(),
                        texts.in(language, step.getActivityName())
                                + (step.getAssignee() == null ? "" : " – " + step.getAssignee())))
                .toList();
    }
}
