package no.samspill.service.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.samspill.service.support.Browser;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tasklist in a real headless Chromium, as staff see it: in their browser's language (bokmål, nynorsk, Danish),
 * without Camunda's end-of-life banner, and with their own municipality's tasks only.
 */
public interface WebappsInBrowserScenarios {

    String TOTAL_COLLABORATION = "Henvendelse – totalt samarbeid";
    String ONE_DOOR_IN = "Henvendelse – en dør inn";

    RunningSamspill samspill();

    private void register(String client, String municipality, String servicePoint) {
        Http.Response created = Http.as(samspill().baseUrl(), client, "demo").postJson(
                "/api/v1/municipalities/" + municipality + "/inquiries", "servicePoint", servicePoint,
                "channel", "in-person", "service", "passport");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    /** Camunda's own texts and Samspill's (the task form's labels) follow the browser's language. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nb | Logg inn | Dato og klokkeslett vises i lokal tidssone | Velg en oppgave i listen | Skjema   | Ta  | "
                    + "Henvis til kompetanse (ved henvisning)",
            "nn | Logg inn | Dato og klokkeslett blir viste i lokal tidssone | Vel ei oppgåve i lista | Skjema | Ta | "
                    + "Tilvis til kompetanse (ved tilvising)",
            "da | Log ind  | Dato og klokkeslæt vises i lokal tidszone | Vælg en opgave på listen | Formular | Tag | "
                    + "Henvis til kompetence (ved henvisning)"})
    default void tasklist_speaks_the_browsers_language_without_the_end_of_life_banner(String language, String logIn,
            String timezoneNote, String selectATask, String form, String claim, String referralLabel) {
        register("io-sak", "NO-3118", "mysen");
        try (Browser browser = Browser.open(samspill().baseUrl(), language)) {
            String loginPage = browser.openLogin("tasklist").waitForText(logIn);
            assertThat(loginPage).contains(timezoneNote).doesNotContain("Date and Time", "Powered by");

            browser.logIn("kari", "demo").waitForText(selectATask);
            String taskList = browser.waitForText(TOTAL_COLLABORATION); // once the list has loaded
            assertThat(taskList).contains("Samspill").doesNotContain("Select a task");
            assertThat(browser.shows(".ce-eol-banner")).isFalse();
            assertThat(browser.shows(".brand-logo svg")).as("Camunda's mark").isFalse();
            assertThat(browser.shows(".brand-logo")).as("Samspill's mark").isTrue();

            String task = browser.click("li.task h4.task a", "Betjen innbyggeren i felles skranke").waitForText(form);
            assertThat(task).contains(claim);
            browser.waitForText(referralLabel); // Samspill's form label, in the browser's language
            browser.screenshot(Path.of("target", "browser", "tasklist-" + language + ".png"));
        }
    }

    @Test
    default void a_danish_municipality_gets_danish_task_names_whatever_the_browser() {
        Http.Response created = Http.as(samspill().baseUrl(), "bibliotekby-sak", "demo").postJson(
                "/api/v1/municipalities/DK-0999/inquiries", "servicePoint", "hovedbiblioteket",
                "channel", "in-person", "service", "digital-guidance");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        try (Browser mette = Browser.open(samspill().baseUrl(), "en")) {
            String seen = mette.openLogin("tasklist").logIn("mette", "demo")
                    .waitForText("Betjen borgeren i bibliotekets skranke");
            assertThat(seen).doesNotContain("Betjen innbyggeren");
            // Camunda's own texts follow the English browser; Samspill has no English, so the form is Danish
            assertThat(mette.click("li.task h4.task a", "Betjen borgeren").waitForText("Resultat")).contains("Claim");
        }
    }

    @Test
    default void evaluators_log_in_to_the_analytics_page_and_see_the_models_side_by_side() throws Exception {
        register("io-sak", "NO-3118", "mysen");
        assertThat(Http.as(samspill().baseUrl(), "bibliotekby-sak", "demo").postJson(
                "/api/v1/municipalities/DK-0999/partnerships", "partner", "Dokk1", "sector", "public-sector",
                "purpose", "Fælles arrangementer", "proposedBy", "mette").status()).isEqualTo(201);
        Http eva = Http.as(samspill().baseUrl(), "eva", "demo");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(eva.get("/api/v1/analytics/service-points").json()).isNotEmpty());

        try (Browser browser = Browser.open(samspill().baseUrl(), "nb")) {
            browser.openPage("/analytics").waitForText("Evaluering av samorganiseringsmodeller");
            browser.fill("#user", "nobody").fill("#password", "wrong").press("#login button");
            assertThat(browser.waitForText("Feil brukernavn eller passord.")).doesNotContain("Modellene side om side");

            browser.fill("#user", "eva").fill("#password", "demo").press("#login button")
                    .waitUntil("return document.body.dataset.shown === 'true'");
            assertThat(browser.text()).contains("Modellene side om side", "Totalt samarbeid", "Løst ved første kontakt",
                    "Henvisninger og overleveringer mellom enheter", "Over tid, per betjeningssted");
            assertThat(browser.script("return document.querySelector('#partnerships-table tbody').textContent"))
                    .asString().contains("DK-0999");
            assertThat(browser.text()).contains("Partnerskap nå, per bibliotek", "Stoppet ved screeningen");
            assertThat(browser.script("return Chart.getChart(document.getElementById('models-chart')).data.labels"))
                    .asString().contains("Totalt samarbeid");
            // Each share with its 95 % interval, written as a Norwegian reader writes numbers (decimal comma), and
            // drawn as error bars; the same share on the pooled mix beside it
            assertThat(browser.script("return document.querySelector('#models-table tbody td:nth-child(3)')"
                    + ".textContent")).asString().matches("\\d+,\\d % \\(\\d+,\\d–\\d+,\\d\\)");
            assertThat(browser.text()).contains("Løst ved første kontakt, samme miks", "95 %-intervall");
            assertThat(browser.script("return Chart.getChart(document.getElementById('models-chart'))"
                    + ".data.datasets[0].intervals.filter(i => i && i.high >= i.low).length > 0")).isEqualTo(true);
            assertThat(browser.script("return Chart.getChart(document.getElementById('series-chart')) !== undefined"))
                    .isEqualTo(true);
            // What if Mysen went over to one door in? The routes the real decision gives, and why no estimate
            browser.script("document.getElementById('service-point').value = 'NO-3118/mysen'; "
                    + "document.getElementById('what-if-model').value = 'one-door-in'");
            browser.press("#what-if button");
            assertThat(browser.waitForText("Rutingene ville blitt")).contains("Hva om mysen gikk over til en dør inn?",
                    "Ikke håndtert lokalt");
            browser.screenshot(Path.of("target", "browser", "analytics-nb.png"));

            // The CSV link downloads the table
            Path downloads = java.nio.file.Files.createTempDirectory("samspill-downloads-");
            browser.downloadInto(downloads).press("#models-csv");
            Path csv = downloads.resolve("samspill-modeller.csv");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> java.nio.file.Files.exists(csv) && java.nio.file.Files.size(csv) > 0);
            assertThat(java.nio.file.Files.readString(csv)).startsWith("\uFEFFmodel,inquiries,")
                    .contains("total-collaboration,");
        }
        try (Browser browser = Browser.open(samspill().baseUrl(), "da")) {
            assertThat(browser.openPage("/analytics").waitForText("Evaluering af samorganiseringsmodeller"))
                    .contains("Brugernavn");
        }
    }

    @Test
    default void in_tasklist_staff_see_their_own_municipalitys_tasks_only() {
        register("io-sak", "NO-3118", "mysen");
        register("kongsberg-sak", "NO-3303", "krona"); // a passport: the service centre's desk, Omar's

        try (Browser kari = Browser.open(samspill().baseUrl(), "nb")) {
            String seen = kari.openLogin("tasklist").logIn("kari", "demo").waitForText(TOTAL_COLLABORATION);
            assertThat(seen).doesNotContain(ONE_DOOR_IN);
        }
        try (Browser omar = Browser.open(samspill().baseUrl(), "nb")) {
            String seen = omar.openLogin("tasklist").logIn("omar", "demo").waitForText(ONE_DOOR_IN);
            assertThat(seen).doesNotContain(TOTAL_COLLABORATION);
        }
    }

    /** The routing decision's table in Cockpit: the DMN file's bokmål labels in the administrator's language. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "da | Samarbejdsmodel | Begrundelse, når ikke lokalt | Hybrid: ydelsen tilbydes kun på det andet sted.",
            "nb | Samarbeidsmodell | Grunn når ikke lokalt | Hybrid: tjenesten tilbys bare på det andre stedet."})
    default void cockpit_shows_the_decision_tables_labels_in_the_browsers_language(String language, String column,
            String outputColumn, String ruleDescription) {
        String definition = Http.as(samspill().baseUrl(), "admin", "demo")
                .get("/engine-rest/decision-definition/key/inquiry-routing").json().path("id").asText();
        assertThat(definition).isNotEmpty();

        try (Browser admin = Browser.open(samspill().baseUrl(), language)) {
            admin.openLogin("cockpit").logIn("admin", "demo")
                    .openPage("/camunda/app/cockpit/default/#/decision-definition/" + definition);
            String table = admin.waitForText(ruleDescription);
            assertThat(table).contains(column, outputColumn);
            if (!language.equals("nb")) {
                assertThat(table).doesNotContain("Samarbeidsmodell", "Grunn når ikke lokalt");
            }
            admin.screenshot(Path.of("target", "browser", "cockpit-decision-" + language + ".png"));
        }
    }
}
