package no.samspill.service.simulation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import no.samspill.core.servicepoint.ServicePointEvents.CoOrganisationModelChanged;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.MunicipalTime;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import no.samspill.service.analytics.AnalyticsProjection;
import no.samspill.workflows.inquiry.RoutingDecision;
import no.samspill.workflows.inquiry.ServicePointDirectory;
import no.samspill.service.simulation.InquiryHistorySimulator.Place;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's simulated history, so the analytics page shows something meaningful on a first run: 400 days of
 * inquiries at the demo's service points, each routed by the real routing decision and lived by the real aggregate
 * (InquiryHistorySimulator), and Krona (Kongsberg) moving
 * from total collaboration to one door in halfway by a council decision. Every event carries
 * {@code simulated=true} in its metadata, so it can never be mistaken for real data; it is written once, only when
 * {@code samspill.simulation.enabled=true}, and never in production (the demo's service points must exist).
 */
@Component
@ConditionalOnProperty(name = "samspill.simulation.enabled", havingValue = "true")
public class DemoSimulation {

    private static final Logger log = LoggerFactory.getLogger(DemoSimulation.class);
    private static final ServicePointId KRONA = new ServicePointId(new MunicipalityCode("NO-3303"), "krona");
    private static final MetaData SIMULATED = MetaData.with(AnalyticsProjection.SIMULATED, true)
            .and("actor", "simulation");
    /** The sandbox is renewed after this many inquiries, so it never holds more than a few thousand events. */
    private static final int INQUIRIES_PER_SANDBOX = 500;

    private final EventStore eventStore;
    private final JdbcTemplate database;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RoutingDecision routing;
    private final ServicePointDirectory servicePoints;
    private final int days;
    private final int scale;

    /**
     * {@code days}: how far back the history goes ({@code samspill.simulation.days}, a year and more by default);
     * {@code scale}: how many times the demo's daily volume ({@code samspill.simulation.scale}, 1 by default; the
     * replay benchmark raises it to build a log of a million events).
     */
    public DemoSimulation(EventStore eventStore, JdbcTemplate database, TransactionTemplate transaction, Clock clock,
                          RoutingDecision routing, ServicePointDirectory servicePoints,
                          @Value("${samspill.simulation.days:400}") int days,
                          @Value("${samspill.simulation.scale:1}") int scale) {
        this.eventStore = eventStore;
        this.database = database;
        this.transaction = transaction;
        this.clock = clock;
        this.routing = routing;
        this.servicePoints = servicePoints;
        this.days = days;
        this.scale = scale;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100) // after the demo setup, which creates the service points
    public void simulateOnce() {
        if (database.queryForObject("select count(*) from simulation_run", Long.class) > 0) {
            return;
        }
        if (database.queryForObject("select count(*) from service_point where id = ?", Long.class, KRONA.toString()) == 0) {
            log.warn("No simulated history: the demo's service points are missing (samspill.demo.enabled=false?)");
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(MunicipalTime.ZONE));
        LocalDate change = today.minusDays(days / 2);
        InquiryHistorySimulator simulator = new InquiryHistorySimulator(new Random(20261122L), routing, SIMULATED);
        int inquiries = 0;
        int events = 0;
        transaction.executeWithoutResult(status -> publishModelChange(change));
        InquirySandbox sandbox = new InquirySandbox();
        List<Place> beforeChange = places(true);
        List<Place> afterChange = places(false);
        for (LocalDate day = today.minusDays(days); day.isBefore(today); day = day.plusDays(1)) {
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (Place place : day.isBefore(change) ? beforeChange : afterChange) {
                int count = count(simulator, day) * scale;
                for (int i = 0; i < count; i++) {
                    batch.addAll(simulator.inquiry(place, day, sandbox));
                    if (++inquiries % INQUIRIES_PER_SANDBOX == 0) {
                        sandbox = new InquirySandbox();
                    }
                }
            }
            events += batch.size();
            transaction.executeWithoutResult(status -> eventStore.publish(batch));
        }
        int writtenInquiries = inquiries;
        int writtenEvents = events;
        database.update("insert into simulation_run (id, ran_at, inquiries, events) values (?, ?, ?, ?)",
                UUID.randomUUID().toString(), Timestamp.from(clock.instant()), writtenInquiries, writtenEvents);
        log.info("Simulated history written: {} inquiries, {} events over {} days, marked simulated", writtenInquiries,
                writtenEvents, days);
    }

    /** Weekdays are busier than weekends. */
    private static int count(InquiryHistorySimulator simulator, LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return simulator.volume(weekend ? 1 : 4);
    }

    private List<Place> places(boolean beforeKronasChange) {
        MunicipalityCode drammen = new MunicipalityCode("NO-3301");
        return List.of(
                place(new ServicePointId(new MunicipalityCode("NO-3118"), "mysen"),
                        CoOrganisationModel.TOTAL_COLLABORATION, "kari", "per"),
                place(KRONA, beforeKronasChange ? CoOrganisationModel.TOTAL_COLLABORATION
                        : CoOrganisationModel.ONE_DOOR_IN, "lise", "omar"),
                place(new ServicePointId(drammen, "drammen-bibliotek"), CoOrganisationModel.HYBRID, "hanne", "sverre"),
                place(new ServicePointId(drammen, "svelvik"), CoOrganisationModel.HYBRID, "sverre", "hanne"),
                place(new ServicePointId(new MunicipalityCode("DK-0999"), "hovedbiblioteket"),
                        CoOrganisationModel.PAC_MAN, "mette", "mette"));
    }

    private Place place(ServicePointId id, CoOrganisationModel model, String generalist, String specialist) {
        return new Place(servicePoints.require(id), model, new StaffId(generalist), new StaffId(specialist));
    }

    /** Krona's council decision, appended to its own history as a simulated event. */
    private void publishModelChange(LocalDate effectiveFrom) {
        long next = eventStore.lastSequenceNumberFor(KRONA.toString()).orElse(-1L) + 1;
        CoOrganisationModelChanged changed = new CoOrganisationModelChanged(KRONA,
                CoOrganisationModel.TOTAL_COLLABORATION, CoOrganisationModel.ONE_DOOR_IN, "KST 2026/17 (simulert)",
                effectiveFrom);
        eventStore.publish(new GenericDomainEventMessage<>("ServicePoint", KRONA.toString(), next, changed, SIMULATED,
                UUID.randomUUID().toString(), effectiveFrom.minusDays(20).atStartOfDay(MunicipalTime.ZONE)
                .toInstant()));
    }
}
