package no.samspill.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samspill.service.support.Http;
import no.samspill.service.support.Problems;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;

/** Administrators register and remove case-system clients over REST; no one else may. */
public interface ClientAdministrationScenarios {

    String CLIENTS = "/api/v1/admin/case-system-clients";

    RunningSamspill samspill();

    @Test
    default void an_administrator_registers_a_client_that_then_acts_for_its_municipality_only_until_removed() {
        Http admin = Http.as(samspill().baseUrl(), "admin", "demo");
        String clientId = "nytt-sak-" + System.nanoTime() % 100000;
        String secret = "a-long-enough-secret-" + clientId;

        Http.Response created = admin.postJson(CLIENTS, "clientId", clientId, "municipality", "NO-3118",
                "secret", secret, "permissions", List.of("inquiries"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(secret);
        assertThat(samspill().database().queryForObject("select secret_hash from case_system_client where client_id = ?",
                String.class, clientId)).startsWith("{bcrypt}").doesNotContain(secret);
        assertThat(admin.get(CLIENTS).body()).contains("\"clientId\":\"" + clientId + "\"").doesNotContain(secret);

        Http client = Http.as(samspill().baseUrl(), clientId, secret);
        assertThat(client.postJson("/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen",
                "channel", "phone", "service", "forms").status()).isEqualTo(201);
        Problems.assertProblemStatus(client.get("/api/v1/municipalities/NO-3118/service-points"), 403);

        Http.Response removed = admin.send(admin.request(CLIENTS + "/" + clientId).DELETE());
        assertThat(removed.status()).isEqualTo(204);
        assertThat(client.postJson("/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen",
                "channel", "phone", "service", "forms").status()).isEqualTo(401);
    }

    @Test
    default void bad_client_registrations_are_refused_naming_the_field_and_only_administrators_may_register() {
        Http admin = Http.as(samspill().baseUrl(), "admin", "demo");
        Problems.assertProblem(admin.postJson(CLIENTS, "clientId", "x-sak", "municipality", "NO-3118",
                "secret", "a-long-enough-secret", "permissions", List.of("everything")), 400, "permissions",
                "'everything' is not a permission");
        Problems.assertProblem(admin.postJson(CLIENTS, "clientId", "x-sak", "municipality", "NO-9999",
                "secret", "a-long-enough-secret", "permissions", List.of("inquiries")), 400, "municipality",
                "no municipality or county 'NO-9999'");
        Problems.assertProblem(admin.postJson(CLIENTS, "clientId", "x-sak", "municipality", "NO-3118",
                "secret", "short", "permissions", List.of("inquiries")), 400, "secret", "must be 16 to 200");
        Problems.assertProblem(admin.postJson(CLIENTS, "clientId", "io-sak", "municipality", "NO-3118",
                "secret", "a-long-enough-secret", "permissions", List.of("inquiries")), 409, "clientId",
                "a client 'io-sak' exists already");
        assertThat(samspill().database().queryForObject("select count(*) from case_system_client where client_id = 'x-sak'",
                Long.class)).isZero();

        for (String caller : new String[] {"io-sak", "eva", "kari"}) {
            Problems.assertProblemStatus(Http.as(samspill().baseUrl(), caller, "demo").get(CLIENTS), 403);
        }
    }
}
