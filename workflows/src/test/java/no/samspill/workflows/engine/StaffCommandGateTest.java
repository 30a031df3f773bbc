package no.samspill.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.Test;

/**
 * The gate reads some of Camunda's commands by their fields' names: each check is shown here on the real command
 * classes of the Camunda in use, so that an upgrade that renames a field fails this test rather than refusing
 * staff's requests in production (the gate fails closed).
 */
class StaffCommandGateTest {

    private final StaffCommandGate gate = new StaffCommandGate(null, Set.of("citizen", "handledBy", "municipality"));

    private void check(Command<?> command) {
        gate.check(command, "kari");
    }

    @Test
    void a_start_form_with_a_chosen_business_key_or_a_step_owned_variable_is_refused() {
        assertThatThrownBy(() -> check(new SubmitStartFormCmd("definition", "chosen-key", Map.of())))
                .isInstanceOf(RefusedInput.class).hasMessageStartingWith("businessKey:");
        assertThatThrownBy(() -> check(new SubmitStartFormCmd("definition", null, Map.of("citizen", "x"))))
                .isInstanceOf(RefusedInput.class).hasMessageStartingWith("citizen:");
        assertThatCode(() -> check(new SubmitStartFormCmd("definition", null,
                Map.of("servicePoint", "mysen", "municipality", "NO-3118")))).doesNotThrowAnyException();
    }

    @Test
    void completing_or_writing_variables_that_steps_own_is_refused() {
        for (Command<?> command : List.<Command<?>>of(new CompleteTaskCmd("task", Map.of("handledBy", "per")),
                new SubmitTaskFormCmd("task", Map.of("handledBy", "per"), false, false),
                new SetTaskVariablesCmd("task", Map.of("municipality", "NO-3303"), false),
                new SetExecutionVariablesCmd("execution", Map.of("citizen", "x"), false),
                new PatchTaskVariablesCmd("task", Map.of(), List.of("handledBy"), false),
                new RemoveTaskVariablesCmd("task", List.of("citizen"), false))) {
            assertThatThrownBy(() -> check(command)).as(command.getClass().getSimpleName())
                    .isInstanceOf(RefusedInput.class);
        }
        assertThatCode(() -> check(new CompleteTaskCmd("task", Map.of("outcome", "resolved"))))
                .doesNotThrowAnyException();
    }

    @Test
    void a_task_is_claimed_assigned_or_delegated_only_by_the_staff_member_themselves() {
        for (Command<?> command : List.<Command<?>>of(new ClaimTaskCmd("task", "per"), new AssignTaskCmd("task", "per"),
                new DelegateTaskCmd("task", "per"), new AddUserIdentityLinkCmd("task", "per", IdentityLinkType.ASSIGNEE))) {
            assertThatThrownBy(() -> check(command)).as(command.getClass().getSimpleName())
                    .isInstanceOf(AuthorizationException.class);
        }
        assertThatCode(() -> check(new ClaimTaskCmd("task", "kari"))).doesNotThrowAnyException();
        assertThatCode(() -> check(new ClaimTaskCmd("task", null))).as("unclaim").doesNotThrowAnyException();
        assertThatCode(() -> check(new AddUserIdentityLinkCmd("task", "per", IdentityLinkType.CANDIDATE)))
                .doesNotThrowAnyException();
    }

    @Test
    void resolving_a_task_or_throwing_an_error_at_it_is_no_way_around() {
        assertThatThrownBy(() -> check(new ResolveTaskCmd("task", Map.of("handledBy", "per"))))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> check(new HandleTaskBpmnErrorCmd("task", "x", null, Map.of())))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void a_task_listener_runs_for_its_tasks_municipality() {
        org.camunda.bpm.engine.impl.persistence.entity.TaskEntity task =
                new org.camunda.bpm.engine.impl.persistence.entity.TaskEntity();
        task.setTenantId("NO-3118");
        assertThat(StepTenant.tenantOf(new org.camunda.bpm.engine.impl.task.delegate.TaskListenerInvocation(
                delegateTask -> { }, task))).isEqualTo("NO-3118");
    }

    @Test
    void comments_and_attachments_are_switched_off_for_staff() {
        assertThatThrownBy(() -> check(new AddCommentCmd("task", null, "Ola Nordmann ringte")))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("sealed");
        assertThatThrownBy(() -> check(new CreateAttachmentCmd("task", null, "text/plain", "Ola Nordmann.txt", null,
                new java.io.ByteArrayInputStream(new byte[0]), null)))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("sealed");
    }

    @Test
    void a_field_that_is_not_there_refuses_the_command() {
        assertThatThrownBy(() -> StaffCommandGate.field(new ClaimTaskCmd("task", "kari"), "renamedInAnUpgrade",
                String.class)).isInstanceOf(AuthorizationException.class).hasMessageContaining("cannot be checked");
        assertThat(StaffCommandGate.field(new ClaimTaskCmd("task", "kari"), "userId", String.class)).isEqualTo("kari");
    }
}
