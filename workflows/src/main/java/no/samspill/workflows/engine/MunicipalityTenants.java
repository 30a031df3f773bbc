package no.samspill.workflows.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * One set of process definitions serves every municipality; each instance carries its municipality as tenant.
 * A staff member starts in their own municipality only: the {@code municipality} variable, if they give one, must be
 * one of theirs (else the start is refused), and without it their one municipality is taken. An administrator may
 * name any municipality. Samspill's own API starts without a Camunda login; it has checked the caller's municipality
 * and passes it as the variable.
 */
public class MunicipalityTenants implements TenantIdProvider {

    private static final String MUNICIPALITY = "municipality";

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        Object given = context.getVariables().get(MUNICIPALITY);
        if (given != null && !(given instanceof String)) {
            throw new RefusedInput(MUNICIPALITY, "must be a municipality code, as text");
        }
        String requested = given == null || given.toString().isBlank() ? null : given.toString();
        CommandContext commandContext = Context.getCommandContext();
        Authentication user = commandContext == null ? null : commandContext.getAuthentication();
        if (user == null || user.getUserId() == null) {
            return requested;
        }
        List<String> own = user.getTenantIds() == null ? List.of() : user.getTenantIds();
        if (commandContext.getAuthorizationManager().isCamundaAdmin(user)) {
            return requested != null ? requested : onlyOne(own);
        }
        if (requested != null) {
            if (!own.contains(requested)) {
                throw new RefusedInput(MUNICIPALITY, "you can start processes only in your own municipality");
            }
            return requested;
        }
        if (own.size() != 1) {
            throw new RefusedInput(MUNICIPALITY, own.isEmpty() ? "you belong to no municipality"
                    : "is required: you belong to several municipalities; name the one to start in");
        }
        return own.get(0);
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return onlyOne(Actors.authenticatedTenants());
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return context.getExecution() == null ? null : context.getExecution().getTenantId();
    }

    private static String onlyOne(List<String> tenants) {
        return tenants.size() == 1 ? tenants.get(0) : null;
    }
}
