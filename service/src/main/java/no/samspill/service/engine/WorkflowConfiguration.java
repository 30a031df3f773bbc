package no.samspill.service.engine;

import java.time.Period;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.core.partnership.ScreeningQuestion;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.SamspillEngineSettings;
import no.samspill.workflows.inquiry.InquiryNotes;
import no.samspill.workflows.language.StaffLanguage;
import no.samspill.workflows.inquiry.InquiryProcesses;
import no.samspill.workflows.inquiry.InquiryRegistration;
import no.samspill.workflows.inquiry.InquiryListLabels;
import no.samspill.workflows.inquiry.TaskCardVariables;
import no.samspill.service.inquiry.tasklist.ServiceLevelProperties;
import no.samspill.service.provisioning.DeclaredLanguages;
import no.samspill.workflows.inquiry.RoutingDecision;
import no.samspill.workflows.language.SamspillTexts;
import no.samspill.workflows.language.TaskBriefing;
import no.samspill.workflows.inquiry.InquirySteps;
import no.samspill.workflows.inquiry.ServicePointDirectory;
import no.samspill.workflows.libraryplan.CountyDirectory;
import no.samspill.workflows.libraryplan.LibraryPlanSteps;
import no.samspill.workflows.libraryplan.LibraryPlans;
import no.samspill.workflows.partnership.PartnershipSteps;
import no.samspill.workflows.partnership.Partnerships;
import no.samspill.workflows.network.NetworkContactSteps;
import no.samspill.workflows.network.NetworkContacts;
import no.samspill.workflows.partnership.ScreeningForm;
import no.samspill.workflows.partnership.ScreeningQuestionnaires;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.glassfish.jersey.server.ServerProperties;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Connects the processes to the domain: the steps the BPMN files name, and the entry points the API uses. */
@EnableConfigurationProperties(ServiceLevelProperties.class)
@Configuration(proxyBeanMethods = false)
public class WorkflowConfiguration {

    /** Before Camunda's own filters on its REST API (EngineLookupCache explains why). */
    @Bean
    FilterRegistrationBean<EngineLookupCache> engineLookupCache() {
        FilterRegistrationBean<EngineLookupCache> registration = new FilterRegistrationBean<>(new EngineLookupCache());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Camunda's REST API answers an unreachable database with 503 (CamundaApiOutage) and a refused start with 400
     * (CamundaRefusals): engine-rest's resources are
     * Spring Boot's Jersey application; the webapps' API servlets are Jersey's own and take properties from the
     * servlet context's attributes (not its init parameters).
     */
    @Bean
    ResourceConfigCustomizer engineRestAnswers() {
        return config -> config.register(CamundaApiOutage.class).register(CamundaRefusals.class);
    }

    @Bean
    ServletContextInitializer webappApiAnswers() {
        return servletContext -> servletContext.setAttribute(ServerProperties.PROVIDER_CLASSNAMES,
                CamundaApiOutage.class.getName() + "," + CamundaRefusals.class.getName());
    }

    @Bean
    CommandSender commandSender(CommandGateway commandGateway) {
        return new CommandSender(commandGateway);
    }

    @Bean
    InquiryRegistration inquiryRegistration(ServicePointDirectory servicePoints, CommandSender commands) {
        return new InquiryRegistration(servicePoints, commands);
    }

    /** Samspill's staff-facing texts in nynorsk and Danish, read once for the engine, forms and Tasklist. */
    @Bean
    SamspillTexts samspillTexts() {
        return SamspillTexts.load();
    }

    @Bean
    RoutingDecision routingDecision(DecisionService decisions, InquiryRegistration registration) {
        return new RoutingDecision(decisions, registration);
    }

    /**
     * Samspill's texts follow the browser's language (Accept-Language of the request being served), else the
     * municipality's default: {@code samspill.languages.<municipality>=nn|nb|da}, else the language it declared when
     * provisioned, else by country.
     */
    @Bean
    StaffLanguage staffLanguage(Environment environment, ObjectProvider<DeclaredLanguages> declared) {
        Map<String, String> overrides = Binder.get(environment)
                .bind("samspill.languages", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        // asked for long after the engine is built, when the database is there
        return new StaffLanguage(overrides, municipality -> declared.getObject().of(municipality), () -> {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
                return Collections.list(request.getRequest().getLocales());
            }
            return List.of();
        });
    }

    @Bean
    InquiryProcesses inquiryProcesses(InquiryRegistration registration, RuntimeService runtimeService,
                                      RepositoryService repositoryService) {
        return new InquiryProcesses(registration, runtimeService, repositoryService);
    }

    @Bean
    LibraryPlans libraryPlans(RuntimeService runtimeService) {
        return new LibraryPlans(runtimeService);
    }

    @Bean
    Partnerships partnerships(RuntimeService runtimeService, TaskService taskService) {
        return new Partnerships(runtimeService, taskService);
    }

    @Bean
    NetworkContacts networkContacts(RuntimeService runtimeService, TaskService taskService) {
        return new NetworkContacts(runtimeService, taskService);
    }

    /**
     * The libraries' partner screenings: How to Say No's fourteen questions, plus
     * {@code samspill.partnerships.screening.added-questions} (code, text, required), and per library
     * {@code samspill.partnerships.screening.required-by-library.<municipality>}: the codes a "no" stops a proposal
     * at. Configuration only: the screening form follows (ScreeningForm). A bad entry stops the start, naming it.
     */
    @Bean
    ScreeningQuestionnaires screeningQuestionnaires(Environment environment) {
        Binder binder = Binder.get(environment);
        List<ScreeningQuestion> added = binder.bind("samspill.partnerships.screening.added-questions",
                Bindable.listOf(ScreeningQuestion.class)).orElse(List.of());
        Map<String, Set<String>> required = binder.bind("samspill.partnerships.screening.required-by-library",
                Bindable.mapOf(String.class, String[].class)).orElse(Map.of()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> Set.of(entry.getValue())));
        return new ScreeningQuestionnaires(added, required);
    }

    /**
     * Process expressions reach only the step beans, not the whole application context: a stored expression cannot
     * call into arbitrary services. Otherwise the settings every Samspill engine has, the process tests' too
     * (SamspillEngineSettings: tenants, the staff gate, languages, sealed notes, parsed FEEL).
     */
    @Bean
    AbstractProcessEnginePlugin samspillProcessEnginePlugin(ApplicationContext applicationContext,
                                                             InquiryRegistration registration,
                                                             ServicePointDirectory servicePoints,
                                                             CountyDirectory counties,
                                                             InquiryNotes notes,
                                                             CommandSender commands,
                                                             ScreeningQuestionnaires screeningQuestionnaires,
                                                             @Value("${samspill.network.care-interval:P6M}")
                                                             Period contactCareInterval,
                                                             StaffLanguage staffLanguage,
                                                             ObjectProvider<TaskBriefing> briefings,
                                                             InquiryListLabels listLabels,
                                                             ServiceLevelProperties serviceLevels,
                                                             SamspillTexts texts) {
        // Asked for when a task is opened, long after the engine is built (the briefing reads the event store)
        TaskBriefing briefing = (task, language) -> briefings.getObject().of(task, language);
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                Map<Object, Object> steps = new HashMap<>(InquirySteps.byName(registration, servicePoints, notes,
                        commands, new TaskCardVariables(listLabels, serviceLevels.serviceLevels(), servicePoints)));
                steps.putAll(LibraryPlanSteps.byName(counties, commands));
                steps.putAll(PartnershipSteps.byName(screeningQuestionnaires, commands));
                steps.putAll(NetworkContactSteps.byName(contactCareInterval, commands));
                SamspillEngineSettings.apply(configuration, steps, staffLanguage, texts, briefing);
                configuration.getCustomPostBPMNParseListeners().add(new ScreeningForm(screeningQuestionnaires));
                configuration.setExpressionManager(new SpringExpressionManager(applicationContext, steps));
            }
        };
    }
}
