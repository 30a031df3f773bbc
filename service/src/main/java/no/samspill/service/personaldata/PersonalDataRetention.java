package no.samspill.service.personaldata;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Erases personal data once {@code samspill.personal-data.retention} has passed since the inquiry ended. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataRetention {

    private final PersonalDataErasure erasure;
    private final PersonalDataProperties properties;
    private final Clock clock;

    public PersonalDataRetention(PersonalDataErasure erasure, PersonalDataProperties properties, Clock clock) {
        this.erasure = erasure;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${samspill.personal-data.retention-schedule:0 30 2 * * *}", zone = "Europe/Oslo")
    public void eraseExpired() {
        erasure.eraseEndedBefore(clock.instant().minus(properties.retention()));
    }
}
