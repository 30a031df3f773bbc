package no.samspill.workflows.language;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Puts Samspill's texts into an engine about to be built: task names and generated forms in the staff's language. */
public final class StaffTexts {

    private StaffTexts() {
    }

    public static void install(ProcessEngineConfigurationImpl configuration, StaffLanguage languages) {
        install(configuration, languages, SamspillTexts.load(), TaskBriefing.NONE);
    }

    /** With {@code texts} (the application's one copy) and {@code briefing} opening every task's form. */
    public static void install(ProcessEngineConfigurationImpl configuration, StaffLanguage languages,
                               SamspillTexts texts, TaskBriefing briefing) {
        configuration.setFormEngines(LocalizedForms.asFormEngines(texts, languages, briefing));
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new LocalizedTaskNames(texts, languages));
    }
}
