package no.samspill.service.inquiry.tasklist;

import java.time.Duration;
import java.util.Map;
import no.samspill.core.shared.Channel;
import no.samspill.workflows.inquiry.ServiceLevels;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samspill.service-levels}: how soon an inquiry's task is due, by channel ({@code defaults}) and per
 * municipality ({@code municipalities."[NO-3118]".phone}); whole days are working days (ServiceLevels).
 */
@ConfigurationProperties("samspill.service-levels")
public record ServiceLevelProperties(Map<Channel, Duration> defaults,
                                     Map<String, Map<Channel, Duration>> municipalities) {

    public ServiceLevelProperties {
        defaults = defaults == null ? Map.of() : defaults;
        municipalities = municipalities == null ? Map.of() : municipalities;
    }

    public ServiceLevels serviceLevels() {
        return new ServiceLevels(defaults, municipalities);
    }
}
