package no.samspill.workflows.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

    private final DelegateInterceptor engineInterceptor;

    public StepTenant(DelegateInterceptor engineInterceptor) {
        this.engineInterceptor = engineInterceptor;
    }

    @Override
    public void handleInvocation(DelegateInvocation invocation) throws Exception {
        BaseDelegateExecution execution = invocation.getContextExecution();
        String tenant = execution instanceof DelegateExecution process ? process.getTenantId() : null;
        Deque<Optional<String>> running = RUNNING.get();
        running.push(Optional.ofNullable(tenant));
        try {
            engineInterceptor.handleInvocation(invocation);
        } finally {
            running.pop();
            if (running.isEmpty()) {
                RUNNING.remove();
            }
        }
    }

    /** The tenant of the step running now, if a step with a tenant is running. */
    public static Optional<String> current() {
        Optional<String> innermost = RUNNING.get().peek();
        return innermost == null ? Optional.empty() : innermost;
    }
}
