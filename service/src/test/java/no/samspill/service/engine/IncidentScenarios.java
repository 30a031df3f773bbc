package no.samspill.service.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * A step that fails is never lost silently: the job executor retries it with growing waits (not Camunda's three
 * immediate retries), then it becomes an incident that an operator sees in Cockpit (engine-rest here) and retries
 * once the cause is mended.
 */
public interface IncidentScenarios {

    RunningSamspill samspill();

    @Test
    default void a_failing_step_is_retried_with_growing_waits_then_becomes_an_incident_an_operator_retries() {
        RepositoryService repository = samspill().bean(RepositoryService.class);
        RuntimeService runtime = samspill().bean(RuntimeService.class);
        ManagementService management = samspill().bean(ManagementService.class);
        // A step that fails while "broken" is true, as a step does whose system is down
        BpmnModelInstance model = Bpmn.createExecutableProcess("failing-step").name("Steg som feiler")
                .camundaHistoryTimeToLive(1).startEvent().name("Start")
                .serviceTask("callOtherSystem").name("Kall et annet system").camundaAsyncBefore()
                .camundaExpression("${broken ? execution.getVariable('unreachable').length() : 'ok'}")
                .endEvent().name("Ferdig").done();
        String deployment = repository.createDeployment().name("incident test")
                .addModelInstance("failing-step.bpmn", model).deploy().getId();
        try {
            String instance = runtime.startProcessInstanceByKey("failing-step", Map.of("broken", true)).getId();

            // The job executor's first try fails; the next is a minute away, not immediate
            Job failed = await().atMost(Duration.ofSeconds(60)).until(() -> jobOf(management, instance),
                    job -> job.getExceptionMessage() != null);
            assertThat(failed.getDuedate().toInstant()).isAfter(Instant.now().plusSeconds(45));
            assertThat(failed.getRetries()).as("five retries configured, at least four left").isGreaterThanOrEqualTo(4);

            // Every retry fails too (run now, instead of waiting 1 min, 5 min, 15 min, …): then an incident
            int retries = 0;
            while (jobOf(management, instance).getRetries() > 0) {
                String job = jobOf(management, instance).getId();
                assertThatThrownBy(() -> management.executeJob(job)).isNotNull();
                retries++;
            }
            assertThat(retries).isEqualTo(failed.getRetries());
            Http admin = Http.as(samspill().baseUrl(), "admin", "demo");
            JsonNode incidents = admin.get("/engine-rest/incident?processInstanceId=" + instance).json();
            assertThat(incidents).hasSize(1);
            assertThat(incidents.get(0).get("incidentType").asText()).isEqualTo("failedJob");

            // The operator mends the cause and retries the job now, as Cockpit's retry does (retries and due date)
            assertThat(admin.put("/engine-rest/process-instance/" + instance + "/variables/broken",
                    Http.json("value", false, "type", "Boolean")).status()).isEqualTo(204);
            String job = jobOf(management, instance).getId();
            assertThat(admin.put("/engine-rest/job/" + job + "/retries", Http.json("retries", 1)).status())
                    .isEqualTo(204);
            assertThat(admin.put("/engine-rest/job/" + job + "/duedate", Http.json("duedate",
                    java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
                            .format(java.time.ZonedDateTime.now()))).status()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(90)).until(() -> runtime.createProcessInstanceQuery()
                    .processInstanceId(instance).count() == 0);
            assertThat(admin.get("/engine-rest/incident?processInstanceId=" + instance).json()).isEmpty();
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    private static Job jobOf(ManagementService management, String instance) {
        return management.createJobQuery().processInstanceId(instance).singleResult();
    }
}
