package no.samspill.workflows.partnership;

import java.util.HashMap;
import java.util.Map;
import no.samspill.core.partnership.EndReason;
import no.samspill.core.partnership.PartnerSector;
import no.samspill.core.partnership.PartnershipId;
import no.samspill.core.partnership.RelationKind;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Partnerships' processes from the API: started, their tasks completed exactly as in Tasklist (so the same form
 * listener sends the command), and ended early through the process's message.
 */
public class Partnerships {

    public static final String PROCESS_KEY = "partnership";
    static final String ENDING = "partnershipEnding";
    static final String FALLING_BACK = "partnershipFallingBack";

    /** The user tasks the API may complete, by their BPMN ids. */
    public enum Step {
        SCREENING("screenProposal"), AGREEMENT("agree"), EVALUATION("evaluate");

        private final String taskKey;

        Step(String taskKey) {
            this.taskKey = taskKey;
        }

        /** The step's user task, by its id in the BPMN. */
        public String taskKey() {
            return taskKey;
        }
    }

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    public Partnerships(RuntimeService runtimeService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** Starts the process, whose first step proposes the partnership in the same transaction. */
    public PartnershipId propose(MunicipalityCode library, String partner, PartnerSector sector,
                                 RelationKind relation, String purpose, StaffId proposedBy) {
        PartnershipId id = PartnershipId.generate();
        Map<String, Object> variables = new HashMap<>();
        variables.put(PartnershipVariables.MUNICIPALITY, library.value());
        variables.put(PartnershipVariables.PARTNER, partner);
        variables.put(PartnershipVariables.SECTOR, sector.code());
        variables.put(PartnershipVariables.RELATION, relation == null ? null : relation.code());
        variables.put(PartnershipVariables.PURPOSE, purpose);
        variables.put(PartnershipVariables.PROPOSED_BY, proposedBy.value());
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, id.value(), variables);
        return id;
    }

    /**
     * Completes the partnership's open task of this step with the given form values. Answers false when the
     * partnership has no such task open (it is at another step). Found by its id within the library's municipality.
     */
    public boolean complete(MunicipalityCode library, PartnershipId partnership, Step step,
                            Map<String, Object> formValues) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(partnership.value())
                .tenantIdIn(library.value())
                .processDefinitionKey(PROCESS_KEY).taskDefinitionKey(step.taskKey).singleResult();
        if (task == null) {
            return false;
        }
        taskService.complete(task.getId(), formValues);
        return true;
    }

    /**
     * An agreed partnership of the library falls back now to a collaboration or network relation, for the reason,
     * whatever step it is at; its process ends. Answers false when no process is running.
     */
    public boolean fallBack(MunicipalityCode library, PartnershipId partnership, RelationKind relation,
                            String reason) {
        Map<String, Object> fallingBack = new HashMap<>();
        fallingBack.put(PartnershipVariables.CONTINUATION, relation.code());
        fallingBack.put(PartnershipVariables.FALL_BACK_REASON, reason);
        return correlate(FALLING_BACK, library, partnership, fallingBack);
    }

    /**
     * Ends a running partnership of the library now, whatever step it is at. Answers false when no process is
     * running.
     */
    public boolean end(MunicipalityCode library, PartnershipId partnership, EndReason reason, String explanation) {
        Map<String, Object> ending = new HashMap<>();
        ending.put(PartnershipVariables.END_REASON, reason.code());
        ending.put(PartnershipVariables.END_EXPLANATION, explanation);
        return correlate(ENDING, library, partnership, ending);
    }

    private boolean correlate(String message, MunicipalityCode library, PartnershipId partnership,
                              Map<String, Object> variables) {
        // correlateAll finds no process quietly; correlate's exception would mark the caller's transaction
        // rollback-only, so that a command sent after it (a fallen-back partnership ended) could not commit
        return !runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(partnership.value())
                .tenantId(library.value()).setVariables(variables).correlateAllWithResult().isEmpty();
    }
}
