package no.samspill.service;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The municipalities' clock: dates such as a model change's effective date are local (Norway and Denmark). */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock(@Value("${samspill.time-zone:Europe/Oslo}") String timeZone) {
        return Clock.system(ZoneId.of(timeZone));
    }
}
