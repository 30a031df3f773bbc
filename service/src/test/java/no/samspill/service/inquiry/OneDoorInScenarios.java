package no.samspill.service.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;

/** One door in at Krona, Kongsberg (demo): the library's desk sends the citizen on to the service centre's. */
public interface OneDoorInScenarios {

    String KRONA_INQUIRIES = "/api/v1/municipalities/NO-3303/inquiries";

    RunningSamspill samspill();

    @Test
    default void at_krona_the_library_sends_the_citizen_to_the_service_centre_which_resolves() {
        Http kongsberg = Http.as(samspill().baseUrl(), "kongsberg-sak", "demo");
        Http lise = Http.as(samspill().baseUrl(), "lise", "demo");
        Http omar = Http.as(samspill().baseUrl(), "omar", "demo");

        Http.Response created = kongsberg.postJson(KRONA_INQUIRIES, "servicePoint", "krona", "channel", "in-person",
                "service", "passport", "desk", "library");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("model").asText()).isEqualTo("one-door-in");
        assertThat(created.json().get("route").asText()).isEqualTo("send-to-desk");

        // Lise at the library's desk sees it; Omar at the service centre does not, yet
        assertThat(omar.get("/engine-rest/task?processInstanceBusinessKey=" + id).json()).isEmpty();
        JsonNode atLibrary = lise.get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0);
        assertThat(atLibrary.get("name").asText()).isEqualTo("Betjen innbyggeren i skranken");
        lise.postJson("/engine-rest/task/" + atLibrary.get("id").asText() + "/claim", "userId", "lise");
        assertThat(lise.post("/engine-rest/task/" + atLibrary.get("id").asText() + "/submit-form",
                "{\"variables\":{\"outcome\":{\"value\":\"sent-to-desk\"},\"sendToDesk\":{\"value\":\"service-centre\"}}}")
                .status()).isEqualTo(204);

        // Omar at the service centre now has it, and resolves it
        assertThat(lise.get("/engine-rest/task?processInstanceBusinessKey=" + id).json()).isEmpty();
        JsonNode atServiceCentre = omar.get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0);
        omar.postJson("/engine-rest/task/" + atServiceCentre.get("id").asText() + "/claim", "userId", "omar");
        assertThat(omar.post("/engine-rest/task/" + atServiceCentre.get("id").asText() + "/submit-form",
                "{\"variables\":{\"outcome\":{\"value\":\"resolved\"}}}").status()).isEqualTo(204);

        JsonNode inquiry = kongsberg.get(KRONA_INQUIRIES + "/" + id).json();
        assertThat(inquiry.get("status").asText()).isEqualTo("resolved");
        List<String> history = StreamSupport.stream(inquiry.get("history").spliterator(), false)
                .map(entry -> entry.get("type").asText()).toList();
        assertThat(history).containsExactly("InquiryRegistered", "InquiryRouted", "InquiryTaken", "InquiryReferred",
                "InquiryTaken", "InquiryResolved");

        // Another municipality's client learns nothing of it
        assertThat(Http.as(samspill().baseUrl(), "io-sak", "demo").get(KRONA_INQUIRIES + "/" + id).status())
                .isEqualTo(404);
        assertThat(Http.as(samspill().baseUrl(), "io-sak", "demo")
                .get("/api/v1/municipalities/NO-3118/inquiries/" + id).status()).isEqualTo(404);
    }
}
