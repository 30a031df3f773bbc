package no.samspill.service.inquiry.tasklist;

import java.util.Map;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.workflows.inquiry.InquiryListLabels;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import no.samspill.workflows.language.SamspillTexts;
import no.samspill.workflows.language.StaffLanguage;
import org.springframework.stereotype.Component;

/** An inquiry's service, channel and service point by their labels in its municipality's language (texts/ui.json). */
@Component
public class TasklistLabels implements InquiryListLabels {

    private final SamspillTexts texts;
    private final StaffLanguage languages;

    public TasklistLabels(SamspillTexts texts, StaffLanguage languages) {
        this.texts = texts;
        this.languages = languages;
    }

    @Override
    public Map<String, Object> of(MunicipalityCode municipality, ServiceCode service, Channel channel,
                                  ServicePointSummary place) {
        String language = languages.ofMunicipality(municipality.value());
        return Map.of(SERVICE_LABEL, texts.label(language, "service", service.code()),
                CHANNEL_LABEL, texts.label(language, "channel", channel.code()),
                SERVICE_POINT_NAME, place.name());
    }
}
