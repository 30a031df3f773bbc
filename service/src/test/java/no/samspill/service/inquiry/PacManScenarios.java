package no.samspill.service.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import no.samspill.service.support.Http;
import no.samspill.service.support.Problems;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;

/** PAC-man at Hovedbiblioteket, Bibliotekby (demo): digital inquiries go to the case system and are answered there. */
public interface PacManScenarios {

    String BIBLIOTEKBY_INQUIRIES = "/api/v1/municipalities/DK-0999/inquiries";

    RunningSamspill samspill();

    @Test
    default void a_digital_inquiry_goes_to_the_case_system_and_is_answered_there() {
        Http bibliotekby = Http.as(samspill().baseUrl(), "bibliotekby-sak", "demo");
        Http.Response created = bibliotekby.postJson(BIBLIOTEKBY_INQUIRIES, "servicePoint", "hovedbiblioteket",
                "channel", "digital", "service", "forms");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("route").asText()).isEqualTo("route-out-digitally");
        assertThat(created.json().get("handledLocally").asBoolean()).isFalse();

        // It never reaches a library desk
        assertThat(Http.as(samspill().baseUrl(), "mette", "demo")
                .get("/engine-rest/task?processInstanceBusinessKey=" + id).json()).isEmpty();

        Http.Response answered = bibliotekby.post(BIBLIOTEKBY_INQUIRIES + "/" + id + "/case-system-answer", "{}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        JsonNode inquiry = answered.json();
        assertThat(inquiry.get("status").asText()).isEqualTo("resolved");
        assertThat(inquiry.get("notHandledLocallyReason").asText()).isEqualTo("digital-handled-by-municipality");

        // A second answer finds nothing waiting
        Problems.assertProblem(bibliotekby.post(BIBLIOTEKBY_INQUIRIES + "/" + id + "/case-system-answer", "{}"),
                422, "inquiry", "the inquiry is not waiting for an answer from the case system");
    }

    @Test
    default void at_the_library_desk_mette_serves_what_the_library_offers() {
        Http bibliotekby = Http.as(samspill().baseUrl(), "bibliotekby-sak", "demo");
        Http mette = Http.as(samspill().baseUrl(), "mette", "demo");
        String id = bibliotekby.postJson(BIBLIOTEKBY_INQUIRIES, "servicePoint", "hovedbiblioteket",
                "channel", "in-person", "service", "digital-guidance").json().get("id").asText();

        JsonNode task = mette.get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0);
        assertThat(task.get("name").asText()).isEqualTo("Betjen borgeren i bibliotekets skranke");
        mette.postJson("/engine-rest/task/" + task.get("id").asText() + "/claim", "userId", "mette");
        assertThat(mette.post("/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                "{\"variables\":{\"outcome\":{\"value\":\"resolved\"}}}").status()).isEqualTo(204);
        assertThat(bibliotekby.get(BIBLIOTEKBY_INQUIRIES + "/" + id).json().get("status").asText()).isEqualTo("resolved");
    }
}
