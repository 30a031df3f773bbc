package no.samspill.workflows.engine;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * What a staff member may not ask of the engine, whatever Camunda's authorizations allow, over engine-rest and
 * Tasklist alike (both reach the engine as commands, with the staff member's login):
 * <ul>
 *   <li>start a process at a step of their choosing, skip its listeners or input mappings, or modify or restart an
 *   instance: these run a step without the steps before it, so they are for administrators;</li>
 *   <li>choose the business key: it is the inquiry's, plan's or partnership's id, which Samspill makes;</li>
 *   <li>set a variable that only the process's own steps set (who handled a task, the citizen's pseudonym, the staff
 *   groups a task goes to, the routing), by starting, completing or writing variables;</li>
 *   <li>claim, assign or delegate a task in someone else's name: who acted is always who logged in;</li>
 *   <li>write free text where the sealed store cannot erase it: comments, attachments, a task's name or
 *   description.</li>
 * </ul>
 * Checked once per request, before the engine runs it; the engine's own nested calls from process steps pass.
 * Camunda keeps some of a command's options in protected fields without accessors: they are read by name, and a
 * command whose field cannot be read is refused (StaffCommandGateTest fails when an upgrade renames one).
 */
public class StaffCommandGate extends CommandInterceptor {

    /** Free text that would live in Camunda's tables, outside the sealed store and beyond erasure. */
    private static final Set<String> FREE_TEXT = Set.of("AddCommentCmd", "UpdateCommentCmd", "CreateAttachmentCmd",
            "SaveAttachmentCmd");
    /** What staff may change on a task they work: its dates and priority, and nothing that names a person. */
    private static final Set<String> TASK_PROPERTIES_STAFF_SET = Set.of("dueDate", "followUpDate", "priority");

    private static final Set<String> FOR_ADMINISTRATORS_ONLY = Set.of("StartProcessInstanceAtActivitiesCmd",
            "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd", "ProcessInstanceModificationCmd",
            "ProcessInstanceModificationBatchCmd", "RestartProcessInstancesCmd", "RestartProcessInstancesBatchCmd",
            // a BPMN error or escalation thrown at a task ends or moves the process without its steps
            "HandleTaskBpmnErrorCmd", "HandleTaskEscalationCmd",
            // resolving a delegated task: Samspill delegates none, and it would set variables past the task's end
            "ResolveTaskCmd");

    private final ProcessEngineConfigurationImpl configuration;
    private final Set<String> stepOwnedVariables;

    /** {@code stepOwnedVariables}: the variables only process steps set, never a staff member. */
    public StaffCommandGate(ProcessEngineConfigurationImpl configuration, Set<String> stepOwnedVariables) {
        this.configuration = configuration;
        this.stepOwnedVariables = Set.copyOf(stepOwnedVariables);
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() == null) { // a caller's request, not a process step's nested call
            Authentication user = configuration.getIdentityService().getCurrentAuthentication();
            if (user != null && user.getUserId() != null && !isAdministrator(user)) {
                check(command, user.getUserId());
            }
        }
        return next.execute(command);
    }

    private boolean isAdministrator(Authentication user) {
        List<String> adminGroups = configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
        List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
        return adminUsers.contains(user.getUserId())
                || (user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(adminGroups::contains));
    }

    void check(Command<?> command, String userId) {
        String name = command.getClass().getSimpleName();
        if (FOR_ADMINISTRATORS_ONLY.contains(name)) {
            throw refused("starting or moving a process at a chosen step is for administrators");
        }
        if (FREE_TEXT.contains(name)) {
            throw refused("comments and attachments are switched off: write in the task's note field, which is "
                    + "sealed and erased with the inquiry");
        }
        if (command instanceof CompleteTaskCmd) { // and its kin, such as ResolveTaskCmd
            checkVariables(namesIn(field(command, "variables", Map.class)), false);
            return;
        }
        switch (name) {
            case "StartProcessInstanceCmd" -> checkStart(field(command, "instantiationBuilder",
                    ProcessInstantiationBuilderImpl.class));
            case "SubmitStartFormCmd" -> {
                checkChosenBusinessKey(field(command, "businessKey", String.class));
                checkVariables(namesIn(field(command, "variables", Map.class)), true);
            }
            case "SetTaskVariablesCmd", "SetExecutionVariablesCmd" ->
                    checkVariables(namesIn(field(command, "variables", Map.class)), false);
            case "PatchTaskVariablesCmd", "PatchExecutionVariablesCmd" -> {
                checkVariables(namesIn(field(command, "variables", Map.class)), false);
                checkVariables(field(command, "deletions", Collection.class), false);
            }
            case "SubmitTaskFormCmd" -> checkVariables(namesIn(field(command, "properties", Map.class)), false);
            case "RemoveTaskVariablesCmd", "RemoveExecutionVariablesCmd" ->
                    checkVariables(field(command, "variableNames", Collection.class), false);
            case "ClaimTaskCmd", "AssignTaskCmd", "SetTaskOwnerCmd", "DelegateTaskCmd" ->
                    checkOnlyThemselves(field(command, "userId", String.class), userId);
            case "SaveTaskCmd" -> checkTaskChanges(field(command, "task", TaskEntity.class), userId);
            case "AddUserIdentityLinkCmd", "DeleteUserIdentityLinkCmd" -> {
                String type = field(command, "type", String.class);
                if (IdentityLinkType.ASSIGNEE.equals(type) || IdentityLinkType.OWNER.equals(type)) {
                    checkOnlyThemselves(field(command, "userId", String.class), userId);
                }
            }
            default -> {
                // every other command: Camunda's authorization and tenant checks decide
            }
        }
    }

    /** A task saved as a whole (Tasklist's dates): its name, description and people stay as the process made them. */
    private static void checkTaskChanges(TaskEntity task, String userId) {
        for (String property : task.getPropertyChanges().keySet()) {
            boolean ownName = (property.equals("assignee") || property.equals("owner"))
                    && (task.getPropertyChanges().get(property).getNewValue() == null
                    || userId.equals(task.getPropertyChanges().get(property).getNewValue()));
            if (!TASK_PROPERTIES_STAFF_SET.contains(property) && !ownName) {
                throw refused("a task's " + property + " is set by its process; staff may change its dates and "
                        + "priority");
            }
        }
    }

    private void checkStart(ProcessInstantiationBuilderImpl start) {
        if (!start.getModificationBuilder().getModificationOperations().isEmpty()) {
            throw refused("starting a process at a chosen step is for administrators");
        }
        if (start.getModificationBuilder().isSkipCustomListeners() || start.getModificationBuilder().isSkipIoMappings()) {
            throw refused("skipping a process's listeners or input mappings is for administrators");
        }
        checkChosenBusinessKey(start.getBusinessKey());
        checkVariables(namesIn(start.getVariables()), true);
    }

    private static void checkChosenBusinessKey(String businessKey) {
        if (businessKey != null && !businessKey.isBlank()) {
            throw new RefusedInput("businessKey", "is given by Samspill (the inquiry's, plan's or partnership's id); "
                    + "leave it out");
        }
    }

    /** On a start, the municipality may be named (MunicipalityTenants checks that it is the staff member's own). */
    private void checkVariables(Collection<?> names, boolean starting) {
        for (Object name : names) {
            if (stepOwnedVariables.contains(name) && !(starting && "municipality".equals(name))) {
                throw new RefusedInput(name.toString(), "is set by the process itself, not by staff");
            }
        }
    }

    private static void checkOnlyThemselves(String named, String userId) {
        if (named != null && !Objects.equals(named, userId)) {
            throw refused("a task is claimed, assigned or delegated by the staff member themselves, not for another");
        }
    }

    private static Collection<?> namesIn(Map<?, ?> variables) {
        return variables == null ? List.of() : variables.keySet();
    }

    private static AuthorizationException refused(String reason) {
        return new AuthorizationException(reason);
    }

    /** A command's field by name, looked up its class hierarchy; a field that is not there refuses the command. */
    static <V> V field(Object command, String name, Class<V> type) {
        for (Class<?> owner = command.getClass(); owner != null; owner = owner.getSuperclass()) {
            try {
                Field field = owner.getDeclaredField(name);
                field.setAccessible(true);
                return type.cast(field.get(command));
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            } catch (IllegalAccessException | ClassCastException unreadable) {
                break;
            }
        }
        throw refused("this request cannot be checked, so it is refused (" + command.getClass().getSimpleName()
                + "." + name + ")");
    }
}
