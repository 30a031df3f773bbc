package no.samspill.service;

import java.time.Clock;
import no.samspill.core.shared.MunicipalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The municipalities' clock: dates such as a model change's effective date are local ({@link MunicipalTime}). */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(MunicipalTime.ZONE);
    }
}
