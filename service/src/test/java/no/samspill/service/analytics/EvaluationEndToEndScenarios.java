package no.samspill.service.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.service.support.Browser;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * An evaluator's figures, end to end, on a fresh Samspill with nothing else in it: a fixed history of eight
 * inquiries, registered by the municipalities' case systems over REST and worked by staff through Tasklist's API,
 * one model's way each, then the model comparison read as JSON, as CSV and on the analytics page in a real browser.
 * Every figure is computed here by hand from the history (shares, and the Wilson intervals by their formula).
 * <p>
 * Total collaboration at Mysen: resolved at the shared desk (first contact); referred to the specialists, who
 * resolve; the citizen leaves. Hybrid at Drammen: a passport, offered only at Svelvik, resolved there (not first
 * contact); a loan resolved at the main library. PAC-man at Hovedbiblioteket: a digital form routed out and answered
 * by the case system (not first contact); a loan resolved at the desk. One door in at Krona: a passport brought to
 * the library's desk, sent to the service centre's desk (a referral), resolved there.
 */
public interface EvaluationEndToEndScenarios {

    RunningSamspill samspill();

    /** Model → {inquiries, resolved at first contact, referrals, not handled locally, abandoned}, by hand. */
    Map<String, int[]> BY_HAND = Map.of(
            "total-collaboration", new int[] {3, 1, 1, 0, 1},
            "hybrid", new int[] {2, 1, 0, 1, 0},
            "pac-man", new int[] {2, 1, 0, 1, 0},
            "one-door-in", new int[] {1, 0, 1, 0, 0});

    @Test
    default void a_fixed_history_worked_through_the_api_and_tasklist_gives_the_hand_computed_figures_everywhere()
            throws Exception {
        registerAndWorkTheHistory();
        String today = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
        String models = "/api/v1/analytics/models?from=" + today + "&to=" + today;
        Http eva = Http.as(samspill().baseUrl(), "eva", "demo");
        // JSON, once the analytics have read every event of the history (they follow the log after the fact)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, JsonNode> json = new HashMap<>();
            eva.get(models).json().forEach(row -> json.put(row.get("model").asText(), row.get("measures")));
            assertThat(json).containsOnlyKeys(BY_HAND.keySet());
            BY_HAND.forEach((model, hand) -> {
                JsonNode measures = json.get(model);
                double n = hand[0];
                assertThat(measures.get("inquiries").asInt()).as(model).isEqualTo(hand[0]);
                assertThat(measures.get("resolvedAtFirstContactShare").asDouble()).as(model)
                        .isCloseTo(hand[1] / n, within(0.0005));
                double[] wilson = wilson(hand[1], hand[0]);
                assertThat(measures.get("resolvedAtFirstContactInterval").get("low").asDouble()).as(model)
                        .isCloseTo(wilson[0], within(0.0005));
                assertThat(measures.get("resolvedAtFirstContactInterval").get("high").asDouble()).as(model)
                        .isCloseTo(wilson[1], within(0.0005));
                assertThat(measures.get("referralsPerInquiry").asDouble()).as(model)
                        .isCloseTo(hand[2] / n, within(0.0005));
                assertThat(measures.get("notHandledLocallyShare").asDouble()).as(model)
                        .isCloseTo(hand[3] / n, within(0.0005));
                assertThat(measures.get("abandonedShare").asDouble()).as(model)
                        .isCloseTo(hand[4] / n, within(0.0005));
            });
        });

        // CSV, as a spreadsheet or a script asks for it
        Http.Response csv = eva.send(eva.request(models).header("Accept", "text/csv").GET());
        assertThat(csv.status()).isEqualTo(200);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().replace("\uFEFF", ""))).getRecords();
        assertThat(records).hasSize(BY_HAND.size());
        for (CSVRecord record : records) {
            int[] hand = BY_HAND.get(record.get("model"));
            double[] wilson = wilson(hand[1], hand[0]);
            assertThat(Integer.parseInt(record.get("inquiries"))).isEqualTo(hand[0]);
            assertThat(Double.parseDouble(record.get("resolved_at_first_contact_share")))
                    .isCloseTo(hand[1] / (double) hand[0], within(0.0005));
            assertThat(Double.parseDouble(record.get("resolved_at_first_contact_low"))).isCloseTo(wilson[0], within(0.0005));
            assertThat(Double.parseDouble(record.get("resolved_at_first_contact_high"))).isCloseTo(wilson[1], within(0.0005));
            assertThat(Double.parseDouble(record.get("not_handled_locally_share")))
                    .isCloseTo(hand[3] / (double) hand[0], within(0.0005));
        }

        // The page, as the evaluator sees it in Norwegian: share and interval with a decimal comma
        Map<String, String> names = Map.of("total-collaboration", "Totalt samarbeid", "hybrid", "Hybrid",
                "pac-man", "PAC-man", "one-door-in", "En dør inn");
        try (Browser browser = Browser.open(samspill().baseUrl(), "nb")) {
            browser.openPage("/analytics").waitForText("Evaluering av samorganiseringsmodeller");
            browser.fill("#user", "eva").fill("#password", "demo").press("#login button")
                    .waitUntil("return document.body.dataset.shown === 'true'");
            browser.script("document.getElementById('from').value = '" + today + "'; "
                    + "document.getElementById('to').value = '" + today + "'; document.body.dataset.shown = 'false'");
            browser.press("#period button").waitUntil("return document.body.dataset.shown === 'true'");
            Object rows = browser.script("return Array.from(document.querySelectorAll('#models-table tbody tr'))"
                    + ".map(tr => Array.from(tr.cells).map(td => td.textContent).join('|'))");
            assertThat((List<?>) rows).hasSize(BY_HAND.size());
            BY_HAND.forEach((model, hand) -> {
                double[] wilson = wilson(hand[1], hand[0]);
                String firstContact = tenths(100.0 * hand[1] / hand[0]) + " % (" + tenths(100 * wilson[0]) + "–"
                        + tenths(100 * wilson[1]) + ")";
                assertThat((List<?>) rows).as(model).anyMatch(row -> row.toString()
                        .startsWith(names.get(model) + "|" + hand[0] + "|" + firstContact + "|"));
            });
        }
    }

    /** The Wilson score interval for {@code successes} of {@code n} at 95 %, worked out from its formula. */
    private static double[] wilson(int successes, int n) {
        double z = 1.959963984540054;
        double p = successes / (double) n;
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    private static String tenths(double value) {
        return String.format(Locale.forLanguageTag("nb-NO"), "%.1f", value);
    }

    private void registerAndWorkTheHistory() {
        // Total collaboration, Mysen
        String resolved = register("io-sak", "NO-3118", "mysen", "in-person", "forms", null);
        work("kari", resolved, "outcome", "resolved");
        String referred = register("io-sak", "NO-3118", "mysen", "phone", "housing", null);
        work("kari", referred, "outcome", "referred", "competence", "citizen-service",
                "referralReason", "special-competence");
        work("per", referred, "outcome", "resolved");
        String left = register("io-sak", "NO-3118", "mysen", "in-person", "loans-returns", null);
        work("kari", left, "outcome", "abandoned");
        // Hybrid, Drammen: the passport is offered only at Svelvik
        String passport = register("drammen-sak", "NO-3301", "drammen-bibliotek", "in-person", "passport", null);
        work("sverre", passport, "outcome", "resolved");
        String loan = register("drammen-sak", "NO-3301", "drammen-bibliotek", "in-person", "loans-returns", null);
        work("hanne", loan, "outcome", "resolved");
        // PAC-man, Hovedbiblioteket: the digital form goes out to the case system, which answers it
        String digital = register("bibliotekby-sak", "DK-0999", "hovedbiblioteket", "digital", "forms", null);
        Http bibliotekby = Http.as(samspill().baseUrl(), "bibliotekby-sak", "demo");
        assertThat(bibliotekby.post("/api/v1/municipalities/DK-0999/inquiries/" + digital + "/case-system-answer",
                "{}").status()).isEqualTo(200);
        String atDesk = register("bibliotekby-sak", "DK-0999", "hovedbiblioteket", "in-person", "loans-returns", null);
        work("mette", atDesk, "outcome", "resolved");
        // One door in, Krona: brought to the library's desk, sent on to the service centre's
        String moved = register("kongsberg-sak", "NO-3303", "krona", "in-person", "passport", "library");
        work("lise", moved, "outcome", "sent-to-desk", "sendToDesk", "service-centre");
        work("omar", moved, "outcome", "resolved");
    }

    private String register(String client, String municipality, String servicePoint, String channel, String service,
                            String desk) {
        Http caseSystem = Http.as(samspill().baseUrl(), client, "demo");
        Http.Response created = desk == null
                ? caseSystem.postJson("/api/v1/municipalities/" + municipality + "/inquiries", "servicePoint",
                        servicePoint, "channel", channel, "service", service)
                : caseSystem.postJson("/api/v1/municipalities/" + municipality + "/inquiries", "servicePoint",
                        servicePoint, "channel", channel, "service", service, "desk", desk);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** The staff member claims the inquiry's open task in Tasklist and submits its form with these answers. */
    private void work(String staff, String inquiryId, String... answers) {
        Http desk = Http.as(samspill().baseUrl(), staff, "demo");
        JsonNode tasks = desk.get("/engine-rest/task?processInstanceBusinessKey=" + inquiryId).json();
        assertThat(tasks).as("%s's tasks for %s", staff, inquiryId).hasSize(1);
        String taskId = tasks.get(0).get("id").asText();
        assertThat(desk.postJson("/engine-rest/task/" + taskId + "/claim", "userId", staff).status()).isEqualTo(204);
        StringBuilder variables = new StringBuilder();
        for (int i = 0; i < answers.length; i += 2) {
            variables.append(i == 0 ? "" : ",").append('"').append(answers[i]).append("\":{\"value\":\"")
                    .append(answers[i + 1]).append("\"}");
        }
        Http.Response completed = desk.post("/engine-rest/task/" + taskId + "/submit-form",
                "{\"variables\":{" + variables + "}}");
        assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
    }
}
