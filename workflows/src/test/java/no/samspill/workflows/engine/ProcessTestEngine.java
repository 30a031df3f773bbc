package no.samspill.workflows.engine;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.samspill.workflows.language.SamspillTexts;
import no.samspill.workflows.language.StaffLanguage;
import no.samspill.workflows.language.TaskBriefing;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;

/**
 * The one engine set-up of the process tests: in memory (H2), no job executor (tests move the clock and run jobs
 * themselves), Camunda's whole history, and otherwise the settings production runs with (SamspillEngineSettings),
 * reaching these steps.
 */
public final class ProcessTestEngine {

    private ProcessTestEngine() {
    }

    public static ProcessCoverageInMemProcessEngineConfiguration configuration(String name,
                                                                               Map<String, Object> steps) {
        ProcessCoverageInMemProcessEngineConfiguration configuration =
                new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        SamspillEngineSettings.apply(configuration, Map.copyOf(steps), new StaffLanguage(Map.of(), List::of),
                SamspillTexts.load(), TaskBriefing.NONE);
        // The tests keep Camunda's whole history: camunda-bpm-assert reads the paths taken from it. Production keeps
        // less of the inquiries (HistoryKept), shown by the service's tests.
        configuration.setHistoryEventHandler(new DbHistoryEventHandler());
        return configuration;
    }

    /** Does {@code action} signed in as the staff member (signInAsStaff), then signs out: checks run as the system. */
    public static <T> T asStaff(ProcessEngine engine, String user, String group, String municipality,
                                Supplier<T> action) {
        signInAsStaff(engine, user, group, municipality);
        try {
            return action.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /**
     * Signs in as a member of the staff group in the municipality, the group holding what production grants staff
     * groups (StaffDirectory): reading the process definitions and starting instances; tasks are theirs as
     * candidates. Authorizations are checked here as in production.
     */
    public static void signInAsStaff(ProcessEngine engine, String user, String group, String municipality) {
        engine.getIdentityService().clearAuthentication();
        AuthorizationService authorizations = engine.getAuthorizationService();
        if (authorizations.createAuthorizationQuery().groupIdIn(group).count() == 0) {
            grant(authorizations, group, Resources.PROCESS_DEFINITION, Permissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(authorizations, group, Resources.PROCESS_INSTANCE, Permissions.CREATE);
        }
        engine.getIdentityService().setAuthentication(user, List.of(group), List.of(municipality));
    }

    private static void grant(AuthorizationService authorizations, String group, Resource resource,
                              Permission... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(Authorization.ANY);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}
