package no.samspill.service.bench;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jersey.JerseyAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The benchmark's baseline: the inquiry process Mysen runs (the same BPMN and routing DMN, from the bpmn module) on
 * bare Camunda 7 with its defaults (history FULL, no authentication, engine-rest only), and no Axon, no Samspill
 * security, no read models. Its delegates set the variables Samspill's would and store nothing else, so the
 * benchmark's difference between this and a Samspill node is the cost of Samspill's own layers. Only the
 * auto-configurations named here run (the test classpath holds all of Samspill's), and {@code spring.config.name}
 * keeps Samspill's application.yaml out.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        ServletWebServerFactoryAutoConfiguration.class, JerseyAutoConfiguration.class,
        CamundaBpmAutoConfiguration.class, CamundaBpmRestJerseyAutoConfiguration.class})
public class BareCamundaBaseline {

    public static final String PROCESS = "inquiry-total-collaboration";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BareCamundaBaseline.class);
        application.setDefaultProperties(Map.of("spring.config.name", "baseline",
                "camunda.bpm.auto-deployment-enabled", "false", "spring.main.banner-mode", "off"));
        application.run(args);
    }

    @Bean
    ApplicationRunner deployInquiryProcess(RepositoryService repository) {
        return arguments -> repository.createDeployment().name("baseline")
                .addClasspathResource("bpmn/" + PROCESS + ".bpmn").addClasspathResource("dmn/inquiry-routing.dmn")
                .enableDuplicateFiltering(true).deploy();
    }

    /** What Samspill's first step learns from the service-point directory, here for Mysen and a passport. */
    @Bean
    JavaDelegate registerInquiryDelegate() {
        return execution -> execution.setVariables(Map.of("model", "total-collaboration", "offeredHere", true,
                "offeredElsewhere", false, "neededCompetence", "generalist",
                "generalistGroup", "NO-3118.mysen.generalists", "specialistGroup", "NO-3118.mysen.specialists"));
    }

    @Bean
    JavaDelegate recordRoutingDelegate() {
        return nothing();
    }

    @Bean
    JavaDelegate resolveInquiryDelegate() {
        return nothing();
    }

    @Bean
    JavaDelegate handOverInquiryDelegate() {
        return nothing();
    }

    @Bean
    JavaDelegate abandonInquiryDelegate() {
        return nothing();
    }

    @Bean
    JavaDelegate referInquiryDelegate() {
        return nothing();
    }

    @Bean
    TaskListener takeInquiryListener() {
        return task -> { };
    }

    @Bean
    TaskListener recordHandlerListener() {
        return task -> { };
    }

    @Bean
    ExecutionListener keepNoteOutOfProcess() {
        return execution -> { };
    }

    @Bean
    ExecutionListener deskOutcomeCheck() {
        return execution -> { };
    }

    @Bean
    ExecutionListener specialistOutcomeCheck() {
        return execution -> { };
    }

    private static JavaDelegate nothing() {
        return execution -> { };
    }
}
