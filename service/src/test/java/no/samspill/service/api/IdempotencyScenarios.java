package no.samspill.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.UUID;
import no.samspill.service.support.Http;
import no.samspill.service.support.Problems;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;

/**
 * A case system that repeats a POST with the same Idempotency-Key gets the first answer and changes nothing more;
 * the same key for another request is refused.
 */
public interface IdempotencyScenarios {

    String MYSEN_INQUIRIES = "/api/v1/municipalities/NO-3118/inquiries";

    RunningSamspill samspill();

    private Http.Response post(String client, String key, String body) {
        Http http = Http.as(samspill().baseUrl(), client, "demo");
        return http.send(http.request(MYSEN_INQUIRIES.replace("NO-3118", client.equals("io-sak") ? "NO-3118" : "NO-3303"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(BodyPublishers.ofString(body)));
    }

    private long count(String sql) {
        return samspill().database().queryForObject(sql, Long.class);
    }

    @Test
    default void a_repeated_post_gets_the_first_answer_and_changes_nothing_more() {
        String key = UUID.randomUUID().toString();
        String body = "{\"servicePoint\":\"mysen\",\"channel\":\"phone\",\"service\":\"passport\"}";
        Http.Response first = post("io-sak", key, body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long events = count("select count(*) from domain_event_entry");
        long processes = count("select count(*) from act_hi_procinst");

        Http.Response again = post("io-sak", key, body);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(count("select count(*) from domain_event_entry")).isEqualTo(events);
        assertThat(count("select count(*) from act_hi_procinst")).isEqualTo(processes);
    }

    @Test
    default void the_same_key_for_another_request_is_refused_and_changes_nothing() {
        String key = UUID.randomUUID().toString();
        assertThat(post("io-sak", key, "{\"servicePoint\":\"mysen\",\"channel\":\"phone\",\"service\":\"passport\"}")
                .status()).isEqualTo(201);
        long events = count("select count(*) from domain_event_entry");

        Http.Response refused = post("io-sak", key, "{\"servicePoint\":\"mysen\",\"channel\":\"phone\",\"service\":\"tax\"}");

        Problems.assertProblem(refused, 422, "Idempotency-Key", "was used before for another request");
        assertThat(count("select count(*) from domain_event_entry")).isEqualTo(events);
    }

    @Test
    default void a_refusal_is_not_kept_and_keys_belong_to_their_client() {
        String key = UUID.randomUUID().toString();
        String unknownService = "{\"servicePoint\":\"mysen\",\"channel\":\"phone\",\"service\":\"no-such\"}";
        Problems.assertProblem(post("io-sak", key, unknownService), 400, "service", "");
        Problems.assertProblem(post("io-sak", key, unknownService), 400, "service", "");
        assertThat(count("select count(*) from idempotent_request where idempotency_key = '" + key + "'")).isZero();

        // Another municipality's client may use the same key for its own request
        String shared = UUID.randomUUID().toString();
        assertThat(post("io-sak", shared, "{\"servicePoint\":\"mysen\",\"channel\":\"phone\",\"service\":\"forms\"}")
                .status()).isEqualTo(201);
        assertThat(post("kongsberg-sak", shared, "{\"servicePoint\":\"krona\",\"channel\":\"phone\",\"service\":\"forms\"}")
                .status()).isEqualTo(201);
    }
}
