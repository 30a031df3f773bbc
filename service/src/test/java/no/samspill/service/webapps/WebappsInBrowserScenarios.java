package no.samspill.service.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
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
                    + "Notat (kan inneholde personopplysninger; lagres utenfor hendelsesloggen)",
            "nn | Logg inn | Dato og klokkeslett blir viste i lokal tidssone | Vel ei oppgåve i lista | Skjema | Ta | "
                    + "Notat (kan innehalde personopplysningar; blir lagra utanfor hendingsloggen)",
            "da | Log ind  | Dato og klokkeslæt vises i lokal tidszone | Vælg en opgave på listen | Formular | Tag | "
                    + "Notat (kan indeholde personoplysninger; gemmes uden for hændelsesloggen)"})
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

    /**
     * The desk's task, as a new staff member meets it: two inquiries about different services are two cards that
     * say so; the form opens with the inquiry (service, channel, case
     * reference, path so far), nothing is answered before anyone chooses, "Fullfør" stays disabled until the
     * answers the outcome needs are given, the referral's fields show only for a referral, and the specialist who
     * gets the referral sees the first staff member's note, their read logged.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nb | Service: bolig  | Telefon | Veien så langt   | Tatt av kari | Henvist fra generalistene til innbyggerservice av kari | Vis innbygger",
            "nn | Service: bustad | Telefon | Vegen så langt   | Teken av kari | Tilvist frå generalistane til innbyggjarservice av kari | Vis innbyggjar",
            "da | Borgerservice: bolig | Telefon | Forløbet indtil nu | Taget af kari | Henvist fra generalisterne til borgerservice af kari | Vis borger"})
    default void a_desk_task_shows_its_inquiry_and_asks_only_what_applies(String language, String service,
            String channel, String path, String taken, String referred, String showCitizen) {
        String reference = "2026/777-" + language;
        Http ioSak = Http.as(samspill().baseUrl(), "io-sak", "demo");
        String inquiry = ioSak.postJson("/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen",
                "channel", "phone", "service", "housing", "externalReference", reference, "citizenId", CITIZEN_ID)
                .json().get("id").asText();
        String otherReference = "2026/778-" + language;
        assertThat(ioSak.postJson("/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen",
                "channel", "digital", "service", "passport", "externalReference", otherReference).status()).isEqualTo(201);
        String taskId = Http.as(samspill().baseUrl(), "kari", "demo")
                .get("/engine-rest/task?processInstanceBusinessKey=" + inquiry).json().get(0).get("id").asText();
        String note = "Ringte fra jobb, ønsker svar på e-post " + language;

        // Kari sees "Alle oppgaver" and her own group's filter, not other groups' (another municipality's names)
        com.fasterxml.jackson.databind.JsonNode filters = Http.as(samspill().baseUrl(), "kari", "demo")
                .get("/engine-rest/filter?resourceType=Task").json();
        assertThat(java.util.stream.StreamSupport.stream(filters.spliterator(), false)
                .map(filter -> filter.get("name").asText()).toList()).contains("Alle oppgaver").allMatch(name ->
                name.equals("Alle oppgaver") || name.startsWith("Mysen") || name.startsWith("Indre Østfold"));
        String ownFilter = java.util.stream.StreamSupport.stream(filters.spliterator(), false)
                .filter(filter -> filter.get("name").asText().endsWith("generalister")).findFirst().orElseThrow()
                .get("id").asText();

        Http kariOverRest = Http.as(samspill().baseUrl(), "kari", "demo");
        com.fasterxml.jackson.databind.node.ObjectNode overdue = (com.fasterxml.jackson.databind.node.ObjectNode)
                kariOverRest.get("/engine-rest/task/" + taskId).json();
        assertThat(overdue.get("due").isNull()).as("a phone inquiry is due by a service level").isFalse();
        overdue.put("due", "2026-01-05T08:00:00.000+0100");
        assertThat(kariOverRest.put("/engine-rest/task/" + taskId, overdue.toString()).status()).isEqualTo(204);

        try (Browser kari = Browser.open(samspill().baseUrl(), language)) {
            kari.openLogin("tasklist").logIn("kari", "demo");
            // The list tells the inquiries apart: each card shows its service, channel and case reference, in the
            // municipality's language (stored on the task, as Tasklist shows variables as they are)
            kari.openPage("/camunda/app/tasklist/default/#/?filter=" + ownFilter);
            kari.waitUntil("return Array.from(document.querySelectorAll('li.task')).some(card => "
                    + "card.textContent.includes('" + reference + "'))");
            assertThat(kari.script("return Array.from(document.querySelectorAll('li.task')).find(card => "
                    + "card.textContent.includes('" + reference + "')).textContent")).asString()
                    .contains("Tjeneste", "Service: bolig", "Kanal", "Telefon", "Mysen", "Saksreferanse", reference,
                            "Registrert");
            // the other inquiry, another service, is its own card
            kari.waitUntil("return !!" + CARD + "('" + otherReference + "')");
            assertThat(kari.script("return " + CARD + "('" + otherReference + "').textContent")).asString()
                    .contains("Service: pass", "Digitalt", otherReference).doesNotContain("Service: bolig");
            kari.screenshot(Path.of("target", "browser", "task-list-" + language + ".png"));
            // Past its due date (set here as Tasklist's date field does), the card stands out in red
            assertThat(kari.script("return getComputedStyle(" + CARD + "('" + reference
                    + "').querySelector('.due-date.overdue')).color")).isEqualTo("rgb(176, 0, 32)");
            kari.openPage("/camunda/app/tasklist/default/#/?filter=" + ownFilter + "&task=" + taskId);
            assertThat(kari.waitForText(path)).contains(reference, service, channel, showCitizen)
                    .doesNotContain(CITIZEN_ID);
            kari.press("[ng-click=\"claim()\"]").waitUntil("return !!document.querySelector('select[name=outcome]')"
                    + " && !document.querySelector('select[name=outcome]').disabled");
            // The citizen who phoned, shown on a deliberate click only, and that read logged with Kari's name
            assertThat(readsBy("kari", inquiry)).isZero();
            assertThat(kari.click(".samspill-show-citizen", showCitizen).waitForText(CITIZEN_ID)).isNotEmpty();
            assertThat(readsBy("kari", inquiry)).isEqualTo(1);
            // Nothing chosen, nothing to complete; the referral's fields are not asked
            assertThat(kari.script("return document.querySelector('select[name=outcome]').value")).isEqualTo("");
            assertThat(kari.script(COMPLETE_DISABLED)).isEqualTo(true);
            assertThat(kari.script("return " + SHOWN + "('competence')")).isEqualTo(false);
            assertThat(kari.script("return " + SHOWN + "('satisfaction')")).isEqualTo(false);

            kari.script(CHOOSE + "('outcome', 'referred')");
            kari.waitUntil("return " + SHOWN + "('competence') && " + SHOWN + "('referralReason')");
            assertThat(kari.script(COMPLETE_DISABLED)).as("a referral needs its competence and reason").isEqualTo(true);
            assertThat(kari.script("return " + SHOWN + "('satisfaction')")).isEqualTo(false);
            kari.script(CHOOSE + "('competence', 'citizen-service'); " + CHOOSE + "('referralReason', 'special-competence')");
            kari.fill("input[name=note]", note).waitUntil("return !(" + COMPLETE_DISABLED.substring(7) + ")");
            kari.screenshot(Path.of("target", "browser", "task-referral-" + language + ".png"));
            kari.press("[ng-click=\"complete()\"]");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !Http.as(samspill().baseUrl(), "per", "demo")
                .get("/engine-rest/task?processInstanceBusinessKey=" + inquiry).json().isEmpty());
        String specialistTask = Http.as(samspill().baseUrl(), "per", "demo")
                .get("/engine-rest/task?processInstanceBusinessKey=" + inquiry).json().get(0).get("id").asText();
        long readsBefore = readsBy("per", inquiry);

        try (Browser per = Browser.open(samspill().baseUrl(), language)) {
            per.openLogin("tasklist").logIn("per", "demo");
            per.openPage("/camunda/app/tasklist/default/#/?task=" + specialistTask);
            assertThat(per.waitForText(note)).contains(reference, taken, referred);
            per.screenshot(Path.of("target", "browser", "task-briefing-" + language + ".png"));
        }
        assertThat(readsBy("per", inquiry)).isGreaterThan(readsBefore);
    }

    /** A valid fødselsnummer (made-up person). */
    String CITIZEN_ID = "15058545640";

    private long readsBy(String staff, String inquiry) {
        return samspill().database().queryForObject(
                "select count(*) from personal_data_read where inquiry_id = ? and read_by = ?", Long.class, inquiry,
                staff);
    }

    /** The list's card of the inquiry with this case reference. */
    String CARD = "(reference => Array.from(document.querySelectorAll('li.task'))"
            + ".find(card => card.textContent.includes(reference)))";
    String COMPLETE_DISABLED = "return document.querySelector('[ng-click=\"complete()\"]').disabled";
    /** Whether the form shows the field (Angular's ng-show hides its group with display: none). */
    String SHOWN = "(name => { const f = document.querySelector('[name=' + name + ']'); "
            + "return !!f && f.offsetParent !== null; })";
    /** Chooses a value in a select, as a person does: Angular hears the change. */
    String CHOOSE = "((name, value) => { const f = document.querySelector('select[name=' + name + ']'); "
            + "f.value = value; f.dispatchEvent(new Event('change')); })";

    /**
     * Mette screens a proposal in Tasklist: the form asks How to Say No's fourteen questions and the one this
     * deployment adds in configuration only (no BPMN names any of them), the required ones marked, in Danish; what she
     * ticks is what the partnership records.
     */
    @Test
    default void a_screening_in_tasklist_asks_the_questions_configuration_adds() {
        Http bibliotekby = Http.as(samspill().baseUrl(), "bibliotekby-sak", "demo");
        String partnership = bibliotekby.postJson("/api/v1/municipalities/DK-0999/partnerships", "partner",
                "Egnsteatret", "sector", "culture", "purpose", "Teater for børn", "proposedBy", "mette").json()
                .get("id").asText();
        Http metteOverRest = Http.as(samspill().baseUrl(), "mette", "demo");
        String task = metteOverRest.get("/engine-rest/task?processInstanceBusinessKey=" + partnership).json().get(0)
                .get("id").asText();
        // her partnership filter, so that the task stays open once she has claimed it
        String filter = java.util.stream.StreamSupport.stream(metteOverRest.get("/engine-rest/filter?resourceType=Task")
                        .json().spliterator(), false).filter(found -> found.get("name").asText().endsWith("partnerskaber"))
                .findFirst().orElseThrow().get("id").asText();

        // taken before she opens it (Tasklist's "Tag", over its API): the form is hers to fill
        assertThat(metteOverRest.postJson("/engine-rest/task/" + task + "/claim", "userId", "mette").status())
                .isEqualTo(204);

        try (Browser mette = Browser.open(samspill().baseUrl(), "da")) {
            mette.openLogin("tasklist").logIn("mette", "demo");
            mette.openPage("/camunda/app/tasklist/default/#/?filter=" + filter + "&task=" + task);
            String form = mette.waitForText("Forankrer det biblioteket i lokalsamfundet? (påkrævet)");
            assertThat(form).contains("Er det muligt at finansiere? (påkrævet)", "Vil vi lære noget af det?")
                    .doesNotContain("Vil vi lære noget af det? (påkrævet)");
            String fields = "['missionFit', 'internalMotivation', 'departmentGoals', 'partnershipPortfolio', "
                    + "'growthAndReplication', 'measurableLastingResults', 'audienceReach', 'audienceNeeds', "
                    + "'exceptionalPartnership', 'leadingPosition', 'learning', 'staffDevelopment', 'capacity', "
                    + "'funding', 'localAnchoring']";
            // a yes/no field for each of the fifteen questions
            mette.waitUntil("return !!document.querySelector('[ng-click=\"complete()\"]') && " + fields + ".every(name => { "
                    + "const box = document.querySelector('input[type=checkbox][name=' + name + ']'); "
                    + "return !!box && !box.disabled; })");
            // yes to everything but learning (not required here): she ticks the boxes one by one, as a person does
            mette.script(fields + ".forEach(name => { const box = document.querySelector('input[name=' + name + ']'); "
                    + "if (name !== 'learning' && !box.checked) { box.click(); } })");
            mette.screenshot(Path.of("target", "browser", "screening-da.png"));
            mette.press("[ng-click=\"complete()\"]");
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(bibliotekby
                .get("/api/v1/municipalities/DK-0999/partnerships/" + partnership).json().get("stage").asText())
                .isEqualTo("screened-in"));
        java.util.List<no.samspill.core.partnership.ScreeningAnswer> answers = samspill()
                .bean(org.axonframework.eventsourcing.eventstore.EventStore.class).readEvents(partnership).asStream()
                .map(org.axonframework.eventhandling.EventMessage::getPayload)
                .filter(no.samspill.core.partnership.PartnershipEvents.PartnershipScreenedIn.class::isInstance)
                .map(no.samspill.core.partnership.PartnershipEvents.PartnershipScreenedIn.class::cast)
                .findFirst().orElseThrow().answers();
        assertThat(answers).hasSize(15).contains(new no.samspill.core.partnership.ScreeningAnswer("learning", false),
                new no.samspill.core.partnership.ScreeningAnswer("local-anchoring", true),
                new no.samspill.core.partnership.ScreeningAnswer("funding", true));
    }

    /**
     * The working group works: Nils, Nord-Troms's member, finds his region's input in his own Tasklist (assigned to
     * him, not to the county library) and delivers it; the county library's plan shows he has.
     */
    @Test
    default void a_working_group_member_delivers_the_regions_input_in_his_own_tasklist() {
        Http troms = Http.as(samspill().baseUrl(), "troms-sak", "demo");
        Http birgit = Http.as(samspill().baseUrl(), "birgit", "demo");
        String plan = troms.postJson("/api/v1/counties/NO-55/library-plans", "title", "Plan i nettleseren",
                "kickoff", "2026-06-10").json().get("id").asText();
        completeAs(birgit, plan, "{\"caseReference\":{\"value\":\"FR 9\"}}");
        completeAs(birgit, plan, "{\"regionMembers\":{\"value\":\"nord=nils, midt=mari, sor=sofie\"},"
                + "\"countyLibraryMembers\":{\"value\":\"birgit, tor\"}}");
        completeAs(birgit, plan, "{\"sentOn\":{\"value\":\"2026-09-01T12:00:00.000+0000\",\"type\":\"Date\"}}");
        for (int meeting = 0; meeting < 3; meeting++) {
            completeAs(birgit, plan, "{\"heldOn\":{\"value\":\"2026-10-01T12:00:00.000+0000\",\"type\":\"Date\"},"
                    + "\"attendance\":{\"value\":7,\"type\":\"Long\"}}");
        }
        Http nilsOverRest = Http.as(samspill().baseUrl(), "nils", "demo");
        await().atMost(Duration.ofSeconds(20)).until(() -> nilsOverRest.get("/engine-rest/task?processInstanceBusinessKey="
                + plan + "&assignee=nils").json().size() == 1);
        String task = nilsOverRest.get("/engine-rest/task?processInstanceBusinessKey=" + plan + "&assignee=nils")
                .json().get(0).get("id").asText();

        try (Browser nils = Browser.open(samspill().baseUrl(), "nb")) {
            nils.openLogin("tasklist").logIn("nils", "demo");
            nils.openPage("/camunda/app/tasklist/default/#/?task=" + task);
            assertThat(nils.waitForText("Regionens innspill: hva skal planen ta med?"))
                    .contains("Levere regionens innspill til planen");
            nils.waitUntil("return !!document.querySelector('[name=inputSummary]') && "
                    + "!document.querySelector('[name=inputSummary]').disabled");
            nils.fill("[name=inputSummary]", "Samisk litteratur og meråpne filialer")
                    .waitUntil("return !document.querySelector('[ng-click=\"complete()\"]').disabled");
            nils.screenshot(Path.of("target", "browser", "regional-input-nb.png"));
            nils.press("[ng-click=\"complete()\"]");
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            com.fasterxml.jackson.databind.JsonNode group = troms.get("/api/v1/counties/NO-55/library-plans/" + plan)
                    .json().get("workingGroup");
            assertThat(java.util.stream.StreamSupport.stream(group.spliterator(), false)
                    .filter(member -> member.get("person").asText().equals("nils")).findFirst().orElseThrow()
                    .path("inputDeliveredOn").asText()).isEqualTo(java.time.LocalDate.now(
                            java.time.ZoneId.of("Europe/Oslo")).toString());
        });
        assertThat(nilsOverRest.get("/engine-rest/task?processInstanceBusinessKey=" + plan + "&assignee=nils").json())
                .isEmpty();
    }

    /** The plan's one open task of the county library's, once it is there. */
    private String openPlanTask(Http staff, String plan) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !staff.get("/engine-rest/task?processInstanceBusinessKey="
                + plan + "&candidateGroup=NO-55.county-library").json().isEmpty());
        return staff.get("/engine-rest/task?processInstanceBusinessKey=" + plan + "&candidateGroup=NO-55.county-library")
                .json().get(0).get("id").asText();
    }

    /** Completes the plan's one open task of the county library's, over Tasklist's API. */
    private void completeAs(Http staff, String plan, String variables) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !staff.get("/engine-rest/task?processInstanceBusinessKey="
                + plan + "&candidateGroup=NO-55.county-library").json().isEmpty());
        String task = staff.get("/engine-rest/task?processInstanceBusinessKey=" + plan
                + "&candidateGroup=NO-55.county-library").json().get(0).get("id").asText();
        Http.Response done = staff.post("/engine-rest/task/" + task + "/submit-form", "{\"variables\":" + variables + "}");
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
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

    /**
     * Camunda keeps of an inquiry only what its screens read (HistoryKept, ADR 0009): Tasklist's "Historikk" tab shows
     * the inquiry's path from the event log instead of Camunda's (left out), a library plan's task the steps its process
     * has taken from Camunda's history, which it keeps; and Cockpit still lists the running inquiry with its start
     * time, counts its open task and shows an incident on it.
     */
    @Test
    default void staff_and_operators_see_an_inquiry_whose_history_is_the_event_log() {
        Http kariOverRest = Http.as(samspill().baseUrl(), "kari", "demo");
        Http admin = Http.as(samspill().baseUrl(), "admin", "demo");
        String inquiry = Http.as(samspill().baseUrl(), "io-sak", "demo").postJson(
                "/api/v1/municipalities/NO-3118/inquiries", "servicePoint", "mysen", "channel", "in-person",
                "service", "passport").json().get("id").asText();
        com.fasterxml.jackson.databind.JsonNode task = kariOverRest.get("/engine-rest/task?processInstanceBusinessKey="
                + inquiry).json().get(0);
        assertThat(kariOverRest.postJson("/engine-rest/task/" + task.get("id").asText() + "/claim", "userId", "kari")
                .status()).isEqualTo(204);
        assertThat(samspill().database().queryForObject("select count(*) from act_hi_actinst where proc_inst_id_ = ?",
                Long.class, task.get("processInstanceId").asText())).isZero();

        try (Browser kari = Browser.open(samspill().baseUrl(), "nb")) {
            kari.openLogin("tasklist").logIn("kari", "demo")
                    .openPage("/camunda/app/tasklist/default/#/?task=" + task.get("id").asText());
            kari.click(".nav-tabs a", "Historikk");
            String tab = kari.waitForText("Tatt av kari");
            assertThat(tab).contains("Registrert");
            assertThat(kari.script("return [...document.querySelectorAll('.nav-tabs a')]"
                    + ".filter(tab => tab.textContent.trim() === 'Historikk').length")).isEqualTo(1L);
            kari.screenshot(Path.of("target", "browser", "tasklist-history-inquiry-nb.png"));
        }

        Http birgit = Http.as(samspill().baseUrl(), "birgit", "demo");
        String plan = Http.as(samspill().baseUrl(), "troms-sak", "demo").postJson("/api/v1/counties/NO-55/library-plans",
                "title", "Plan med historikk", "kickoff", "2026-06-10").json().get("id").asText();
        String firstTask = openPlanTask(birgit, plan);
        assertThat(birgit.postJson("/engine-rest/task/" + firstTask + "/claim", "userId", "birgit").status())
                .isEqualTo(204);
        assertThat(birgit.post("/engine-rest/task/" + firstTask + "/submit-form",
                "{\"variables\":{\"caseReference\":{\"value\":\"FR 10\"}}}").status()).isEqualTo(204);
        String secondTask = openPlanTask(birgit, plan);
        // a library plan keeps Camunda's history as configured: its activities are there
        assertThat(samspill().database().queryForObject("select count(*) from act_hi_actinst where proc_inst_id_ in"
                + " (select id_ from act_hi_procinst where business_key_ = ?)", Long.class, plan)).isPositive();
        try (Browser birgitsTasklist = Browser.open(samspill().baseUrl(), "nb")) {
            birgitsTasklist.openLogin("tasklist").logIn("birgit", "demo")
                    .openPage("/camunda/app/tasklist/default/#/?task=" + secondTask);
            birgitsTasklist.click(".nav-tabs a", "Historikk");
            assertThat(birgitsTasklist.waitForText("Fremme fylkesrådssak om planarbeidet – birgit"))
                    .contains("Oppstart på biblioteksjefmøtet");
        }

        String processInstance = task.get("processInstanceId").asText();
        String execution = admin.get("/engine-rest/execution?processInstanceId=" + processInstance).json().get(0)
                .get("id").asText();
        assertThat(admin.post("/engine-rest/execution/" + execution + "/create-incident",
                "{\"incidentType\":\"samspill-check\",\"message\":\"Kontroll av hendelseslinja\"}").status())
                .isEqualTo(200);
        try (Browser operator = Browser.open(samspill().baseUrl(), "nb")) {
            operator.openLogin("cockpit").logIn("admin", "demo")
                    .openPage("/camunda/app/cockpit/default/#/process-definition/"
                            + task.get("processDefinitionId").asText() + "/runtime");
            String instances = operator.waitForText(inquiry);
            assertThat(instances).contains(String.valueOf(java.time.Year.now().getValue()));
            operator.screenshot(Path.of("target", "browser", "cockpit-inquiry-instances.png"));
            operator.openPage("/camunda/app/cockpit/default/#/process-instance/" + processInstance
                    + "/runtime?tab=incidents-tab");
            operator.waitForText("Kontroll av hendelseslinja");
            operator.openPage("/camunda/app/cockpit/default/#/tasks");
            operator.screenshot(Path.of("target", "browser", "cockpit-tasks.png"));
        }
        // Cockpit's task dashboard counts open tasks from the task history, which is kept
        assertThat(admin.get("/engine-rest/history/task?unfinished=true&processInstanceId=" + processInstance).json())
                .hasSize(1);
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
