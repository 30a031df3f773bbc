package no.samspill.service.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jersey.JerseyAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The benchmark's baseline: the inquiry process Mysen runs (the same BPMN and routing DMN, from the bpmn module) on
 * bare Camunda 7 with its defaults (history FULL, no authentication, engine-rest only), and no Axon, no Samspill
 * security, no read models. Its delegates set the variables Samspill's would and store nothing else, so the
 * benchmark's difference between this and a Samspill node is the cost of Samspill's own layers. Only the
 * auto-configurations named here run (the test classpath holds all of Samspill's), and {@code spring.config.name}
 * keeps Samspill's application.yaml out.
 * <p>
 * With {@code baseline.secured=true} it is the Camunda a municipality could run without Samspill ({@link Secured}):
 * authorization and tenant checks on, engine-rest behind Camunda's HTTP Basic, Tasklist for staff, the process
 * deployed for the municipality's tenant, history still Camunda's default ({@code full}).
 */
@SpringBootConfiguration
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        ServletWebServerFactoryAutoConfiguration.class, JerseyAutoConfiguration.class,
        CamundaBpmAutoConfiguration.class, CamundaBpmRestJerseyAutoConfiguration.class})
@Import(BareCamundaBaseline.Secured.class)
public class BareCamundaBaseline {

    public static final String PROCESS = "inquiry-total-collaboration";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BareCamundaBaseline.class);
        Map<String, Object> defaults = new HashMap<>(Map.of("spring.config.name", "baseline",
                "camunda.bpm.auto-deployment-enabled", "false", "spring.main.banner-mode", "off"));
        if (Arrays.asList(args).contains("--baseline.secured=true")) {
            defaults.putAll(Map.of("camunda.bpm.authorization.enabled", "true",
                    // ids such as NO-3118 and NO-3118.mysen.generalists, as Samspill allows them
                    "camunda.bpm.generic-properties.properties.general-resource-whitelist-pattern",
                    "[a-zA-Z0-9][a-zA-Z0-9._-]*"));
        }
        application.setDefaultProperties(defaults);
        application.run(args);
    }

    @Bean
    @ConditionalOnProperty(name = "baseline.secured", havingValue = "false", matchIfMissing = true)
    ApplicationRunner deployInquiryProcess(RepositoryService repository) {
        return arguments -> deploy(repository, null);
    }

    /** The inquiry process and its routing decision, for the tenant (none on the open baseline). */
    static void deploy(RepositoryService repository, String tenant) {
        repository.createDeployment().name("baseline").tenantId(tenant)
                .addClasspathResource("bpmn/" + PROCESS + ".bpmn").addClasspathResource("dmn/inquiry-routing.dmn")
                .enableDuplicateFiltering(true).deploy();
    }

    /**
     * Secured bare Camunda: Tasklist (its webapp auto-configuration), engine-rest behind Camunda's own HTTP Basic
     * filter, and what an administrator would set up in Camunda's Admin for Mysen: the tenant NO-3118 with the process
     * deployed for it, the generalists' group with Tasklist and the process definitions, kari in it, and the case
     * system as a technical user {@code io-sak} that may start processes. Task permissions for the candidate group are
     * Camunda's own (its default task authorizations).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "baseline.secured", havingValue = "true")
    @ImportAutoConfiguration({CamundaBpmWebappAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class})
    static class Secured {

        static final String TENANT = "NO-3118";
        static final String GENERALISTS = "NO-3118.mysen.generalists";

        @Bean
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
            FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                    new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
            registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
            registration.addInitParameter("rest-url-pattern-prefix", "/engine-rest");
            registration.addUrlPatterns("/engine-rest/*");
            return registration;
        }

        @Bean
        ApplicationRunner setUpMysen(ProcessEngine engine) {
            return arguments -> {
                IdentityService identity = engine.getIdentityService();
                if (identity.createUserQuery().userId("kari").count() > 0) {
                    return;
                }
                user(identity, "kari");
                user(identity, "io-sak");
                Group group = identity.newGroup(GENERALISTS);
                group.setName("Mysen generalists");
                identity.saveGroup(group);
                identity.createMembership("kari", GENERALISTS);
                Tenant tenant = identity.newTenant(TENANT);
                tenant.setName("Indre Østfold");
                identity.saveTenant(tenant);
                identity.createTenantUserMembership(TENANT, "kari");
                identity.createTenantUserMembership(TENANT, "io-sak");
                AuthorizationService authorizations = engine.getAuthorizationService();
                grant(authorizations, GENERALISTS, null, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
                grant(authorizations, GENERALISTS, null, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
                grant(authorizations, null, "io-sak", Resources.PROCESS_DEFINITION, PROCESS, Permissions.READ,
                        Permissions.CREATE_INSTANCE);
                grant(authorizations, null, "io-sak", Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
                deploy(engine.getRepositoryService(), TENANT);
            };
        }

        private static void user(IdentityService identity, String id) {
            User user = identity.newUser(id);
            user.setPassword("demo");
            identity.saveUser(user);
        }

        private static void grant(AuthorizationService authorizations, String group, String user, Resource resource,
                                  String resourceId, Permission... permissions) {
            Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setUserId(user);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            for (Permission permission : permissions) {
                authorization.addPermission(permission);
            }
            authorizations.saveAuthorization(authorization);
        }
    }

    /** What Samspill's first step learns from the service-point directory, here for Mysen and a passport. */
    @Bean
    JavaDelegate registerInquiryDelegate() {
        return execution -> execution.setVariables(Map.of("model", "total-collaboration", "offeredHere", true,
                "offeredElsewhere", false, "neededCompetence", "generalist",
                "generalistGroup", "NO-3118.mysen.generalists", "specialistGroup", "NO-3118.mysen.specialists"));
    }

    @Bean
    JavaDelegate recordRoutingDelegate() {
        return nothing();
    }

    @Bean
    JavaDelegate resolveInquiryDelegate() {
        return nothing();
    }

    @Bean
    JavaDelegate handOverInquiryDelegate() {
        return nothing();
    }

    @Bean
    JavaDelegate abandonInquiryDelegate() {
        return nothing();
    }

    @Bean
    JavaDelegate referInquiryDelegate() {
        return nothing();
    }

    @Bean
    JavaDelegate withdrawInquiryDelegate() {
        return nothing();
    }

    @Bean
    ExecutionListener freshAnswers() {
        return execution -> { };
    }

    @Bean
    TaskListener taskCardVariables() {
        return task -> { };
    }

    @Bean
    TaskListener takeInquiryListener() {
        return task -> { };
    }

    @Bean
    TaskListener recordHandlerListener() {
        return task -> { };
    }

    @Bean
    ExecutionListener keepNoteOutOfProcess() {
        return execution -> { };
    }

    @Bean
    ExecutionListener deskOutcomeCheck() {
        return execution -> { };
    }

    @Bean
    ExecutionListener specialistOutcomeCheck() {
        return execution -> { };
    }

    private static JavaDelegate nothing() {
        return execution -> { };
    }
}
