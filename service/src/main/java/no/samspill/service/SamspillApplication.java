package no.samspill.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Samspill: Camunda processes, Axon event store and the REST API in one application. */
@SpringBootApplication
public class SamspillApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamspillApplication.class, args);
    }
}
