package no.samspill.workflows.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.workflows.inquiry.InquiryProcess;
import no.samspill.workflows.inquiry.InquiryVariables;
import no.samspill.workflows.language.SamspillTexts;
import no.samspill.workflows.language.StaffLanguage;
import no.samspill.workflows.language.StaffTexts;
import no.samspill.workflows.language.TaskBriefing;
import no.samspill.workflows.libraryplan.LibraryPlanVariables;
import no.samspill.workflows.network.NetworkContactVariables;
import no.samspill.workflows.partnership.PartnershipVariables;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;

/**
 * The settings every Samspill engine runs with, in production (the service's engine plugin) and in the process
 * tests alike: the processes' expressions reach only their steps; instances are stamped with their municipality
 * as tenant, and another municipality's objects look absent rather than forbidden; task names, form labels and
 * choices speak the staff's language; history keeps of the inquiries, whose life the event log records, only what
 * Camunda's own screens read, so no variable or form field of theirs (a task form's note among them) (HistoryKept);
 * decisions parse each FEEL expression once; staff cannot start a process at a chosen step, choose its business key
 * or set the variables its steps own (StaffCommandGate); every command a step sends acts for its instance's
 * municipality (StepTenant).
 */
public final class SamspillEngineSettings {

    private SamspillEngineSettings() {
    }

    public static void apply(ProcessEngineConfigurationImpl configuration, Map<Object, Object> steps,
                             StaffLanguage staffLanguage, SamspillTexts texts, TaskBriefing briefing) {
        configuration.setBeans(steps);
        configuration.setAuthorizationEnabled(true);
        configuration.setTenantIdProvider(new MunicipalityTenants());
        configuration.setDelegateInterceptor(new StepTenant(new DefaultDelegateInterceptor()));
        configuration.setCustomPreCommandInterceptorsTxRequired(withGate(configuration,
                configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCommandCheckers(new ArrayList<>(List.of(ForeignTenantsLookAbsent.tenantChecker(),
                new AuthorizationCommandChecker())));
        configuration.setHistoryEventHandler(new HistoryKept(InquiryProcess.KEYS, new DbHistoryEventHandler()));
        StaffTexts.install(configuration, staffLanguage, texts, briefing);
        ParsedFeelExpressions.install(configuration);
    }

    /** The staff gate first in the chain that the engine's services run their commands through. */
    private static List<CommandInterceptor> withGate(ProcessEngineConfigurationImpl configuration,
                                                     List<CommandInterceptor> others) {
        Set<String> stepOwned = new HashSet<>(InquiryVariables.SET_BY_STEPS);
        stepOwned.addAll(LibraryPlanVariables.SET_BY_STEPS);
        stepOwned.addAll(PartnershipVariables.SET_BY_STEPS);
        stepOwned.addAll(NetworkContactVariables.SET_BY_STEPS);
        List<CommandInterceptor> chain = new ArrayList<>(List.of(new StaffCommandGate(configuration, stepOwned)));
        if (others != null) {
            chain.addAll(others);
        }
        return chain;
    }
}
