package no.samspill.service.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Samspill's own figures on {@code /actuator/prometheus}, beside Spring's, Hikari's and the JVM's: the event store's
 * append latency here, the rest in {@link OperationsMetrics}. (Axon's own Micrometer module is not published for
 * Axon 4.13, see docs/stack.md.)
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    static BeanPostProcessor timedEventStorage(ObjectProvider<MeterRegistry> meters) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof EventStorageEngine engine && !(bean instanceof TimedEventStorageEngine)) {
                    Timer appends = Timer.builder("samspill.eventstore.append")
                            .description("Time to append a command's events to the event store")
                            .publishPercentiles(0.5, 0.99).register(meters.getObject());
                    return new TimedEventStorageEngine(engine, appends);
                }
                return bean;
            }
        };
    }
}
