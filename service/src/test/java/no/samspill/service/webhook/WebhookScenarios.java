package no.samspill.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import no.samspill.service.support.Http;
import no.samspill.service.support.Problems;
import no.samspill.service.support.RunningSamspill;
import no.samspill.service.support.WebhookReceiver;
import no.samspill.service.support.WebhookReceiver.Received;
import org.junit.jupiter.api.Test;

/**
 * Notifications back to a case system, delivered to a real HTTP receiver: signed, retried with back-off until
 * answered, parked when the receiver stays down and re-sent by an administrator. The test's settings make the waits
 * short (first retry 0.2 s, four attempts).
 */
public interface WebhookScenarios {

    String CLIENT_WEBHOOK = "/api/v1/admin/case-system-clients/bibliotekby-sak/webhook";
    String SECRET = "bibliotekby-webhook-secret";
    String INQUIRIES = "/api/v1/municipalities/DK-0999/inquiries";

    RunningSamspill samspill();

    private Http admin() {
        return Http.as(samspill().baseUrl(), "admin", "demo");
    }

    private String digitalInquiry() {
        Http.Response created = Http.as(samspill().baseUrl(), "bibliotekby-sak", "demo").postJson(INQUIRIES,
                "servicePoint", "hovedbiblioteket", "channel", "digital", "service", "forms",
                "citizenId", "0101191234");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    default void a_referred_out_and_then_resolved_inquiry_is_posted_signed_and_retried_until_answered() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            assertThat(admin().put(CLIENT_WEBHOOK, Http.json("url", receiver.url(), "secret", SECRET)).status())
                    .isEqualTo(200);
            try {
                receiver.failNext(2);
                String inquiry = digitalInquiry();
                Http.as(samspill().baseUrl(), "bibliotekby-sak", "demo").post(INQUIRIES + "/" + inquiry
                        + "/case-system-answer", "{}");

                await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().stream()
                        .filter(received -> received.answeredWith() == 204).count() == 2);
                List<Received> all = receiver.received();
                assertThat(all).hasSizeGreaterThanOrEqualTo(4); // two refused attempts, then both delivered
                List<JsonNode> delivered = all.stream().filter(received -> received.answeredWith() == 204)
                        .map(received -> read(received.body())).toList();
                assertThat(delivered).extracting(payload -> payload.get("type").asText())
                        .containsExactlyInAnyOrder("inquiry.referred-out", "inquiry.resolved");
                assertThat(delivered).allSatisfy(payload -> {
                    assertThat(payload.get("inquiryId").asText()).isEqualTo(inquiry);
                    assertThat(payload.get("municipality").asText()).isEqualTo("DK-0999");
                });
                for (Received received : all) {
                    String timestamp = received.headers().get("samspill-timestamp");
                    assertThat(received.headers().get("samspill-signature"))
                            .isEqualTo("v1=" + WebhookDispatcher.signature(SECRET, timestamp, received.body()));
                    assertThat(received.body()).doesNotContain("0101191234", "citizen");
                }
                // The same event is the same message, however often it was tried
                assertThat(all.stream().map(received -> received.headers().get("samspill-event-id")).distinct())
                        .hasSize(2);
            } finally {
                admin().delete(CLIENT_WEBHOOK);
            }
        }
    }

    @Test
    default void a_message_the_receiver_never_takes_is_parked_and_an_administrator_sends_it_again() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            admin().put(CLIENT_WEBHOOK, Http.json("url", receiver.url(), "secret", SECRET));
            try {
                receiver.goDown();
                String inquiry = digitalInquiry();

                JsonNode parked = await().atMost(Duration.ofSeconds(30)).until(() -> parkedFor(inquiry), found -> found != null);
                assertThat(parked.get("attempts").asInt()).isEqualTo(4);
                assertThat(parked.get("lastError").asText()).isEqualTo("answered 503");
                assertThat(receiver.received()).hasSize(4);

                receiver.recover();
                assertThat(admin().post("/api/v1/admin/webhooks/" + parked.get("id").asText() + "/resend", "")
                        .status()).isEqualTo(202);
                await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().stream()
                        .anyMatch(received -> received.answeredWith() == 204));
                assertThat(parkedFor(inquiry)).isNull();
                assertThat(samspill().database().queryForObject("select state from webhook_outbox where id = ?",
                        String.class, parked.get("id").asText())).isEqualTo("delivered");
            } finally {
                admin().delete(CLIENT_WEBHOOK);
            }
        }
    }

    @Test
    default void webhooks_are_set_by_administrators_only_and_bad_settings_are_refused() {
        Problems.assertProblem(admin().put(CLIENT_WEBHOOK, Http.json("url", "ftp://example.org/x", "secret", SECRET)),
                400, "url", "must be an absolute https address");
        Problems.assertProblem(admin().put(CLIENT_WEBHOOK, Http.json("url", "https://example.org/x", "secret", "short")),
                400, "secret", "must be 16 to 200 characters");
        Problems.assertProblemStatus(admin().put("/api/v1/admin/case-system-clients/nobody/webhook",
                Http.json("url", "https://example.org/x", "secret", SECRET)), 404);
        Problems.assertProblemStatus(Http.as(samspill().baseUrl(), "bibliotekby-sak", "demo").put(CLIENT_WEBHOOK,
                Http.json("url", "https://example.org/x", "secret", SECRET)), 403);
        Problems.assertProblem(admin().get("/api/v1/admin/webhooks?state=lost"), 400, "state", "unknown value 'lost'");
        assertThat(samspill().database().queryForObject("select count(*) from webhook_subscription", Long.class))
                .isZero();
    }

    private JsonNode parkedFor(String inquiry) {
        JsonNode parked = admin().get("/api/v1/admin/webhooks?state=parked").json();
        return StreamSupport.stream(parked.spliterator(), false)
                .filter(entry -> samspill().database().queryForObject("select payload from webhook_outbox where id = ?",
                        String.class, entry.get("id").asText()).contains(inquiry))
                .findFirst().orElse(null);
    }

    private static JsonNode read(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (Exception unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
