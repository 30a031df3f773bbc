package no.samspill.workflows.inquiry;

import java.util.Map;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;

/**
 * What Tasklist's list shows of an inquiry, so that staff can tell one task from the next: its service, channel and
 * service point by their labels in the municipality's language, as process variables (Tasklist's filters show
 * variables, not codes), on each task as it is created (TaskCardVariables); none of it is personal data.
 */
@FunctionalInterface
public interface InquiryListLabels {

    String SERVICE_LABEL = "serviceLabel";
    String CHANNEL_LABEL = "channelLabel";
    String SERVICE_POINT_NAME = "servicePointName";
    /** When the inquiry was registered, in local time (how long the citizen has waited). */
    String REGISTERED = "registered";

    /** No labels (process tests). */
    InquiryListLabels NONE = (municipality, service, channel, place) -> Map.of();

    Map<String, Object> of(MunicipalityCode municipality, ServiceCode service, Channel channel,
                           ServicePointSummary place);
}
