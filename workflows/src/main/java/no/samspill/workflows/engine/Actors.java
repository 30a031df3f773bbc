package no.samspill.workflows.engine;

import java.util.List;
import java.util.Optional;
import no.samspill.core.shared.StaffId;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Who acts in a process step. */
public final class Actors {

    /** Process variable: the staff member who completed the last user task. */
    public static final String HANDLED_BY = "handledBy";

    private Actors() {
    }

    /** The user the engine authenticated for the current call (Tasklist login or engine-rest credentials). */
    public static Optional<StaffId> authenticatedUser() {
        CommandContext commandContext = Context.getCommandContext();
        String userId = commandContext == null ? null : commandContext.getAuthenticatedUserId();
        return Optional.ofNullable(userId).filter(id -> !id.isBlank()).map(StaffId::new);
    }

    /** The tenants (municipalities) of the user the engine authenticated for the current call. */
    public static List<String> authenticatedTenants() {
        CommandContext commandContext = Context.getCommandContext();
        Authentication authentication = commandContext == null ? null : commandContext.getAuthentication();
        return authentication == null || authentication.getTenantIds() == null ? List.of()
                : authentication.getTenantIds();
    }

    /**
     * Who acts in this step: the logged-in staff member whose request runs it; else (a case system's call through
     * Samspill's API, which logs in no Camunda user) the one the process recorded when the last task ended.
     */
    public static StaffId handledBy(VariableScope scope) {
        return authenticatedUser().orElseGet(() -> Variables.required(scope, HANDLED_BY, StaffId::new));
    }
}
