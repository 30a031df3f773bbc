package no.samspill.service.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;

/** Hybrid in Drammen (demo): the main library and Svelvik, one management, two locations, one joint team. */
public interface HybridScenarios {

    String DRAMMEN_INQUIRIES = "/api/v1/municipalities/NO-3301/inquiries";

    RunningSamspill samspill();

    @Test
    default void a_passport_inquiry_at_the_library_is_referred_to_svelvik_and_resolved_there() {
        Http drammen = Http.as(samspill().baseUrl(), "drammen-sak", "demo");
        Http sverre = Http.as(samspill().baseUrl(), "sverre", "demo");
        Http.Response created = drammen.postJson(DRAMMEN_INQUIRIES, "servicePoint", "drammen-bibliotek",
                "channel", "in-person", "service", "passport");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("route").asText()).isEqualTo("refer-to-other-location");
        assertThat(created.json().get("handledLocally").asBoolean()).isFalse();
        assertThat(created.json().get("notHandledLocallyReason").asText()).isEqualTo("offered-at-other-location");

        assertThat(Http.as(samspill().baseUrl(), "hanne", "demo")
                .get("/engine-rest/task?processInstanceBusinessKey=" + id).json()).isEmpty();
        JsonNode task = sverre.get("/engine-rest/task?processInstanceBusinessKey=" + id).json().get(0);
        sverre.postJson("/engine-rest/task/" + task.get("id").asText() + "/claim", "userId", "sverre");
        assertThat(sverre.post("/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                "{\"variables\":{\"outcome\":{\"value\":\"resolved\"}}}").status()).isEqualTo(204);
        assertThat(drammen.get(DRAMMEN_INQUIRIES + "/" + id).json().get("status").asText()).isEqualTo("resolved");
    }

    @Test
    default void digital_guidance_is_for_the_joint_team_of_both_locations() {
        Http drammen = Http.as(samspill().baseUrl(), "drammen-sak", "demo");
        String id = drammen.postJson(DRAMMEN_INQUIRIES, "servicePoint", "drammen-bibliotek",
                "channel", "in-person", "service", "digital-guidance").json().get("id").asText();

        for (String member : new String[] {"hanne", "sverre"}) {
            assertThat(Http.as(samspill().baseUrl(), member, "demo")
                    .get("/engine-rest/task?processInstanceBusinessKey=" + id).json()).as(member).hasSize(1);
        }
    }
}
