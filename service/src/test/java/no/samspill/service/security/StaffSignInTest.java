package no.samspill.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.samspill.service.support.Browser;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff sign in to Tasklist through their municipality's OpenID Connect provider (here NAV's mock-oauth2-server, a
 * real OIDC server with a login page), in real Chromium: the authorization code flow with PKCE; the token's groups
 * name the staff member's groups; they see their own municipality's tasks only and complete one. A token that names
 * no known group gets a page that says why, and no webapp.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffSignInTest {

    private static final String GENERALISTS = "NO-3118.mysen.generalists";

    private MockOAuth2Server identityProvider;
    private RunningSamspill samspill;

    @BeforeAll
    void start(@TempDir Path dataDirectory) {
        identityProvider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\":true}"));
        identityProvider.start(0);
        samspill = RunningSamspill.start("demo", Map.of(
                "spring.datasource.url", "jdbc:h2:file:" + dataDirectory.resolve("samspill") + ";DB_CLOSE_ON_EXIT=FALSE",
                "spring.security.oauth2.client.registration.staff.client-id", "samspill",
                "spring.security.oauth2.client.registration.staff.client-secret", "samspill-secret",
                "spring.security.oauth2.client.registration.staff.scope", "openid,profile",
                "spring.security.oauth2.client.provider.staff.issuer-uri",
                identityProvider.issuerUrl("indre-ostfold").toString(),
                // Camunda's webapps refresh a session's groups after this long (5 minutes by default)
                "camunda.bpm.webapp.auth.cache.time-to-live", "1000"));
    }

    @AfterAll
    void stop() {
        samspill.close();
        identityProvider.shutdown();
    }

    private String register(String client, String municipality, String servicePoint, String reference) {
        Http.Response created = Http.as(samspill.baseUrl(), client, "demo").postJson(
                "/api/v1/municipalities/" + municipality + "/inquiries", "servicePoint", servicePoint,
                "channel", "in-person", "service", "passport", "externalReference", reference);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** Signs in at the provider's login page, as the staff member would, with what their token is to say. */
    private static void signIn(Browser browser, String user, String claimsJson) {
        browser.waitUntil("return !!document.querySelector('input[name=username]')");
        browser.fill("input[name=username]", user).fill("textarea[name=claims]", claimsJson)
                .press("input[type=submit]");
    }

    @Test
    void a_staff_member_signs_in_at_the_municipalitys_provider_sees_her_own_tasks_and_completes_one() {
        String ours = register("io-sak", "NO-3118", "mysen", "OIDC-1");
        register("kongsberg-sak", "NO-3303", "krona", "OIDC-KONGSBERG");

        try (Browser kari = Browser.open(samspill.baseUrl(), "nb")) {
            kari.openPage("/camunda/app/tasklist/default/");
            signIn(kari, "kari", "{\"preferred_username\":\"kari\",\"groups\":[\"" + GENERALISTS + "\"]}");
            kari.waitForText("Kari Generalist");
            assertThat(authorizationRequest()).as("the authorization code flow with PKCE")
                    .contains("response_type=code", "code_challenge=", "code_challenge_method=S256");
            kari.openPage("/camunda/app/tasklist/default/#/?filter=" + generalistsFilter());
            kari.waitUntil("return Array.from(document.querySelectorAll('li.task')).some(card => "
                    + "card.textContent.includes('OIDC-1'))");
            assertThat(kari.text()).doesNotContain("OIDC-KONGSBERG");
            String task = Http.as(samspill.baseUrl(), "kari", "demo")
                    .get("/engine-rest/task?processInstanceBusinessKey=" + ours).json().get(0).get("id").asText();
            kari.openPage("/camunda/app/tasklist/default/#/?task=" + task);
            kari.waitUntil("return !!document.querySelector('[ng-click=\"claim()\"]')");
            kari.press("[ng-click=\"claim()\"]").waitUntil("return !!document.querySelector('select[name=outcome]')"
                    + " && !document.querySelector('select[name=outcome]').disabled");
            // chosen as a person does (again while the form is still being bound), until "Fullfør" can be pressed
            kari.waitUntil("const f = document.querySelector('select[name=outcome]'); f.value = 'resolved'; "
                    + "f.dispatchEvent(new Event('change')); "
                    + "return !document.querySelector('[ng-click=\"complete()\"]').disabled");
            kari.screenshot(Path.of("target", "browser", "oidc-task-nb.png"));
            kari.press("[ng-click=\"complete()\"]");
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "resolved".equals(
                Http.as(samspill.baseUrl(), "io-sak", "demo").get("/api/v1/municipalities/NO-3118/inquiries/" + ours)
                        .json().get("status").asText()));
        assertThat(samspill.database().queryForObject("select count(*) from domain_event_entry where "
                + "aggregate_identifier = ? and payload_type like '%InquiryResolved' and meta_data like '%kari%'",
                Long.class, ours)).as("resolved by kari, as the provider named her").isEqualTo(1);
    }

    /**
     * A staff member known only to the identity provider (not in Camunda's user store, which the webapps take users
     * from) is mirrored into it at sign-in, and keeps the token's groups after the webapps refresh the session's
     * groups from that store.
     */
    @Test
    void a_staff_member_known_only_to_the_provider_keeps_her_groups_when_camunda_refreshes_the_session()
            throws InterruptedException {
        register("io-sak", "NO-3118", "mysen", "OIDC-2");
        try (Browser ola = Browser.open(samspill.baseUrl(), "nb")) {
            ola.openPage("/camunda/app/tasklist/default/");
            signIn(ola, "ola", "{\"preferred_username\":\"ola\",\"groups\":[\"" + GENERALISTS + "\"]}");
            ola.openPage("/camunda/app/tasklist/default/#/?filter=" + generalistsFilter());
            ola.waitUntil(CARD_OIDC_2);
            Thread.sleep(2_000); // past the refresh
            ola.openPage("/camunda/app/tasklist/default/?again#/?filter=" + generalistsFilter());
            ola.waitUntil(CARD_OIDC_2);
            // Mirrored into Camunda's store at sign-in, a member of her group; no Camunda password opens it
            assertThat(samspill.database().queryForObject("select count(*) from act_id_user where id_ = 'ola'",
                    Long.class)).isEqualTo(1);
            assertThat(samspill.database().queryForObject("select count(*) from act_id_membership where user_id_ = "
                    + "'ola' and group_id_ = ?", Long.class, GENERALISTS)).isEqualTo(1);
            for (String guess : new String[] {"", "ola", "demo"}) {
                assertThat(Http.as(samspill.baseUrl(), "ola", guess).get("/engine-rest/task").status())
                        .isEqualTo(401);
            }
        }
    }

    /** As the analytics page asks: no browser password prompt for a refusal. */
    private static final String XHR = " x.setRequestHeader('X-Requested-With', 'XMLHttpRequest');";

    private static final String CARD_OIDC_2 = "return Array.from(document.querySelectorAll('li.task')).some(card => "
            + "card.textContent.includes('OIDC-2'))";

    @Test
    void a_token_naming_no_known_group_gets_a_page_saying_why_and_no_webapp() {
        try (Browser stranger = Browser.open(samspill.baseUrl(), "nb")) {
            stranger.openPage("/camunda/app/tasklist/default/");
            signIn(stranger, "ukjent", "{\"preferred_username\":\"ukjent\",\"groups\":[\"NO-9999.elsewhere\"]}");
            String page = stranger.waitForText("Ingen tilgang til Samspill");
            assertThat(page).contains("ukjent", "groups", "IT-avdeling");
            stranger.openPage("/camunda/api/engine/engine/default/task");
            assertThat(stranger.text()).contains("Ingen tilgang").doesNotContain("OIDC-1");
            assertThat(samspill.database().queryForObject("select count(*) from act_id_user where id_ = 'ukjent'",
                    Long.class)).as("no user made for a token without a known group").isZero();
        }
    }

    /**
     * The analytics page signs in at the provider too: an evaluator of Indre Østfold sees its figures and no other
     * municipality's; the sign-in's session reads figures but starts no replay; a desk worker sees why there are none.
     */
    @Test
    void an_evaluator_signs_in_at_the_provider_and_reads_her_own_municipalitys_figures_on_the_analytics_page() {
        register("io-sak", "NO-3118", "mysen", "OIDC-3");
        register("kongsberg-sak", "NO-3303", "krona", "OIDC-KONGSBERG-2");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Http.as(samspill.baseUrl(),
                "eva", "demo").get("/api/v1/analytics/service-points").body().contains("NO-3303"));
        try (Browser evi = Browser.open(samspill.baseUrl(), "nb")) {
            evi.openPage("/analytics/");
            signIn(evi, "evi", "{\"preferred_username\":\"evi\",\"groups\":[\"NO-3118.evaluators\"]}");
            evi.waitUntil("return document.body.dataset.shown === 'true'");
            assertThat(evi.script("return Array.from(document.querySelectorAll('#service-point option'))"
                    + ".map(option => option.value).join(' ')")).isEqualTo("NO-3118/mysen");
            assertThat(evi.shows("#login")).as("no password form").isFalse();
            assertThat(evi.script("const x = new XMLHttpRequest(); x.open('POST', '/api/v1/analytics/replay', false);"
                    + XHR + " x.send(); return x.status")).as("the session reads, and starts nothing").isEqualTo(401L);
            assertThat(evi.script("const x = new XMLHttpRequest(); x.open('GET', '/api/v1/analytics/"
                    + "service-points/NO-3303/krona/model-change', false);" + XHR + " x.send(); return x.status"))
                    .isEqualTo(404L);
        }
        try (Browser kari = Browser.open(samspill.baseUrl(), "nn")) {
            kari.openPage("/analytics/");
            signIn(kari, "kari", "{\"preferred_username\":\"kari\",\"groups\":[\"" + GENERALISTS + "\"]}");
            assertThat(kari.waitForText("er ikkje evaluator for nokon kommune")).doesNotContain("NO-3118/mysen");
        }
    }

    /** The token decides a municipality's groups at each sign-in: one it no longer names is left. */
    @Test
    void a_group_the_token_no_longer_names_is_left_at_the_next_sign_in() {
        String partnerships = "NO-3118.partnerships";
        try (Browser siri = Browser.open(samspill.baseUrl(), "nb")) {
            siri.openPage("/camunda/app/tasklist/default/");
            signIn(siri, "siri", "{\"preferred_username\":\"siri\",\"groups\":[\"" + GENERALISTS + "\",\""
                    + partnerships + "\"]}");
            siri.waitForText("siri");
        }
        assertThat(memberships("siri")).containsExactlyInAnyOrder(GENERALISTS, partnerships);
        try (Browser siri = Browser.open(samspill.baseUrl(), "nb")) {
            siri.openPage("/camunda/app/tasklist/default/");
            signIn(siri, "siri", "{\"preferred_username\":\"siri\",\"groups\":[\"" + GENERALISTS + "\"]}");
            siri.waitForText("siri");
        }
        assertThat(memberships("siri")).containsExactly(GENERALISTS);
        try (Browser siri = Browser.open(samspill.baseUrl(), "nb")) {
            siri.openPage("/camunda/app/tasklist/default/");
            signIn(siri, "siri", "{\"preferred_username\":\"siri\",\"groups\":[]}");
            siri.waitForText("Ingen tilgang til Samspill");
        }
        assertThat(memberships("siri")).as("no group named: none kept").isEmpty();
    }

    private java.util.List<String> memberships(String user) {
        return samspill.database().queryForList("select group_id_ from act_id_membership where user_id_ = ?",
                String.class, user);
    }

    /** The authorization request the provider received, as it recorded it. */
    private String authorizationRequest() {
        for (int i = 0; i < 50; i++) {
            okhttp3.mockwebserver.RecordedRequest request = identityProvider.takeRequest(5,
                    java.util.concurrent.TimeUnit.SECONDS);
            if (request != null && request.getPath() != null && request.getPath().contains("/authorize")) {
                return request.getPath();
            }
        }
        throw new AssertionError("the provider received no authorization request");
    }

    /** The filter of Mysen's generalists, whose cards show the case reference. */
    private String generalistsFilter() {
        for (com.fasterxml.jackson.databind.JsonNode filter : Http.as(samspill.baseUrl(), "admin", "demo")
                .get("/engine-rest/filter?resourceType=Task").json()) {
            if (filter.path("properties").path("samspillGroup").asText().equals(GENERALISTS)) {
                return filter.get("id").asText();
            }
        }
        throw new AssertionError("no filter for " + GENERALISTS);
    }
}
