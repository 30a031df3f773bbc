package no.samspill.service.axon;

import no.samspill.core.inquiry.Inquiry;
import no.samspill.core.servicepoint.ServicePoint;
import no.samspill.service.servicepoint.ServicePointProjection;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the core's aggregates with Axon (the core carries no Spring annotations), event-sourced from the JPA
 * event store in the application's own database.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(Inquiry.class)
                .configureAggregate(ServicePoint.class);
    }

    /**
     * The service point registry is read to check every new inquiry, so it is updated in the registering command's
     * own transaction (a subscribing processor): a service point is usable the moment it is registered.
     */
    @Bean
    ConfigurerModule subscribingRegistries() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerSubscribingEventProcessor(ServicePointProjection.PROCESSING_GROUP));
    }
}
