package no.samspill.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The class-data archive's training start (bin/class-data-archive) runs through everything a start does until the node
 * is ready, the demo's provisioning and the analytics' first look included, and then ends: the classes of that last
 * part were a second of the demo's first start when only the context's refresh was trained (Spring's
 * {@code spring.context.exit=onRefresh}). Set by {@code samspill.class-data.training=true}, never in a node that serves.
 */
@Component
@ConditionalOnProperty(name = "samspill.class-data.training", havingValue = "true")
public class ClassDataTraining {

    private static final Logger log = LoggerFactory.getLogger(ClassDataTraining.class);

    private final ConfigurableApplicationContext context;

    public ClassDataTraining(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @EventListener
    public void endWhenReady(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            log.info("Class-data training: ready, ending the start");
            // Not on the thread publishing the event, which is still inside SpringApplication.run
            Thread ending = new Thread(() -> System.exit(SpringApplication.exit(context)), "class-data-training-end");
            ending.start();
        }
    }
}
