package no.samspill.service.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.ForeignTenantsLookAbsent;
import no.samspill.workflows.engine.MunicipalityTenants;
import no.samspill.workflows.engine.SensitiveVariables;
import no.samspill.workflows.inquiry.InquiryNotes;
import no.samspill.workflows.inquiry.InquiryProcesses;
import no.samspill.workflows.inquiry.InquiryRegistration;
import no.samspill.workflows.inquiry.InquirySteps;
import no.samspill.workflows.inquiry.ServicePointDirectory;
import no.samspill.workflows.libraryplan.CountyDirectory;
import no.samspill.workflows.libraryplan.LibraryPlanSteps;
import no.samspill.workflows.libraryplan.LibraryPlans;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Connects the processes to the domain: the steps the BPMN files name, and the entry points the API uses. */
@Configuration(proxyBeanMethods = false)
public class WorkflowConfiguration {

    @Bean
    CommandSender commandSender(CommandGateway commandGateway) {
        return new CommandSender(commandGateway);
    }

    @Bean
    InquiryRegistration inquiryRegistration(ServicePointDirectory servicePoints, CommandSender commands) {
        return new InquiryRegistration(servicePoints, commands);
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

    /**
     * Process expressions reach only the step beans, not the whole application context: a stored expression
     * cannot call into arbitrary services. Instances are stamped with their municipality as tenant, and another
     * municipality's objects look absent rather than forbidden. The engine's
     * history leaves out variables that may hold personal data (task forms' notes).
     */
    @Bean
    AbstractProcessEnginePlugin samspillProcessEnginePlugin(ApplicationContext applicationContext,
                                                             InquiryRegistration registration,
                                                             ServicePointDirectory servicePoints,
                                                             CountyDirectory counties,
                                                             InquiryNotes notes,
                                                             CommandSender commands) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                Map<Object, Object> steps = new HashMap<>(InquirySteps.byName(registration, servicePoints, notes,
                        commands));
                steps.putAll(LibraryPlanSteps.byName(counties, commands));
                configuration.setBeans(steps);
                configuration.setExpressionManager(new SpringExpressionManager(applicationContext, steps));
                configuration.setTenantIdProvider(new MunicipalityTenants());
                configuration.setCommandCheckers(new ArrayList<>(List.of(ForeignTenantsLookAbsent.tenantChecker(),
                        new AuthorizationCommandChecker())));
                configuration.setHistoryEventHandler(new SensitiveVariables(Set.of(InquiryNotes.NOTE)));
            }
        };
    }
}
