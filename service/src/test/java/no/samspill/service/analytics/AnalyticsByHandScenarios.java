package no.samspill.service.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.core.inquiry.Holder;
import no.samspill.core.inquiry.InquiryEvents.CitizenSatisfactionRecorded;
import no.samspill.core.inquiry.InquiryEvents.InquiryAbandoned;
import no.samspill.core.inquiry.InquiryEvents.InquiryHandedOver;
import no.samspill.core.inquiry.InquiryEvents.InquiryReferred;
import no.samspill.core.inquiry.InquiryEvents.InquiryRegistered;
import no.samspill.core.inquiry.InquiryEvents.InquiryResolved;
import no.samspill.core.inquiry.InquiryEvents.InquiryRouted;
import no.samspill.core.inquiry.InquiryEvents.InquiryTaken;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.inquiry.ReferralReason;
import no.samspill.core.inquiry.Route;
import no.samspill.core.servicepoint.ServicePointEvents.CoOrganisationModelChanged;
import no.samspill.core.servicepoint.ServicePointEvents.ServicePointRegistered;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.core.shared.StaffId;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every measure against figures computed by hand, on a small fixed history in March 2025 at "Torget" in a
 * fictional municipality NO-9999: four inquiries under total collaboration (one resolved at first contact, one
 * referred then resolved, one abandoned, one referred that spans the model change and ends at another unit), the
 * council's change to one door in on Monday 10 March, and two inquiries after it.
 */
public interface AnalyticsByHandScenarios {

    MunicipalityCode HANDBY = new MunicipalityCode("NO-9999");
    ServicePointId TORGET = new ServicePointId(HANDBY, "torget");
    StaffId KARI = new StaffId("kari");
    StaffId PER = new StaffId("per");
    String RANGE = "from=2025-03-03&to=2025-03-16";

    RunningSamspill samspill();

    private static Instant at(String dateTime) {
        return LocalDate.parse(dateTime.substring(0, 10)).atTime(java.time.LocalTime.parse(dateTime.substring(11)))
                .atZone(java.time.ZoneId.of("Europe/Oslo")).toInstant();
    }

    private static void add(List<DomainEventMessage<?>> events, String type, String aggregate, Object payload, String when) {
        long sequence = events.stream().filter(event -> event.getAggregateIdentifier().equals(aggregate)).count();
        events.add(new GenericDomainEventMessage<>(type, aggregate, sequence, payload, MetaData.with("actor", "test"),
                UUID.randomUUID().toString(), at(when)));
    }

    private static InquiryId inquiry(List<DomainEventMessage<?>> events, CoOrganisationModel model, Channel channel,
                                     ServiceCode service, Route route, String when) {
        InquiryId id = InquiryId.generate();
        add(events, "Inquiry", id.value(), new InquiryRegistered(id, HANDBY, "torget", model, channel, service, null, null), when);
        boolean local = route != Route.REFER_OUTSIDE;
        add(events, "Inquiry", id.value(), new InquiryRouted(id, route, local, local ? null : "not-offered-locally",
                Competence.GENERALIST), when);
        add(events, "Inquiry", id.value(), new InquiryTaken(id, KARI), when);
        return id;
    }

    private void publishTheHistoryOnce() {
        if (samspill().database().queryForObject("select count(*) from inquiry_personal_data where municipality = ?",
                Long.class, HANDBY.value()) > 0) {
            return;
        }
        List<DomainEventMessage<?>> events = new ArrayList<>();
        CoOrganisationModel before = CoOrganisationModel.TOTAL_COLLABORATION;
        CoOrganisationModel after = CoOrganisationModel.ONE_DOOR_IN;
        // Torget exists before its history: its model change needs the registry's entry (a projection that cannot
        // apply an event fails it rather than skip it)
        add(events, "ServicePoint", TORGET.toString(), new ServicePointRegistered(TORGET, "Torget", before, List.of(),
                Map.of()), "2025-02-01T09:00");
        InquiryId a = inquiry(events, before, Channel.IN_PERSON, ServiceCode.PASSPORT, Route.SERVE_HERE, "2025-03-03T10:00");
        add(events, "Inquiry", a.value(), new InquiryResolved(a, KARI, true), "2025-03-03T10:20");
        InquiryId b = inquiry(events, before, Channel.PHONE, ServiceCode.TAX, Route.SERVE_HERE, "2025-03-04T10:00");
        add(events, "Inquiry", b.value(), new InquiryReferred(b, Competence.GENERALIST, Competence.CITIZEN_SERVICE,
                ReferralReason.SPECIAL_COMPETENCE, KARI), "2025-03-04T10:10");
        add(events, "Inquiry", b.value(), new InquiryTaken(b, PER), "2025-03-04T10:30");
        add(events, "Inquiry", b.value(), new InquiryResolved(b, PER, false), "2025-03-04T11:00");
        InquiryId c = inquiry(events, before, Channel.IN_PERSON, ServiceCode.FORMS, Route.SERVE_HERE, "2025-03-05T10:00");
        add(events, "Inquiry", c.value(), new InquiryAbandoned(c, KARI), "2025-03-05T10:05");
        InquiryId d = inquiry(events, before, Channel.IN_PERSON, ServiceCode.HOUSING, Route.SERVE_HERE, "2025-03-07T10:00");
        add(events, "Inquiry", d.value(), new InquiryReferred(d, Competence.GENERALIST, Competence.CITIZEN_SERVICE,
                ReferralReason.CASE_PROCESSING, KARI), "2025-03-07T10:15");
        add(events, "Inquiry", d.value(), new InquiryTaken(d, PER), "2025-03-10T09:00");
        add(events, "Inquiry", d.value(), new InquiryHandedOver(d, Holder.staff(PER), Holder.unit("Bygg, miljø og landbruk"),
                PER), "2025-03-11T09:00");
        add(events, "ServicePoint", TORGET.toString(), new CoOrganisationModelChanged(TORGET, before, after, "KST 2025/1",
                LocalDate.parse("2025-03-10")), "2025-02-20T12:00");
        InquiryId e = inquiry(events, after, Channel.IN_PERSON, ServiceCode.LOANS_RETURNS, Route.SEND_TO_DESK,
                "2025-03-10T10:00");
        add(events, "Inquiry", e.value(), new InquiryResolved(e, KARI, true), "2025-03-10T10:30");
        add(events, "Inquiry", e.value(), new CitizenSatisfactionRecorded(e, 5), "2025-03-10T10:31");
        InquiryId f = inquiry(events, after, Channel.DIGITAL, ServiceCode.DIGITAL_ID, Route.REFER_OUTSIDE, "2025-03-11T10:00");
        add(events, "Inquiry", f.value(), new InquiryHandedOver(f, Holder.staff(KARI), Holder.unit("Servicetorget"), KARI),
                "2025-03-11T10:15");
        samspill().bean(TransactionTemplate.class).executeWithoutResult(status ->
                samspill().bean(EventStore.class).publish(events));
    }

    /**
     * The analytics processor's segments work in parallel: one model's row may show before all of its inquiries do
     * (a CI run read 3 of 4). Wait until every segment has read the newest event, as the replay's progress judges it.
     */
    private void awaitAnalyticsCaughtUp() {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "done".equals(samspill().bean(AnalyticsReplay.class).progress().state()));
    }

    private JsonNode admin(String path) {
        return Http.as(samspill().baseUrl(), "admin", "demo").get("/api/v1/analytics/" + path).json();
    }

    /** The model's measures in the rows of /analytics/models. */
    private static JsonNode row(JsonNode rows, String model) {
        return modelRow(rows, model).get("measures");
    }

    private static JsonNode modelRow(JsonNode rows, String model) {
        for (JsonNode row : rows) {
            if (row.get("model").asText().equals(model)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + model + " in " + rows);
    }

    @Test
    default void every_measure_matches_the_figures_computed_by_hand() {
        publishTheHistoryOnce();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(admin("models?" + RANGE)).hasSize(2));
        awaitAnalyticsCaughtUp();
        JsonNode models = admin("models?" + RANGE);

        JsonNode total = row(models, "total-collaboration");
        assertThat(total.get("inquiries").asLong()).isEqualTo(4);
        assertThat(total.get("byChannel").toString()).isEqualTo("{\"in-person\":3,\"phone\":1}");
        assertThat(total.get("resolvedAtFirstContactShare").asDouble()).isEqualTo(0.25);   // A
        assertThat(total.get("referralsPerInquiry").asDouble()).isEqualTo(0.5);            // B, D
        assertThat(total.get("handoversPerInquiry").asDouble()).isEqualTo(0.25);           // D
        assertThat(total.get("notHandledLocallyShare").asDouble()).isZero();
        assertThat(total.get("medianMinutesToResolution").asDouble()).isEqualTo(20.0);     // A 20, B 60
        assertThat(total.get("p90MinutesToResolution").asDouble()).isEqualTo(60.0);
        assertThat(total.get("satisfactionResponses").asLong()).isZero();
        // Each was taken the moment it was registered (B again later, by Per: the first take counts)
        assertThat(total.get("medianMinutesToFirstService").asDouble()).isZero();

        JsonNode oneDoor = row(models, "one-door-in");
        assertThat(oneDoor.get("inquiries").asLong()).isEqualTo(2);
        assertThat(oneDoor.get("resolvedAtFirstContactShare").asDouble()).isEqualTo(0.5);  // E
        assertThat(oneDoor.get("notHandledLocallyShare").asDouble()).isEqualTo(0.5);       // F
        assertThat(oneDoor.get("notHandledLocallyReasons").toString()).isEqualTo("{\"not-offered-locally\":1}");
        assertThat(oneDoor.get("medianMinutesToResolution").asDouble()).isEqualTo(30.0);
        assertThat(oneDoor.get("averageSatisfaction").asDouble()).isEqualTo(5.0);

        assertThat(admin("referrals?" + RANGE).toString()).isEqualTo("["
                + "{\"kind\":\"handover\",\"from\":\"staff\",\"to\":\"Bygg, miljø og landbruk\",\"count\":1},"
                + "{\"kind\":\"handover\",\"from\":\"staff\",\"to\":\"Servicetorget\",\"count\":1},"
                + "{\"kind\":\"referral\",\"from\":\"generalist\",\"to\":\"citizen-service\",\"count\":2}]");

        // D was registered before the change and ended after it: it counts before, where it started
        JsonNode change = admin("service-points/NO-9999/torget/model-change?days=7");
        assertThat(change.get("before").get("measures").get("inquiries").asLong()).isEqualTo(4);
        assertThat(change.get("after").get("measures").get("inquiries").asLong()).isEqualTo(2);
        assertThat(change.get("difference").get("resolvedAtFirstContactShare").asDouble()).isEqualTo(0.25);
        assertThat(change.get("difference").get("notHandledLocallyShare").asDouble()).isEqualTo(0.5);
        assertThat(change.get("difference").get("referralsPerInquiry").asDouble()).isEqualTo(-0.5);
        // The two periods share no service and channel (six different ones): there is no one mix to put them on
        assertThat(change.get("before").has("standardised")).isFalse();
        assertThat(change.get("after").has("standardised")).isFalse();
        assertThat(change.get("before").get("measures").get("resolvedAtFirstContactInterval").get("observations")
                .asLong()).isEqualTo(4);

        JsonNode places = admin("service-point-measures?" + RANGE);
        assertThat(places).hasSize(1);
        assertThat(places.get(0).get("servicePoint").asText()).isEqualTo("torget");
        assertThat(places.get(0).get("measures").get("inquiries").asLong()).isEqualTo(6);
        assertThat(places.get(0).get("measures").get("byService").get("digital-id").asLong()).isEqualTo(1);

        JsonNode weeks = admin("service-points/NO-9999/torget/series?" + RANGE + "&period=week");
        assertThat(weeks.get("points").toString()).contains("{\"start\":\"2025-03-03\",\"inquiries\":4,")
                .contains("{\"start\":\"2025-03-10\",\"inquiries\":2,");
        assertThat(weeks.get("modelChanges").get(0).get("effectiveFrom").asText()).isEqualTo("2025-03-10");
    }

    @Test
    default void csv_keeps_norwegian_letters_and_quotes_what_needs_quoting() {
        publishTheHistoryOnce();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(admin("models?" + RANGE)).hasSize(2));
        awaitAnalyticsCaughtUp();
        Http admin = Http.as(samspill().baseUrl(), "admin", "demo");

        String referrals = admin.get("/api/v1/analytics/referrals?" + RANGE + "&format=csv").body();

        assertThat(referrals).isEqualTo("\uFEFFkind,from,to,count\r\n"
                + "handover,staff,\"Bygg, miljø og landbruk\",1\r\n"
                + "handover,staff,Servicetorget,1\r\n"
                + "referral,generalist,citizen-service,2\r\n");
        assertThat(admin.get("/api/v1/analytics/service-point-measures?" + RANGE + "&format=csv").body())
                .startsWith("\uFEFFmunicipality,service_point,inquiries,").contains("\r\nNO-9999,torget,6,");
        assertThat(admin.get("/api/v1/analytics/service-points/NO-9999/torget/series?" + RANGE + "&format=csv").body())
                .contains("\r\n2025-03-03,4,0.25,0.0,\r\n")
                .contains("\r\n2025-03-10,2,0.5,0.5,total-collaboration -> one-door-in (KST 2025/1)\r\n");
        String models = admin.get("/api/v1/analytics/models?" + RANGE + "&format=csv").body();
        // one-door-in: E resolved at first contact, F not handled locally; Wilson 1 of 2: 0.095-0.905, 0 of 2:
        // 0-0.658; both taken at once (0 minutes' wait); two waits and one time to resolution are too few for a
        // median's interval (empty cells)
        assertThat(models.split("\r\n")[1]).isEqualTo(
                "one-door-in,2,0.5,0.095,0.905,0.0,0.5,0.5,0.095,0.905,0.0,0.0,0.658,0.0,,,30.0,,,30.0,5.0,1,0");
    }

    /**
     * Hybrid and PAC-man at "Tvibyen" (NO-9998) in April 2025, with events as they were stored before the aggregate
     * knew that a route away is not first contact (firstContact=true on each resolution): H1 served here and
     * resolved; H2 sent to the other location and resolved there; P1 a digital inquiry routed out to the case system
     * and answered there; P2 served here and resolved; P3 served here and abandoned. By hand: hybrid 1 of 2 at first
     * contact, PAC-man 1 of 3; PAC-man abandoned 1 of 3.
     */
    @Test
    default void a_route_away_is_never_first_contact_whatever_a_stored_event_says() {
        MunicipalityCode tvibyen = new MunicipalityCode("NO-9998");
        if (samspill().database().queryForObject("select count(*) from inquiry_personal_data where municipality = ?",
                Long.class, tvibyen.value()) == 0) {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            // Both places offer forms with generalists (the what-if below asks the routing decision about them)
            for (String place : List.of("nord", "sor")) {
                ServicePointId id = new ServicePointId(tvibyen, place);
                add(events, "ServicePoint", id.toString(), new ServicePointRegistered(id, place, place.equals("nord")
                        ? CoOrganisationModel.HYBRID : CoOrganisationModel.PAC_MAN, List.of(),
                        Map.of(ServiceCode.FORMS, Competence.GENERALIST)), "2025-04-01T09:00");
            }
            InquiryId h1 = routed(events, tvibyen, "nord", CoOrganisationModel.HYBRID, Route.SERVE_HERE, "2025-04-07T10:00");
            add(events, "Inquiry", h1.value(), new InquiryResolved(h1, KARI, true), "2025-04-07T10:10");
            InquiryId h2 = routed(events, tvibyen, "nord", CoOrganisationModel.HYBRID, Route.REFER_TO_OTHER_LOCATION,
                    "2025-04-08T10:00");
            add(events, "Inquiry", h2.value(), new InquiryResolved(h2, PER, true), "2025-04-08T11:00");
            InquiryId p1 = routed(events, tvibyen, "sor", CoOrganisationModel.PAC_MAN, Route.ROUTE_OUT_DIGITALLY,
                    "2025-04-09T10:00");
            add(events, "Inquiry", p1.value(), new InquiryResolved(p1, PER, true), "2025-04-09T12:00");
            InquiryId p2 = routed(events, tvibyen, "sor", CoOrganisationModel.PAC_MAN, Route.SERVE_HERE, "2025-04-10T10:00");
            add(events, "Inquiry", p2.value(), new InquiryResolved(p2, KARI, true), "2025-04-10T10:05");
            InquiryId p3 = routed(events, tvibyen, "sor", CoOrganisationModel.PAC_MAN, Route.SERVE_HERE, "2025-04-11T10:00");
            add(events, "Inquiry", p3.value(), new InquiryAbandoned(p3, KARI), "2025-04-11T10:02");
            samspill().bean(TransactionTemplate.class).executeWithoutResult(status ->
                    samspill().bean(EventStore.class).publish(events));
        }
        String april = "from=2025-04-07&to=2025-04-13";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(admin("models?" + april)).hasSize(2));
        awaitAnalyticsCaughtUp();
        JsonNode models = admin("models?" + april);

        JsonNode hybrid = row(models, "hybrid");
        assertThat(hybrid.get("inquiries").asLong()).isEqualTo(2);
        assertThat(hybrid.get("resolvedAtFirstContactShare").asDouble()).isEqualTo(0.5);
        assertThat(hybrid.get("resolvedAtFirstContactInterval").toString())
                .isEqualTo("{\"low\":0.095,\"high\":0.905,\"observations\":2}");
        JsonNode pacMan = row(models, "pac-man");
        assertThat(pacMan.get("resolvedAtFirstContactShare").asDouble()).isEqualTo(0.333);
        assertThat(pacMan.get("resolvedAtFirstContactInterval").toString())
                .isEqualTo("{\"low\":0.061,\"high\":0.792,\"observations\":3}");
        assertThat(pacMan.get("abandonedShare").asDouble()).isEqualTo(0.333);
        // On the same mix: the one stratum both saw is forms in person (4 of the 5 inquiries: coverage 0.8); there
        // hybrid 1 of 2 and PAC-man 1 of 2 (P2 resolved, P3 abandoned). Variance from the adjusted share 3/6:
        // 0.25/6, sd 0.2041, ± 0.400
        JsonNode standardised = admin("models?" + april + "&standardise=true");
        assertThat(row(standardised, "hybrid").get("resolvedAtFirstContactShare").asDouble()).isEqualTo(0.5);
        JsonNode hybridOnTheMix = modelRow(standardised, "hybrid").get("standardised");
        assertThat(hybridOnTheMix.get("coverage").asDouble()).isEqualTo(0.8);
        assertThat(hybridOnTheMix.get("resolvedAtFirstContact").get("share").asDouble()).isEqualTo(0.5);
        JsonNode pacManOnTheMix = modelRow(standardised, "pac-man").get("standardised");
        assertThat(pacManOnTheMix.get("coverage").asDouble()).isEqualTo(0.8);
        assertThat(pacManOnTheMix.get("resolvedAtFirstContact").get("share").asDouble()).isEqualTo(0.5);
        assertThat(pacManOnTheMix.get("resolvedAtFirstContact").get("interval").toString())
                .isEqualTo("{\"low\":0.1,\"high\":0.9,\"observations\":2}");
        assertThat(modelRow(models, "hybrid").has("standardised")).isFalse();
        String csv = Http.as(samspill().baseUrl(), "admin", "demo")
                .get("/api/v1/analytics/models?" + april + "&standardise=true&format=csv").body();
        assertThat(csv.split("\r\n")[0]).endsWith(",standardised_abandoned_high,standardised_coverage");
        assertThat(csv.split("\r\n")[2]).startsWith("pac-man,3,0.333,0.061,0.792,").endsWith(",0.8");

        // What if "sor" (PAC-man) went hybrid? Each of its three inquiries through the real routing decision, asked
        // here with the inputs worked out by hand: forms is offered here and at "nord", and needs a generalist
        Map<String, Long> expectedRoutes = new java.util.TreeMap<>();
        for (String channel : List.of("digital", "in-person", "in-person")) {
            Object route = samspill().bean(org.camunda.bpm.engine.DecisionService.class)
                    .evaluateDecisionTableByKey("inquiry-routing", Map.of("model", "hybrid", "channel", channel,
                            "offeredHere", true, "offeredElsewhere", true, "neededCompetence", "generalist"))
                    .getSingleResult().getEntry("route");
            expectedRoutes.merge((String) route, 1L, Long::sum);
        }
        JsonNode whatIf = admin("service-points/NO-9998/sor/what-if?model=hybrid&" + april);
        assertThat(whatIf.get("inquiries").asLong()).isEqualTo(3);
        assertThat(whatIf.get("currentFirstContactShare").asDouble()).isEqualTo(0.333);
        Map<String, Long> routes = new java.util.TreeMap<>();
        whatIf.get("routes").fields().forEachRemaining(route -> routes.put(route.getKey(), route.getValue().asLong()));
        assertThat(routes).isEqualTo(expectedRoutes);
        // Hybrid ran here on two inquiries only: too few to expect anything from, and it says so
        assertThat(whatIf.get("expected").has("firstContactShare")).isFalse();
        assertThat(whatIf.get("expected").get("reason").asText()).startsWith("No estimate: too few inquiries routed");
        Http.Response unknownModel = Http.as(samspill().baseUrl(), "admin", "demo")
                .get("/api/v1/analytics/service-points/NO-9998/sor/what-if?model=two-doors&" + april);
        assertThat(unknownModel.status()).isEqualTo(400);
        assertThat(unknownModel.json().get("errors").get(0).get("field").asText()).isEqualTo("model");
        assertThat(Http.as(samspill().baseUrl(), "io-sak", "demo")
                .get("/api/v1/analytics/service-points/NO-9998/sor/what-if?model=hybrid&" + april).status())
                .isIn(403, 404);

        // So few inquiries cannot tell the two models apart
        for (JsonNode row : models) {
            String other = row.get("model").asText().equals("hybrid") ? "pac-man" : "hybrid";
            assertThat(row.get("noClearDifference").get("resolvedAtFirstContactShare").toString())
                    .isEqualTo("[\"" + other + "\"]");
        }
    }

    private static InquiryId routed(List<DomainEventMessage<?>> events, MunicipalityCode municipality,
                                    String servicePoint, CoOrganisationModel model, Route route, String when) {
        InquiryId id = InquiryId.generate();
        Channel channel = route == Route.ROUTE_OUT_DIGITALLY ? Channel.DIGITAL : Channel.IN_PERSON;
        add(events, "Inquiry", id.value(), new InquiryRegistered(id, municipality, servicePoint, model, channel,
                ServiceCode.FORMS, null, null), when);
        boolean local = !route.passesOn();
        add(events, "Inquiry", id.value(), new InquiryRouted(id, route, local, local ? null : "offered-elsewhere",
                Competence.GENERALIST), when);
        add(events, "Inquiry", id.value(), new InquiryTaken(id, KARI), when);
        return id;
    }
}
