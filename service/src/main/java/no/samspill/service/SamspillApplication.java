package no.samspill.service;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Samspill: Camunda processes, Axon event store and the REST API in one application. */
@SpringBootApplication
public class SamspillApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /**
     * The application as every start (jar, tests, benchmarks) builds it. Axon's update checker would phone home and
     * its console banner would fill the log; both read only system properties, so they are set here.
     */
    public static SpringApplicationBuilder application() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        return new SpringApplicationBuilder(SamspillApplication.class);
    }
}
