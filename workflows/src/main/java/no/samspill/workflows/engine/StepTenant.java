package no.samspill.workflows.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import java.lang.reflect.Field;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.task.delegate.TaskListenerInvocation;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;

/**
 * The municipality (tenant) of the process instance whose step is running on this thread. Installed around Camunda's
 * own delegate interceptor, it sees every delegate, execution listener and task listener as the engine calls it, so
 * that {@link CommandSender} can stamp each command a step sends with the instance's municipality: no step can be
 * written, or a process started, that acts on another municipality's aggregate.
 */
public class StepTenant implements DelegateInterceptor {

    /** A stack: a step may call into another process (a correlation), whose steps run nested in it. */
    private static final ThreadLocal<Deque<Optional<String>>> RUNNING = ThreadLocal.withInitial(ArrayDeque::new);

    /** Camunda keeps a task listener's task in a field without an accessor; looked up once. */
    private static final Field LISTENED_TASK = listenedTask();

    private final DelegateInterceptor engineInterceptor;

    public StepTenant(DelegateInterceptor engineInterceptor) {
        this.engineInterceptor = engineInterceptor;
    }

    @Override
    public void handleInvocation(DelegateInvocation invocation) throws Exception {
        Deque<Optional<String>> running = RUNNING.get();
        String tenant = tenantOf(invocation);
        // A step that names no tenant of its own runs for the step around it (a listener a service task set off)
        running.push(tenant != null ? Optional.of(tenant) : Optional.ofNullable(running.peek()).flatMap(o -> o));
        try {
            engineInterceptor.handleInvocation(invocation);
        } finally {
            running.pop();
            if (running.isEmpty()) {
                RUNNING.remove();
            }
        }
    }

    /**
     * The instance's tenant: from the execution a delegate or execution listener runs in, else (a task listener,
     * which Camunda calls without one) from its task.
     */
    static String tenantOf(DelegateInvocation invocation) {
        BaseDelegateExecution execution = invocation.getContextExecution();
        if (execution instanceof DelegateExecution process) {
            return process.getTenantId();
        }
        if (invocation instanceof TaskListenerInvocation && LISTENED_TASK != null) {
            try {
                return ((DelegateTask) LISTENED_TASK.get(invocation)).getTenantId();
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                return null;
            }
        }
        return null;
    }

    private static Field listenedTask() {
        try {
            Field task = TaskListenerInvocation.class.getDeclaredField("delegateTask");
            task.setAccessible(true);
            return task;
        } catch (ReflectiveOperationException | RuntimeException renamed) {
            return null; // StaffCommandGateTest's task-listener case fails then
        }
    }

    /** The tenant of the step running now, if a step with a tenant is running. */
    public static Optional<String> current() {
        Optional<String> innermost = RUNNING.get().peek();
        return innermost == null ? Optional.empty() : innermost;
    }
}
