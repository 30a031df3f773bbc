package no.samspill.service.servicepoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import no.samspill.service.support.Http;
import no.samspill.service.support.Problems;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;

/**
 * Service points over real HTTP: registered with model, desks and catalogue, catalogue changes, and model changes
 * as political decisions, with inquiries running on both sides of a change. Mixed into the H2 and PostgreSQL runs.
 */
public interface ServicePointScenarios {

    String SERVICE_POINTS = "/api/v1/municipalities/NO-3118/service-points";

    RunningSamspill samspill();

    private Http caseSystem() {
        return Http.as(samspill().baseUrl(), "io-sak", "demo");
    }

    @Test
    default void a_municipality_registers_and_lists_its_service_points() {
        Http.Response created = caseSystem().post(SERVICE_POINTS, """
                {"code":"askim-torg","name":"Askim innbyggertorg","model":"total-collaboration",
                 "desks":[{"code":"shared-desk","name":"Felles skranke","competence":"generalist"}],
                 "catalogue":{"passport":"citizen-service","loans-returns":"library"}}""");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(SERVICE_POINTS + "/askim-torg");
        JsonNode servicePoint = caseSystem().get(SERVICE_POINTS + "/askim-torg").json();
        assertThat(servicePoint.get("model").asText()).isEqualTo("total-collaboration");
        assertThat(servicePoint.get("catalogue").get("passport").asText()).isEqualTo("citizen-service");
        assertThat(servicePoint.get("desks").get(0).get("name").asText()).isEqualTo("Felles skranke");
        assertThat(servicePoint.get("staffGroups").get("generalists").asText()).isEqualTo("NO-3118.askim-torg.generalists");
        assertThat(caseSystem().get(SERVICE_POINTS).json().findValuesAsText("code")).contains("askim-torg", "mysen");

        Http.Response catalogueChanged = caseSystem().send(caseSystem().request(SERVICE_POINTS + "/askim-torg/catalogue")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"passport\":\"citizen-service\",\"events\":\"shared\"}")));
        assertThat(catalogueChanged.status()).isEqualTo(200);
        assertThat(catalogueChanged.json().get("catalogue").has("loans-returns")).isFalse();
        assertThat(catalogueChanged.json().get("catalogue").get("events").asText()).isEqualTo("shared");
    }

    @Test
    default void a_service_the_point_does_not_offer_is_recorded_as_not_handled_locally() {
        caseSystem().post(SERVICE_POINTS, """
                {"code":"trogstad","name":"Trøgstad bibliotek","model":"total-collaboration",
                 "catalogue":{"loans-returns":"library","print-scan-copy":"shared"}}""");

        Http.Response created = caseSystem().postJson("/api/v1/municipalities/NO-3118/inquiries",
                "servicePoint", "trogstad", "channel", "in-person", "service", "passport");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode inquiry = created.json();
        assertThat(inquiry.get("route").asText()).isEqualTo("refer-outside");
        assertThat(inquiry.get("handledLocally").asBoolean()).isFalse();
        assertThat(inquiry.get("notHandledLocallyReason").asText()).isEqualTo("not-offered-locally");
        Http admin = Http.as(samspill().baseUrl(), "admin", "demo");
        JsonNode task = admin.get("/engine-rest/task?processInstanceBusinessKey=" + inquiry.get("id").asText()).json().get(0);
        assertThat(task.get("name").asText()).isEqualTo("Hjelp innbyggeren videre");
    }

    @Test
    default void bad_service_points_are_refused_and_change_nothing() {
        long events = samspill().database().queryForObject("select count(*) from domain_event_entry", Long.class);

        Problems.assertProblem(caseSystem().post(SERVICE_POINTS, "{\"code\":\"x1\",\"name\":\"X\",\"model\":\"anarchy\"}"),
                400, "model", "unknown value 'anarchy'; allowed: total-collaboration, one-door-in, hybrid, pac-man");
        Problems.assertProblem(caseSystem().post(SERVICE_POINTS,
                        "{\"code\":\"x1\",\"name\":\"X\",\"model\":\"hybrid\",\"catalogue\":{\"haircut\":\"shared\"}}"),
                400, "catalogue", "unknown value 'haircut'");
        Problems.assertProblem(caseSystem().post(SERVICE_POINTS, "{\"code\":\"X 1\",\"name\":\"X\",\"model\":\"hybrid\"}"),
                400, "code", "'X 1' is not a service point code");
        Problems.assertProblem(caseSystem().post(SERVICE_POINTS,
                        "{\"code\":\"x1\",\"name\":\"X\",\"model\":\"hybrid\",\"catalogue\":{}}"),
                422, "catalogue", "a service point offers at least one service");
        Problems.assertProblem(caseSystem().post(SERVICE_POINTS, "{\"code\":\"mysen\",\"name\":\"Again\",\"model\":\"hybrid\"}"),
                409, "code", "service point 'mysen' is already registered in NO-3118");
        assertThat(caseSystem().get("/api/v1/municipalities/NO-3303/service-points").status()).isEqualTo(404);

        assertThat(samspill().database().queryForObject("select count(*) from domain_event_entry", Long.class))
                .isEqualTo(events);
    }

    @Test
    default void a_model_change_applies_to_new_inquiries_while_running_ones_keep_their_model() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        caseSystem().postJson(SERVICE_POINTS, "code", "eidsberg", "name", "Eidsberg bibliotek", "model", "total-collaboration");
        Http.Response before = caseSystem().postJson("/api/v1/municipalities/NO-3118/inquiries",
                "servicePoint", "eidsberg", "channel", "phone", "service", "tax");
        assertThat(before.status()).isEqualTo(201);
        String runningInquiry = before.json().get("id").asText();

        // The council decides: hybrid collaboration from today
        Http.Response changed = caseSystem().postJson(SERVICE_POINTS + "/eidsberg/model-changes",
                "model", "hybrid", "decisionReference", "KST 2026/45", "effectiveFrom", today.toString());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(201);
        assertThat(changed.json().get("model").asText()).isEqualTo("hybrid");
        assertThat(changed.json().get("modelChanges").get(0).get("decisionReference").asText()).isEqualTo("KST 2026/45");

        // New inquiries start under the new model
        Http.Response after = caseSystem().postJson("/api/v1/municipalities/NO-3118/inquiries",
                "servicePoint", "eidsberg", "channel", "phone", "service", "tax");
        assertThat(after.status()).as(after.toString()).isEqualTo(201);
        assertThat(after.json().get("model").asText()).isEqualTo("hybrid");
        assertThat(samspill().database().queryForObject(
                "select proc_def_key_ from act_hi_procinst where business_key_ = ?", String.class,
                after.json().get("id").asText())).isEqualTo("inquiry-hybrid");

        // The running inquiry finishes under total collaboration
        Http admin = Http.as(samspill().baseUrl(), "admin", "demo");
        JsonNode task = admin.get("/engine-rest/task?processInstanceBusinessKey=" + runningInquiry).json().get(0);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("serveAtSharedDesk");
        admin.postJson("/engine-rest/task/" + task.get("id").asText() + "/claim", "userId", "admin");
        assertThat(admin.post("/engine-rest/task/" + task.get("id").asText() + "/complete",
                "{\"variables\":{\"outcome\":{\"value\":\"resolved\"}}}").status()).isEqualTo(204);
        JsonNode inquiry = caseSystem().get("/api/v1/municipalities/NO-3118/inquiries/" + runningInquiry).json();
        assertThat(inquiry.get("status").asText()).isEqualTo("resolved");
        assertThat(inquiry.get("model").asText()).isEqualTo("total-collaboration");

        // The rules of political decisions
        Problems.assertProblem(caseSystem().postJson(SERVICE_POINTS + "/eidsberg/model-changes",
                        "model", "pac-man", "decisionReference", "KST 2026/46", "effectiveFrom", today.toString()),
                422, "effectiveFrom", "a model change already takes effect on " + today);
        Problems.assertProblem(caseSystem().postJson(SERVICE_POINTS + "/eidsberg/model-changes",
                        "model", "hybrid", "decisionReference", "KST 2026/47", "effectiveFrom", today.plusDays(30).toString()),
                422, "model", "the service point already runs under 'hybrid'");
        Problems.assertProblem(caseSystem().postJson(SERVICE_POINTS + "/eidsberg/model-changes",
                        "model", "pac-man", "decisionReference", "KST 2026/48", "effectiveFrom", today.minusDays(40).toString()),
                422, "effectiveFrom", "may lie at most 31 days before");
        Problems.assertProblem(caseSystem().postJson(SERVICE_POINTS + "/eidsberg/model-changes",
                        "model", "pac-man", "decisionReference", "KST 2026/49", "effectiveFrom", "next year"),
                400, "effectiveFrom", "has the wrong type");
        assertThat(caseSystem().postJson(SERVICE_POINTS + "/nowhere/model-changes",
                "model", "pac-man", "decisionReference", "KST 2026/50", "effectiveFrom", today.toString()).status())
                .isEqualTo(404);
    }
}
