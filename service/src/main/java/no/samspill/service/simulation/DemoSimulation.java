package no.samspill.service.simulation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import no.samspill.core.inquiry.InquiryEvents.InquiryRegistered;
import no.samspill.core.servicepoint.ServicePointEvents.CoOrganisationModelChanged;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.MunicipalTime;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import no.samspill.service.analytics.AnalyticsProjection;
import no.samspill.service.simulation.InquiryHistorySimulator.Place;
import no.samspill.service.simulation.InquiryHistorySimulator.Simulated;
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
 * inquiries at the demo's service points, each model behaving as its process does, and Krona (Kongsberg) moving
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

    private final EventStore eventStore;
    private final JdbcTemplate database;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int days;

    /** {@code days}: how far back the history goes ({@code samspill.simulation.days}, a year and more by default). */
    public DemoSimulation(EventStore eventStore, JdbcTemplate database, TransactionTemplate transaction, Clock clock,
                          @Value("${samspill.simulation.days:400}") int days) {
        this.eventStore = eventStore;
        this.database = database;
        this.transaction = transaction;
        this.clock = clock;
        this.days = days;
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
        InquiryHistorySimulator simulator = new InquiryHistorySimulator(new Random(20261122L));
        int inquiries = 0;
        int events = 0;
        transaction.executeWithoutResult(status -> publishModelChange(change));
        for (LocalDate day = today.minusDays(days); day.isBefore(today); day = day.plusDays(1)) {
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (Place place : places(day.isBefore(change))) {
                int count = count(simulator, day);
                for (int i = 0; i < count; i++) {
                    batch.addAll(messages(simulator.inquiry(place, day)));
                    inquiries++;
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

    private static List<Place> places(boolean beforeKronasChange) {
        MunicipalityCode drammen = new MunicipalityCode("NO-3301");
        return List.of(
                new Place(new ServicePointId(new MunicipalityCode("NO-3118"), "mysen"),
                        CoOrganisationModel.TOTAL_COLLABORATION, new StaffId("kari"), new StaffId("per"), null),
                new Place(KRONA, beforeKronasChange ? CoOrganisationModel.TOTAL_COLLABORATION
                        : CoOrganisationModel.ONE_DOOR_IN, new StaffId("lise"), new StaffId("omar"), null),
                new Place(new ServicePointId(drammen, "drammen-bibliotek"), CoOrganisationModel.HYBRID,
                        new StaffId("hanne"), new StaffId("sverre"), "svelvik"),
                new Place(new ServicePointId(drammen, "svelvik"), CoOrganisationModel.HYBRID,
                        new StaffId("sverre"), new StaffId("hanne"), "drammen-bibliotek"),
                new Place(new ServicePointId(new MunicipalityCode("DK-0999"), "hovedbiblioteket"),
                        CoOrganisationModel.PAC_MAN, new StaffId("mette"), new StaffId("mette"), null));
    }

    private static List<DomainEventMessage<?>> messages(List<Simulated> history) {
        String inquiry = ((InquiryRegistered) history.get(0).payload())
                .inquiryId().value();
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < history.size(); sequence++) {
            Simulated event = history.get(sequence);
            messages.add(new GenericDomainEventMessage<>("Inquiry", inquiry, sequence, event.payload(), SIMULATED,
                    UUID.randomUUID().toString(), event.at()));
        }
        return messages;
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
