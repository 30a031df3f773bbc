package no.samspill.service.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.samspill.service.support.Http;
import no.samspill.service.support.Problems;
import no.samspill.service.support.RunningSamspill;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A case system finds its inquiries: listed in order of registration, narrowed by status, service point, service,
 * channel, registration days and its own reference, a page at a time by cursor and Link header; bad filters are
 * problems naming the parameter; another municipality's inquiries never show.
 */
public interface InquiryListScenarios {

    String LIST = "/api/v1/municipalities/NO-3118/inquiries";

    RunningSamspill samspill();

    private Http ioSak() {
        return Http.as(samspill().baseUrl(), "io-sak", "demo");
    }

    private String register(String channel, String service, String reference) {
        Http.Response registered = ioSak().postJson(LIST, "servicePoint", "mysen", "channel", channel,
                "service", service, "externalReference", reference);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().get("id").asText();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    @Test
    default void a_case_system_lists_its_inquiries_filtered_and_page_by_page_in_order_of_registration() {
        String reference = "LIST-" + System.nanoTime();
        String first = register("in-person", "passport", reference);
        String second = register("phone", "passport", reference);
        String third = register("in-person", "forms", reference);
        String byReference = LIST + "?externalReference=" + reference;
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ids(ioSak().get(byReference).json())).containsExactly(first, second, third));

        // Two pages of two: the first names the next in its body and its Link header, the last names none
        Http.Response page = ioSak().get(byReference + "&limit=2");
        assertThat(ids(page.json())).containsExactly(first, second);
        String link = page.header("Link");
        assertThat(link).endsWith("; rel=\"next\"").contains("after=" + page.json().get("next").asText());
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        Http.Response last = ioSak().get(next.substring(next.indexOf("/api/")));
        assertThat(ids(last.json())).containsExactly(third);
        assertThat(last.json().has("next") && !last.json().get("next").isNull()).isFalse();
        assertThat(last.header("Link")).isNull();

        // Filters combine
        assertThat(ids(ioSak().get(byReference + "&channel=in-person").json())).containsExactly(first, third);
        assertThat(ids(ioSak().get(byReference + "&service=forms").json())).containsExactly(third);
        assertThat(ids(ioSak().get(byReference + "&channel=in-person&service=passport&servicePoint=mysen").json()))
                .containsExactly(first);
        String today = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1).toString();
        assertThat(ids(ioSak().get(byReference + "&registeredFrom=" + today + "&registeredTo=" + today).json()))
                .containsExactly(first, second, third);
        assertThat(ids(ioSak().get(byReference + "&registeredFrom=" + tomorrow).json())).isEmpty();
        JsonNode listed = ioSak().get(byReference + "&service=forms").json().get("items").get(0);
        assertThat(listed.get("status").asText()).isEqualTo("registered");
        assertThat(listed.get("externalReference").asText()).isEqualTo(reference);
        assertThat(java.time.Instant.parse(listed.get("registeredAt").asText()))
                .isBetween(java.time.Instant.now().minusSeconds(600), java.time.Instant.now());

        // A status follows the inquiry's events
        assertThat(ioSak().postJson(LIST + "/" + second + "/withdrawal", "reason", "duplicate").status())
                .isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ids(ioSak().get(byReference + "&status=withdrawn").json())).containsExactly(second));
        assertThat(ids(ioSak().get(byReference + "&status=registered").json())).containsExactly(first, third);

        // Another municipality's case system sees none of them, and cannot list Indre Østfold's
        assertThat(ids(Http.as(samspill().baseUrl(), "kongsberg-sak", "demo")
                .get("/api/v1/municipalities/NO-3303/inquiries?externalReference=" + reference).json())).isEmpty();
        assertThat(Http.as(samspill().baseUrl(), "kongsberg-sak", "demo").get(byReference).status()).isEqualTo(404);
    }

    @Test
    default void a_bad_filter_is_a_problem_naming_the_parameter() {
        Problems.assertProblem(ioSak().get(LIST + "?status=lost"), 400, "status", "unknown value 'lost'");
        Problems.assertProblem(ioSak().get(LIST + "?channel=pigeon"), 400, "channel", "unknown value 'pigeon'");
        Problems.assertProblem(ioSak().get(LIST + "?service=moon-landing"), 400, "service",
                "unknown value 'moon-landing'");
        Problems.assertProblem(ioSak().get(LIST + "?limit=0"), 400, "limit", "must be between 1 and 200");
        Problems.assertProblem(ioSak().get(LIST + "?limit=201"), 400, "limit", "must be between 1 and 200");
        Problems.assertProblem(ioSak().get(LIST + "?after=not-a-cursor"), 400, "after", "is not a cursor");
        Problems.assertProblem(ioSak().get(LIST + "?registeredFrom=2026-12-07&registeredTo=2026-12-01"), 400,
                "registeredTo", "must not be before registeredFrom");
        Problems.assertProblemStatus(ioSak().get(LIST + "?registeredFrom=yesterday"), 400);
    }
}
