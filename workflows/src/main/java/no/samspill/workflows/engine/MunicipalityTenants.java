package no.samspill.workflows.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * One set of process definitions serves every municipality; each instance carries its municipality as tenant:
 * the {@code municipality} variable when a case system starts it, else the starting staff member's one municipality.
 */
public class MunicipalityTenants implements TenantIdProvider {

    private static final String MUNICIPALITY = "municipality";

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        Object municipality = context.getVariables().get(MUNICIPALITY);
        if (municipality != null) {
            return municipality.toString();
        }
        return onlyTenantOfCurrentUser();
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return onlyTenantOfCurrentUser();
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return context.getExecution() == null ? null : context.getExecution().getTenantId();
    }

    private static String onlyTenantOfCurrentUser() {
        List<String> tenants = Actors.authenticatedTenants();
        return tenants.size() == 1 ? tenants.get(0) : null;
    }
}
