package no.samspill.workflows.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;

/**
 * Camunda's tenant check, answering like a missing object. Out of the box, acting on another municipality's task
 * fails with "belongs to no authenticated tenant", a server error that also confirms the task exists; here it fails
 * as a task that is not there does (a bad request, "cannot find"), so nothing of another municipality is revealed.
 */
public final class ForeignTenantsLookAbsent {

    private ForeignTenantsLookAbsent() {
    }

    public static CommandChecker tenantChecker() {
        TenantCommandChecker tenants = new TenantCommandChecker();
        return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(),
                new Class<?>[] {CommandChecker.class}, (proxy, method, arguments) -> {
                    try {
                        return method.invoke(tenants, arguments);
                    } catch (InvocationTargetException failed) {
                        if (failed.getCause() instanceof ProcessEngineException refused
                                && !(refused instanceof AuthorizationException)) {
                            throw new NullValueException("Cannot find it: nothing with this id belongs to your "
                                    + "municipality");
                        }
                        throw failed.getCause();
                    }
                });
    }
}
