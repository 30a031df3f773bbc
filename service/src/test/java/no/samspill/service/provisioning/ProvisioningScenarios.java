package no.samspill.service.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import no.samspill.service.support.Http;
import no.samspill.service.support.Problems;
import no.samspill.service.support.RunningSamspill;
import no.samspill.service.support.TasklistSession;
import org.junit.jupiter.api.Test;

/**
 * A municipality's IT goes live without the demo: it declares the municipality over REST (applied twice, then
 * changed), or in a file applied at start (provisioning/two-municipalities.yaml: Bergen in nynorsk, total
 * collaboration; København in Danish, one door in); its staff then work their tasks in Tasklist in their language,
 * and see nothing of another municipality.
 */
public interface ProvisioningScenarios {

    String ADMIN = "/api/v1/admin/municipalities/";
    ObjectMapper JSON = new ObjectMapper();

    RunningSamspill samspill();

    private Http admin() {
        return Http.as(samspill().baseUrl(), "admin", "demo");
    }

    private void staffMember(String user) {
        Http.Response created = admin().postJson("/engine-rest/user/create", "profile", Map.of("id", user,
                "firstName", user, "lastName", "Test"), "credentials", Map.of("password", "demo"));
        assertThat(created.status()).as(created.toString()).isEqualTo(204);
    }

    private String caseSystemFor(String municipality) {
        String client = "sak-" + municipality.toLowerCase() + "-" + System.nanoTime() % 100000;
        assertThat(admin().postJson("/api/v1/admin/case-system-clients", "clientId", client, "municipality",
                municipality, "secret", "a-long-enough-secret-" + client, "permissions", List.of("inquiries"))
                .status()).isEqualTo(201);
        return client;
    }

    private static String body(Map<String, Object> declaration) {
        try {
            return JSON.writeValueAsString(declaration);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, Object... arguments) {
        return samspill().database().queryForObject(sql, Long.class, arguments);
    }

    /** Counts what provisioning makes in the identity store, the authorizations and the filters. */
    private List<Long> madeFor(String municipality) {
        return List.of(count("select count(*) from act_id_group where id_ like ?", municipality + ".%"),
                count("select count(*) from act_ru_authorization where group_id_ like ?", municipality + ".%"),
                count("select count(*) from act_ru_filter"),
                count("select count(*) from act_id_membership where group_id_ like ?", municipality + ".%"),
                count("select count(*) from service_point where municipality = ?", municipality));
    }

    @Test
    default void a_municipality_declared_over_rest_is_made_once_and_changed_only_by_a_changed_declaration() {
        staffMember("ingvild");
        staffMember("oddvar");
        Map<String, Object> declaration = Map.of("name", "Tromsø", "language", "nb",
                "servicePoints", List.of(Map.of("code", "tromso-bibliotek", "name", "Tromsø bibliotek og byarkiv",
                        "model", "total-collaboration", "desks", List.of(Map.of("code", "shared-desk",
                                "name", "Felles skranke", "competence", "generalist")))),
                "staff", List.of(Map.of("user", "ingvild", "servicePoint", "tromso-bibliotek", "role", "generalist")));

        Http.Response created = admin().put(ADMIN + "NO-5501", body(declaration));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("name").asText()).isEqualTo("Tromsø");
        assertThat(created.json().get("servicePoints").get(0).get("desks").get(0).get("competence").asText())
                .isEqualTo("generalist");
        assertThat(created.json().get("staff").get(0).get("user").asText()).isEqualTo("ingvild");
        List<Long> made = madeFor("NO-5501");
        assertThat(made.get(0)).as("the generalists' group").isEqualTo(1);
        assertThat(made.get(1)).as("its authorizations").isPositive();
        assertThat(made.get(3)).as("Ingvild is a member").isEqualTo(1);
        assertThat(made.get(4)).as("the service point").isEqualTo(1);

        // Applied again: the same answer, nothing more made
        Http.Response again = admin().put(ADMIN + "NO-5501", body(declaration));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(created.json());
        assertThat(madeFor("NO-5501")).isEqualTo(made);
        assertThat(admin().get(ADMIN + "NO-5501").json()).isEqualTo(created.json());

        // Changed: Oddvar joins as a specialist; only that is made
        Map<String, Object> changed = new java.util.HashMap<>(declaration);
        changed.put("staff", List.of(Map.of("user", "ingvild", "servicePoint", "tromso-bibliotek", "role", "generalist"),
                Map.of("user", "oddvar", "servicePoint", "tromso-bibliotek", "role", "specialist")));
        Http.Response update = admin().put(ADMIN + "NO-5501", body(changed));
        assertThat(update.status()).isEqualTo(200);
        assertThat(update.json().get("staff")).hasSize(2);
        assertThat(madeFor("NO-5501").get(0)).as("generalists and specialists").isEqualTo(2);
        assertThat(madeFor("NO-5501").get(3)).isEqualTo(2);

        // Changed again: a desk opens beside the shared one; applied twice, one event
        changed.put("servicePoints", List.of(Map.of("code", "tromso-bibliotek", "name", "Tromsø bibliotek og byarkiv",
                "model", "total-collaboration", "desks", List.of(Map.of("code", "shared-desk",
                        "name", "Felles skranke", "competence", "generalist"), Map.of("code", "archive",
                        "name", "Byarkivet", "competence", "library")))));
        assertThat(admin().put(ADMIN + "NO-5501", body(changed)).status()).isEqualTo(200);
        assertThat(admin().put(ADMIN + "NO-5501", body(changed)).status()).isEqualTo(200);
        assertThat(count("select count(*) from service_point_desk where service_point_id = ?",
                "NO-5501.tromso-bibliotek")).isEqualTo(2);
        assertThat(count("select count(*) from domain_event_entry where aggregate_identifier = ? and "
                + "payload_type like '%DesksChanged'", "NO-5501.tromso-bibliotek")).isEqualTo(1);

        // Left out, the archive desk stays, and the declaration is refused; marked removed, it closes
        Map<String, Object> sharedDesk = Map.of("code", "shared-desk", "name", "Felles skranke",
                "competence", "generalist");
        changed.put("servicePoints", List.of(Map.of("code", "tromso-bibliotek", "name", "Tromsø bibliotek og byarkiv",
                "model", "total-collaboration", "desks", List.of(sharedDesk))));
        Problems.assertProblem(admin().put(ADMIN + "NO-5501", body(changed)), 400, "servicePoints[0].desks",
                "desk 'archive' is registered; leaving it out removes nothing");
        assertThat(count("select count(*) from service_point_desk where service_point_id = ?",
                "NO-5501.tromso-bibliotek")).isEqualTo(2);
        changed.put("servicePoints", List.of(Map.of("code", "tromso-bibliotek", "name", "Tromsø bibliotek og byarkiv",
                "model", "total-collaboration", "desks", List.of(sharedDesk, Map.of("code", "archive",
                        "name", "Byarkivet", "removed", true)))));
        Http.Response closed = admin().put(ADMIN + "NO-5501", body(changed));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(count("select count(*) from service_point_desk where service_point_id = ?",
                "NO-5501.tromso-bibliotek")).isEqualTo(1);

        // Ingvild works an inquiry of her municipality in Tasklist; Kari of Indre Østfold sees nothing of it
        String inquiry = register("NO-5501", "tromso-bibliotek");
        TasklistSession ingvild = TasklistSession.login(samspill().baseUrl(), "ingvild", "demo");
        JsonNode task = ingvild.engine("task?processInstanceBusinessKey=" + inquiry).json().get(0);
        assertThat(task.get("name").asText()).isEqualTo("Betjen innbyggeren i felles skranke");
        assertThat(TasklistSession.login(samspill().baseUrl(), "kari", "demo")
                .engine("task?processInstanceBusinessKey=" + inquiry).json()).isEmpty();
        resolveInTasklist(ingvild, "ingvild", inquiry);
    }

    /** The staff member claims the inquiry's task and resolves it, as Tasklist asks the engine to. */
    private void resolveInTasklist(TasklistSession staff, String user, String inquiry) {
        String taskId = staff.engine("task?processInstanceBusinessKey=" + inquiry).json().get(0).get("id").asText();
        assertThat(staff.engine("task/" + taskId + "/claim", Http.json("userId", user)).status()).isEqualTo(204);
        assertThat(staff.engine("task/" + taskId + "/submit-form", "{\"variables\":{\"outcome\":"
                + "{\"value\":\"resolved\"}}}").status()).isEqualTo(204);
        assertThat(staff.engine("task?processInstanceBusinessKey=" + inquiry).json()).isEmpty();
        assertThat(samspill().database().query("select meta_data from domain_event_entry where aggregate_identifier "
                + "= ? and payload_type like '%InquiryResolved'", (row, n) -> new String(row.getBytes(1),
                java.nio.charset.StandardCharsets.UTF_8), inquiry)).singleElement().asString()
                .contains("\"actor\":\"staff:" + user + "\"");
    }

    private String register(String municipality, String servicePoint) {
        String client = caseSystemFor(municipality);
        Http.Response registered = Http.as(samspill().baseUrl(), client, "a-long-enough-secret-" + client).postJson(
                "/api/v1/municipalities/" + municipality + "/inquiries", "servicePoint", servicePoint,
                "channel", "in-person", "service", "passport");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().get("id").asText();
    }

    /**
     * Two municipalities from the file applied at start: each with its language, model, staff groups and filters;
     * a staff member who joins the identity store later becomes a member when the declaration is applied again.
     */
    @Test
    default void two_municipalities_from_a_file_each_get_their_language_model_and_staff_with_nothing_across() {
        JsonNode bergen = admin().get(ADMIN + "NO-4601").json();
        assertThat(bergen.get("language").asText()).isEqualTo("nn");
        assertThat(admin().get(ADMIN + "DK-0101").json().get("servicePoints").get(0).get("model").asText())
                .isEqualTo("one-door-in");
        assertThat(count("select count(*) from act_ru_filter where name_ = ?",
                "Bergen offentlege bibliotek – generalistar")).isEqualTo(1);
        assertThat(count("select count(*) from act_ru_filter where name_ = ?", "Kulturhuset – Borgerservice"))
                .isEqualTo(1);

        // Ragnhild, Jens and the two evaluators join the identity store; the declarations applied again make them
        // members
        for (String user : List.of("ragnhild", "jens", "sigrid", "mads")) {
            staffMember(user);
        }
        assertThat(admin().put(ADMIN + "NO-4601", bergen.toString()).status()).isEqualTo(200);
        assertThat(admin().put(ADMIN + "DK-0101", admin().get(ADMIN + "DK-0101").body()).status()).isEqualTo(200);

        String inBergen = register("NO-4601", "bergen-bibliotek");
        String inKobenhavn = register("DK-0101", "kulturhuset");
        TasklistSession ragnhild = TasklistSession.login(samspill().baseUrl(), "ragnhild", "demo");
        TasklistSession jens = TasklistSession.login(samspill().baseUrl(), "jens", "demo");
        // Each in their municipality's language, and nothing of the other's
        assertThat(ragnhild.engine("task?processInstanceBusinessKey=" + inBergen).json().get(0).get("name")
                .asText()).isEqualTo("Hjelp innbyggjaren i felles skranke");
        assertThat(ragnhild.engine("task?processInstanceBusinessKey=" + inKobenhavn).json()).isEmpty();
        assertThat(jens.engine("task?processInstanceBusinessKey=" + inBergen).json()).isEmpty();
        assertThat(ragnhild.engine("filter").json().findValuesAsText("name")).doesNotContain(
                "Kulturhuset – Borgerservice");
        resolveInTasklist(ragnhild, "ragnhild", inBergen);
        resolveInTasklist(jens, "jens", inKobenhavn);

        // Each municipality's evaluator reads its analytics: its one inquiry, under its model, and nothing of the other
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString();
        String models = "/api/v1/analytics/models?from=" + today + "&to=" + today;
        Http sigrid = Http.as(samspill().baseUrl(), "sigrid", "demo");
        Http mads = Http.as(samspill().baseUrl(), "mads", "demo");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(modelsAndCounts(sigrid.get(models).json())).isEqualTo(Map.of("total-collaboration", 1L));
            assertThat(modelsAndCounts(mads.get(models).json())).isEqualTo(Map.of("one-door-in", 1L));
        });
        assertThat(sigrid.get("/api/v1/analytics/service-points").json().findValuesAsText("municipality"))
                .containsOnly("NO-4601");
        assertThat(mads.get("/api/v1/analytics/service-points").json().findValuesAsText("municipality"))
                .containsOnly("DK-0101");
        Problems.assertProblemStatus(sigrid.get("/api/v1/analytics/service-points/DK-0101/kulturhuset/what-if"
                + "?model=hybrid&from=" + today + "&to=" + today), 404);
        // an evaluator works no tasks and reads no colleagues: only Camunda's own grants (its group, its tenant)
        assertThat(count("select count(*) from act_ru_authorization where group_id_ = 'NO-4601.evaluators' and not "
                + "((resource_type_ = 2 and resource_id_ = 'NO-4601.evaluators') or (resource_type_ = 11 and "
                + "resource_id_ = 'NO-4601'))")).isZero();
        assertThat(count("select count(*) from act_ru_authorization where group_id_ = 'NO-4601.evaluators'"))
                .isEqualTo(2);
    }

    private static Map<String, Long> modelsAndCounts(JsonNode rows) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        rows.forEach(row -> counts.put(row.get("model").asText(), row.get("measures").get("inquiries").asLong()));
        return counts;
    }

    /**
     * Leaving a staff member out of the declaration removes nothing; marking the entry {@code removed} takes them
     * out of the role's groups, and they no longer see the municipality's tasks. A declaration that both keeps and
     * removes the same entry is refused, and changes nothing.
     */
    @Test
    default void a_staff_member_leaves_only_when_the_declaration_says_so() {
        staffMember("torill");
        Map<String, Object> servicePoint = Map.of("code", "harstad-bibliotek", "name", "Harstad bibliotek",
                "model", "total-collaboration", "desks", List.of(Map.of("code", "shared-desk",
                        "name", "Felles skranke", "competence", "generalist")));
        Map<String, Object> torill = Map.of("user", "torill", "servicePoint", "harstad-bibliotek",
                "role", "generalist");
        assertThat(admin().put(ADMIN + "NO-5503", body(Map.of("name", "Harstad", "language", "nb",
                "servicePoints", List.of(servicePoint), "staff", List.of(torill)))).status()).isEqualTo(201);
        String inquiry = register("NO-5503", "harstad-bibliotek");
        String member = "select count(*) from act_id_membership where user_id_ = 'torill' and group_id_ = "
                + "'NO-5503.harstad-bibliotek.generalists'";
        assertThat(TasklistSession.login(samspill().baseUrl(), "torill", "demo")
                .engine("task?processInstanceBusinessKey=" + inquiry).json()).hasSize(1);

        // Left out: still a member
        assertThat(admin().put(ADMIN + "NO-5503", body(Map.of("name", "Harstad", "language", "nb",
                "servicePoints", List.of(servicePoint)))).status()).isEqualTo(200);
        assertThat(count(member)).isEqualTo(1);

        // Kept and removed at once: refused, and still a member
        Map<String, Object> removed = new java.util.HashMap<>(torill);
        removed.put("removed", true);
        Problems.assertProblem(admin().put(ADMIN + "NO-5503", body(Map.of("name", "Harstad", "language", "nb",
                "servicePoints", List.of(servicePoint), "staff", List.of(torill, removed)))), 400, "staff[1]",
                "'torill' is declared as generalist and removed from it at once");
        assertThat(count(member)).isEqualTo(1);

        // Removed: no longer a member, no longer sees the task; the declaration says so when read back
        Http.Response removal = admin().put(ADMIN + "NO-5503", body(Map.of("name", "Harstad", "language", "nb",
                "servicePoints", List.of(servicePoint), "staff", List.of(removed))));
        assertThat(removal.status()).as(removal.toString()).isEqualTo(200);
        assertThat(removal.json().get("staff").get(0).get("removed").asBoolean()).isTrue();
        assertThat(count(member)).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TasklistSession.login(samspill().baseUrl(), "torill",
                "demo")).as("Tasklist no longer lets her in").hasMessageContaining("403");
        assertThat(Http.as(samspill().baseUrl(), "torill", "demo")
                .get("/engine-rest/task?processInstanceBusinessKey=" + inquiry).json()).isEmpty();
        assertThat(admin().put(ADMIN + "NO-5503", removal.json().toString()).json()).isEqualTo(removal.json());
        assertThat(count(member)).isZero();
    }

    /** An inconsistent declaration is refused with a problem naming the entry, and nothing is made. */
    @Test
    default void an_inconsistent_declaration_is_refused_naming_the_entry_and_nothing_is_made() {
        Map<String, Object> desk = Map.of("code", "shared-desk", "name", "Felles skranke", "competence", "generalist");
        Problems.assertProblem(admin().put(ADMIN + "NO-1804", body(Map.of("name", "Bodø", "language", "nb",
                "servicePoints", List.of(Map.of("code", "bodo", "name", "Stormen", "model", "everything-at-once",
                        "desks", List.of(desk)))))), 400, "servicePoints[0].model",
                "unknown value 'everything-at-once'");
        Problems.assertProblem(admin().put(ADMIN + "NO-1804", body(Map.of("name", "Bodø", "language", "nb",
                "servicePoints", List.of(Map.of("code", "bodo", "name", "Stormen", "model", "one-door-in",
                        "desks", List.of(Map.of("code", "library", "name", "Biblioteket"))))))), 400,
                "servicePoints[0].desks[0].competence", "is required");
        Problems.assertProblem(admin().put(ADMIN + "NO-1804", body(Map.of("name", "Bodø", "language", "nb",
                "servicePoints", List.of(Map.of("code", "bodo", "name", "Stormen", "model", "total-collaboration",
                        "desks", List.of(desk))),
                "staff", List.of(Map.of("user", "kari", "servicePoint", "stormen", "role", "generalist"))))), 400,
                "staff[0].servicePoint", "no service point 'stormen'");
        Problems.assertProblem(admin().put(ADMIN + "NO-1804", Http.json("name", "Bodø", "language", "sv")), 400,
                "language", "must be nb, nn or da");
        Problems.assertProblemStatus(admin().get(ADMIN + "NO-1804"), 404);
        assertThat(count("select count(*) from act_id_tenant where id_ = 'NO-1804'")).isZero();
        List<Long> made = madeFor("NO-1804");
        assertThat(List.of(made.get(0), made.get(1), made.get(3), made.get(4))).containsOnly(0L);
        // and only an administrator declares
        Problems.assertProblemStatus(Http.as(samspill().baseUrl(), "io-sak", "demo").put(ADMIN + "NO-1804",
                Http.json("name", "Bodø", "language", "nb")), 403);
    }

    /** A county declared: registered with its regions, its county library's and library chiefs' groups made. */
    @Test
    default void a_county_is_declared_with_its_regions_county_library_and_library_chiefs() {
        staffMember("gunn");
        Map<String, Object> innlandet = Map.of("name", "Innlandet", "language", "nb",
                "regions", List.of(Map.of("code", "hedmarken", "name", "Hedmarken",
                        "municipalities", List.of("NO-3401", "NO-3403"))),
                "staff", List.of(Map.of("user", "gunn", "role", "library-chief", "region", "hedmarken")));
        Http.Response created = admin().put("/api/v1/admin/counties/NO-34", body(innlandet));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(admin().put("/api/v1/admin/counties/NO-34", body(innlandet)).json()).isEqualTo(created.json());
        assertThat(count("select count(*) from county_region where county_code = 'NO-34'")).isEqualTo(1);
        assertThat(count("select count(*) from act_id_membership where user_id_ = 'gunn' and group_id_ = "
                + "'NO-34.region.hedmarken'")).isEqualTo(1);
        assertThat(count("select count(*) from act_id_group where id_ = 'NO-34.county-library'")).isEqualTo(1);

        // Redrawn: a second region, and a municipality moved into it; plans to come see two regions
        Map<String, Object> redrawn = Map.of("name", "Innlandet", "language", "nb",
                "regions", List.of(Map.of("code", "hedmarken", "name", "Hedmarken", "municipalities", List.of("NO-3401")),
                        Map.of("code", "gudbrandsdalen", "name", "Gudbrandsdalen",
                                "municipalities", List.of("NO-3403"))),
                "staff", List.of(Map.of("user", "gunn", "role", "library-chief", "region", "hedmarken")));
        assertThat(admin().put("/api/v1/admin/counties/NO-34", body(redrawn)).status()).isEqualTo(200);
        assertThat(count("select count(*) from county_region where county_code = 'NO-34'")).isEqualTo(2);
        assertThat(count("select count(*) from county_region where county_code = 'NO-34' and code = "
                + "'gudbrandsdalen' and municipalities = 'NO-3403'")).isEqualTo(1);
        assertThat(count("select count(*) from domain_event_entry where aggregate_identifier = 'NO-34' and "
                + "payload_type like '%CountyRegionsChanged'")).isEqualTo(1);
        assertThat(admin().put("/api/v1/admin/counties/NO-34", body(redrawn)).status()).isEqualTo(200);
        assertThat(count("select count(*) from domain_event_entry where aggregate_identifier = 'NO-34' and "
                + "payload_type like '%CountyRegionsChanged'")).as("applied again: no new event").isEqualTo(1);

        // A region left out is refused, not removed; marked removed, it goes
        Problems.assertProblem(admin().put("/api/v1/admin/counties/NO-34", body(Map.of("name", "Innlandet",
                "language", "nb", "regions", List.of(Map.of("code", "hedmarken", "name", "Hedmarken",
                        "municipalities", List.of("NO-3401")))))), 400, "regions",
                "region 'gudbrandsdalen' is registered; leaving it out removes nothing");
        assertThat(count("select count(*) from county_region where county_code = 'NO-34'")).isEqualTo(2);
        assertThat(admin().put("/api/v1/admin/counties/NO-34", body(Map.of("name", "Innlandet", "language", "nb",
                "regions", List.of(Map.of("code", "hedmarken", "name", "Hedmarken", "municipalities",
                        List.of("NO-3401", "NO-3403")), Map.of("code", "gudbrandsdalen", "removed", true)),
                "staff", List.of(Map.of("user", "gunn", "role", "library-chief", "region", "hedmarken"))))).status())
                .isEqualTo(200);
        assertThat(count("select count(*) from county_region where county_code = 'NO-34'")).isEqualTo(1);

        Problems.assertProblem(admin().put("/api/v1/admin/counties/NO-42", body(Map.of("name", "Agder",
                "language", "nb", "regions", List.of(Map.of("code", "sor", "name", "Sør",
                        "municipalities", List.of("NO-4204"))),
                "staff", List.of(Map.of("user", "gunn", "role", "library-chief", "region", "nord"))))), 400,
                "staff[0].region", "no region 'nord'");
        assertThat(count("select count(*) from act_id_tenant where id_ = 'NO-42'")).isZero();
    }
}
