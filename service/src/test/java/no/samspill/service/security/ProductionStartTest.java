package no.samspill.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.security.SecureRandom;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import no.samspill.service.support.TasklistSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A municipality's IT starts Samspill with the production profile: it refuses to start while a setting is missing
 * or unsafe, naming each; given them, its first administrator comes from configuration, Camunda's first-run page
 * stays closed to visitors, no demo user exists, and staff passwords follow the policy and are hashed with BCrypt.
 */
class ProductionStartTest {

    private static final String ADMIN_PASSWORD = "Fylkeshuset-2026!";

    private static String newMasterKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static Map<String, Object> onH2(Path folder) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("samspill") + ";DB_CLOSE_ON_EXIT=FALSE");
        return settings;
    }

    @Test
    void production_names_every_missing_or_unsafe_setting_and_creates_nothing(@TempDir Path folder) throws Exception {
        Map<String, Object> missing = onH2(folder);
        missing.put(RunningSamspill.ERASURE_LEDGER, ""); // (the test harness would otherwise give one)
        assertThatThrownBy(() -> RunningSamspill.start("production", missing))
                .hasStackTraceContaining("SAMSPILL_PERSONAL_DATA_ERASURE_LEDGER")
                .hasStackTraceContaining("SAMSPILL_ADMIN_USER")
                .hasStackTraceContaining("SAMSPILL_ADMIN_PASSWORD")
                .hasStackTraceContaining("SAMSPILL_PERSONAL_DATA_MASTER_KEY");

        Map<String, Object> unsafe = onH2(folder);
        unsafe.put("camunda.bpm.admin-user.id", "it-admin");
        unsafe.put("camunda.bpm.admin-user.password", "demo");
        unsafe.put("samspill.personal-data.master-key", ProductionSettings.DEMO_MASTER_KEY);
        assertThatThrownBy(() -> RunningSamspill.start("production,demo", unsafe))
                .hasStackTraceContaining("the demo is on")
                .hasStackTraceContaining("SAMSPILL_ADMIN_PASSWORD: at least 12 characters")
                .hasStackTraceContaining("is the demo's public key");

        try (var files = Files.list(folder)) {
            assertThat(files).as("no database was created").isEmpty();
        }
    }

    @Test
    void production_starts_with_its_configured_administrator_and_no_open_setup_page(@TempDir Path folder) {
        Map<String, Object> settings = onH2(folder);
        settings.put("camunda.bpm.admin-user.id", "it-admin");
        settings.put("camunda.bpm.admin-user.password", ADMIN_PASSWORD);
        settings.put("samspill.personal-data.master-key", newMasterKey());
        try (RunningSamspill samspill = RunningSamspill.start("production", settings)) {
            String base = samspill.baseUrl();
            assertThat(TasklistSession.loginAnswer(base, "cockpit", "it-admin", ADMIN_PASSWORD).status()).isEqualTo(200);
            assertThat(TasklistSession.loginAnswer(base, "cockpit", "admin", "demo").status()).isEqualTo(401);
            long users = samspill.database().queryForObject("select count(*) from act_id_user", Long.class);

            // A visitor tries Camunda's first-run page to make themselves administrator
            Http visitor = Http.anonymous(base);
            visitor.get("/camunda/app/admin/default/setup/");
            Http.Response setup = visitor.postJson("/camunda/api/admin/setup/default/user/create",
                    "profile", Map.of("id", "mallory", "firstName", "M", "lastName", "M", "email", "m@example.org"),
                    "credentials", Map.of("password", "Mallory-2026!x"));
            assertThat(setup.status()).isEqualTo(403);
            assertThat(samspill.database().queryForObject("select count(*) from act_id_user", Long.class))
                    .isEqualTo(users);

            // Staff passwords follow the policy, and are stored as BCrypt hashes
            Http admin = Http.as(base, "it-admin", ADMIN_PASSWORD);
            Http.Response weak = admin.postJson("/engine-rest/user/create", "profile", Map.of("id", "kari",
                    "firstName", "Kari", "lastName", "Nordmann"), "credentials", Map.of("password", "demo"));
            // Camunda's own user API refuses it (with a 500 of its own making) and creates nobody
            assertThat(weak.status()).as(weak.toString()).isGreaterThanOrEqualTo(400);
            assertThat(weak.body()).contains("Password does not match policy");
            assertThat(samspill.database().queryForObject("select count(*) from act_id_user where id_ = 'kari'",
                    Long.class)).isZero();
            assertThat(admin.postJson("/engine-rest/user/create", "profile", Map.of("id", "kari",
                    "firstName", "Kari", "lastName", "Nordmann"), "credentials", Map.of("password", "Skranke-Mysen-42!"))
                    .status()).isEqualTo(204);
            // A webhook may not point at this machine or its private network, nor be plain http
            Http itAdmin = Http.as(base, "it-admin", ADMIN_PASSWORD);
            assertThat(itAdmin.postJson("/engine-rest/tenant/create", "id", "NO-3118", "name", "Indre Østfold")
                    .status()).isEqualTo(204);
            assertThat(itAdmin.postJson("/api/v1/admin/case-system-clients", "clientId", "io-sak", "municipality",
                    "NO-3118", "secret", "en-lang-hemmelighet-1", "permissions", java.util.List.of("inquiries"))
                    .status()).isEqualTo(201);
            for (String inside : new String[] {"https://127.0.0.1:8080/actuator", "https://169.254.169.254/latest/",
                    "https://10.1.2.3/hook", "http://93.184.216.34/hook"}) {
                Http.Response refused = itAdmin.put("/api/v1/admin/case-system-clients/io-sak/webhook",
                        Http.json("url", inside, "secret", "webhook-hemmelighet-1"));
                assertThat(refused.status()).as(inside).isEqualTo(400);
                assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("url");
            }
            assertThat(samspill.database().queryForObject("select count(*) from webhook_subscription", Long.class))
                    .isZero();

            // Operators' metrics and the administrators' part of the API description are not for anonymous callers
            assertThat(visitor.get("/actuator/prometheus").status()).isEqualTo(401);
            assertThat(Http.as(base, "it-admin", ADMIN_PASSWORD).get("/actuator/prometheus").status()).isEqualTo(200);
            assertThat(visitor.get("/v3/api-docs").body()).contains("/api/v1/municipalities")
                    .doesNotContain("/api/v1/admin/");

            assertThat(samspill.database().queryForObject("select pwd_ from act_id_user where id_ = 'kari'",
                    String.class)).startsWith("{BCRYPT}$2a$");
            assertThat(Http.as(base, "kari", "Skranke-Mysen-42!").get("/engine-rest/user/kari/profile").status())
                    .as("signed in").isNotEqualTo(401);
        }
    }

    @Test
    void a_database_that_ran_the_demo_does_not_start_in_production_while_the_demo_password_opens_it(
            @TempDir Path folder) {
        RunningSamspill.start("demo", onH2(folder)).close();

        Map<String, Object> settings = onH2(folder);
        settings.put("camunda.bpm.admin-user.id", "it-admin");
        settings.put("camunda.bpm.admin-user.password", ADMIN_PASSWORD);
        settings.put("samspill.personal-data.master-key", newMasterKey());
        assertThatThrownBy(() -> RunningSamspill.start("production", settings))
                .hasStackTraceContaining("the demo's public password 'demo' still opens")
                .hasStackTraceContaining("staff user kari")
                .hasStackTraceContaining("case-system client io-sak");
    }
}
