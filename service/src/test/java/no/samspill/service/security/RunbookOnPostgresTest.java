package no.samspill.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import no.samspill.service.support.TasklistSession;
import org.junit.jupiter.api.Test;

/**
 * The README's runbook, followed as a municipality's IT would: an empty PostgreSQL, the production profile, a staff
 * member, the municipality declared, its case system registered, and the first inquiry in Tasklist, resolved.
 */
class RunbookOnPostgresTest {

    private static final String ADMIN_PASSWORD = "Rådhuset-Kl0kka-12!";

    @Test
    void from_an_empty_postgresql_to_a_first_inquiry_resolved_in_tasklist() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
            // 1-2. An empty database; the production profile with its settings
            Map<String, Object> settings = new HashMap<>();
            settings.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
            settings.put("spring.datasource.username", "postgres");
            settings.put("spring.datasource.password", "postgres");
            settings.put("camunda.bpm.admin-user.id", "it-admin");
            settings.put("camunda.bpm.admin-user.password", ADMIN_PASSWORD);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            settings.put("samspill.personal-data.master-key", Base64.getEncoder().encodeToString(key));
            try (RunningSamspill samspill = RunningSamspill.start("postgres,production", settings)) {
                Http admin = Http.as(samspill.baseUrl(), "it-admin", ADMIN_PASSWORD);

                // 3. A staff member
                assertThat(admin.postJson("/engine-rest/user/create", "profile", Map.of("id", "solveig",
                        "firstName", "Solveig", "lastName", "Nordmann"), "credentials",
                        Map.of("password", "Skranke-Alta-2027!")).status()).isEqualTo(204);

                // 4. The municipality, declared
                Http.Response declared = admin.put("/api/v1/admin/municipalities/NO-5601", Http.json(
                        "name", "Alta", "language", "nb",
                        "servicePoints", List.of(Map.of("code", "alta-bibliotek", "name", "Alta bibliotek",
                                "model", "total-collaboration", "desks", List.of(Map.of("code", "shared-desk",
                                        "name", "Felles skranke", "competence", "generalist")))),
                        "staff", List.of(Map.of("user", "solveig", "servicePoint", "alta-bibliotek",
                                "role", "generalist"))));
                assertThat(declared.status()).as(declared.toString()).isEqualTo(201);

                // 5. Its case system
                assertThat(admin.postJson("/api/v1/admin/case-system-clients", "clientId", "alta-sak",
                        "municipality", "NO-5601", "secret", "alta-sak-hemmelighet-1",
                        "permissions", List.of("inquiries")).status()).isEqualTo(201);

                // 6. The first inquiry, waiting in Tasklist for Solveig, who resolves it
                Http.Response registered = Http.as(samspill.baseUrl(), "alta-sak", "alta-sak-hemmelighet-1")
                        .postJson("/api/v1/municipalities/NO-5601/inquiries", "servicePoint", "alta-bibliotek",
                                "channel", "in-person", "service", "loans-returns");
                assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
                String inquiry = registered.json().get("id").asText();
                TasklistSession solveig = TasklistSession.login(samspill.baseUrl(), "solveig", "Skranke-Alta-2027!");
                JsonNode task = solveig.engine("task?processInstanceBusinessKey=" + inquiry).json().get(0);
                assertThat(task.get("name").asText()).isEqualTo("Betjen innbyggeren i felles skranke");
                assertThat(solveig.engine("task/" + task.get("id").asText() + "/claim",
                        Http.json("userId", "solveig")).status()).isEqualTo(204);
                assertThat(solveig.engine("task/" + task.get("id").asText() + "/submit-form",
                        "{\"variables\":{\"outcome\":{\"value\":\"resolved\"}}}").status()).isEqualTo(204);
                assertThat(Http.as(samspill.baseUrl(), "alta-sak", "alta-sak-hemmelighet-1")
                        .get("/api/v1/municipalities/NO-5601/inquiries/" + inquiry).json().get("status").asText())
                        .isEqualTo("resolved");
            }
        }
    }
}
