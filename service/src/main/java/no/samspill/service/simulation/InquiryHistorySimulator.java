package no.samspill.service.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.samspill.core.inquiry.Holder;
import no.samspill.core.inquiry.InquiryCommands.AbandonInquiry;
import no.samspill.core.inquiry.InquiryCommands.HandOverInquiry;
import no.samspill.core.inquiry.InquiryCommands.RecordSatisfaction;
import no.samspill.core.inquiry.InquiryCommands.ReferInquiry;
import no.samspill.core.inquiry.InquiryCommands.RegisterInquiry;
import no.samspill.core.inquiry.InquiryCommands.ResolveInquiry;
import no.samspill.core.inquiry.InquiryCommands.RouteInquiry;
import no.samspill.core.inquiry.InquiryCommands.TakeInquiry;
import no.samspill.core.inquiry.InquiryEvents.InquiryResolved;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.inquiry.ReferralReason;
import no.samspill.core.servicepoint.Desk;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalTime;
import no.samspill.core.shared.ServiceCode;
import no.samspill.core.shared.StaffId;
import no.samspill.service.simulation.InquirySandbox.Life;
import no.samspill.workflows.inquiry.RoutingDecision;
import no.samspill.workflows.inquiry.RoutingDecision.Routing;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One plausible life of an inquiry at a given moment in the past, lived as a real one is: the real routing decision
 * routes it, the real aggregate (in an {@link InquirySandbox}) takes the staff's steps and decides what they mean.
 * Only the staff's behaviour is the simulator's: who comes to which desk, how often a first server resolves, refers
 * or loses the citizen, how long each step takes. Those shares are illustrative, not measured.
 */
final class InquiryHistorySimulator {

    private static final List<ServiceCode> LIBRARY = List.of(ServiceCode.LOANS_RETURNS, ServiceCode.REFERENCE_QUESTION);
    private static final List<ServiceCode> CITIZEN_SERVICE = List.of(ServiceCode.PASSPORT, ServiceCode.DRIVING_LICENCE,
            ServiceCode.FORMS, ServiceCode.HOUSING, ServiceCode.TAX, ServiceCode.WASTE, ServiceCode.DIGITAL_ID);
    private static final List<ServiceCode> SHARED = List.of(ServiceCode.DIGITAL_GUIDANCE, ServiceCode.PRINT_SCAN_COPY,
            ServiceCode.EQUIPMENT_LENDING, ServiceCode.EVENTS);
    /** The municipality's case-processing system, which answers what PAC-man routes out digitally. */
    private static final StaffId CASE_SYSTEM = new StaffId("saksbehandlingssystem");

    private final Random random;
    private final RoutingDecision routing;
    private final Map<String, ?> metadata;

    /** {@code metadata}: what every simulated event carries (that it is simulated, and by whom). */
    InquiryHistorySimulator(Random random, RoutingDecision routing, Map<String, ?> metadata) {
        this.random = random;
        this.routing = routing;
        this.metadata = metadata;
    }

    /** Where the inquiry is served, under which model, and by whom. */
    record Place(ServicePointSummary where, CoOrganisationModel model, StaffId generalist, StaffId specialist) {
    }

    /** One inquiry's events, applied by the real aggregate in {@code sandbox}. */
    List<DomainEventMessage<?>> inquiry(Place place, LocalDate day, InquirySandbox sandbox) {
        InquiryId id = InquiryId.generate();
        Instant at = day.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(7 * 60)))
                .atZone(MunicipalTime.ZONE).toInstant();
        Channel channel = pick(Channel.IN_PERSON, 55, Channel.PHONE, 25, Channel.DIGITAL, 15, Channel.CASE_SYSTEM, 5);
        ServiceCode service = service();
        Life life = sandbox.life(id, place.where().id().municipality(), metadata);
        life.send(new RegisterInquiry(id, place.where().id().municipality(), place.where().id().code(), place.model(),
                channel, service, null, null), at);
        Routing routed = routing.route(place.where(), service, channel, place.model());
        Competence needed = place.where().competenceFor(service);
        Competence servedWith = switch (routed.route()) {
            case REFER_TO_COMPETENCE -> needed;
            case SEND_TO_DESK -> deskCameTo(place.where(), needed).competence();
            default -> Competence.GENERALIST;
        };
        at = at.plusSeconds(1);
        life.send(new RouteInquiry(id, routed.route(), routed.handledLocally(), routed.notHandledLocallyReason(),
                servedWith), at);
        boolean anyoneCanServe = needed.equals(Competence.GENERALIST) || needed.equals(Competence.SHARED);
        Competence specialists = anyoneCanServe ? Competence.CITIZEN_SERVICE : needed;
        switch (routed.route()) {
            // Answered later by the case system, without anyone at the service point taking it
            case ROUTE_OUT_DIGITALLY -> resolve(life, id, CASE_SYSTEM, at.plus(minutes(240, 4320)));
            case REFER_OUTSIDE -> {
                Instant taken = at.plus(minutes(2, 20));
                life.send(new TakeInquiry(id, place.generalist()), taken);
                life.send(new HandOverInquiry(id, Holder.unit("Rådhusets borgerservice"), place.generalist()),
                        taken.plus(minutes(5, 30)));
            }
            // The citizen goes to the other building, where its staff serve them
            case REFER_TO_OTHER_LOCATION -> serve(life, id, place.specialist(), at.plus(minutes(60, 1440)), 85,
                    specialists, ReferralReason.CASE_PROCESSING, place.generalist());
            case REFER_TO_COMPETENCE -> serve(life, id, place.specialist(), at.plus(minutes(2, 30)), 90,
                    otherThan(needed), ReferralReason.SPECIAL_COMPETENCE, place.generalist());
            // At the wrong desk, the citizen is sent to the desk of the right resource person
            case SEND_TO_DESK -> {
                boolean rightDesk = anyoneCanServe || servedWith.equals(needed);
                serve(life, id, place.generalist(), at.plus(minutes(2, 25)), rightDesk ? 80 : 10,
                        rightDesk ? otherThan(servedWith) : needed, ReferralReason.SENT_TO_RESOURCE_PERSON,
                        place.specialist());
            }
            default -> serve(life, id, place.generalist(), at.plus(minutes(2, 20)),
                    place.model() == CoOrganisationModel.TOTAL_COLLABORATION ? 72 : 85, specialists,
                    ReferralReason.SPECIAL_COMPETENCE, place.specialist());
        }
        return life.events();
    }

    /** The other of the two desks' competences (library, citizen service). */
    private static Competence otherThan(Competence competence) {
        return Competence.LIBRARY.equals(competence) ? Competence.CITIZEN_SERVICE : Competence.LIBRARY;
    }

    /** In one door in, most citizens find the desk of the service they need; some come to another first. */
    private Desk deskCameTo(ServicePointSummary where, Competence needed) {
        List<Desk> right = where.desks().stream().filter(desk -> desk.competence().equals(needed)).toList();
        if (!right.isEmpty() && random.nextInt(100) < 75) {
            return right.get(random.nextInt(right.size()));
        }
        return where.desks().get(random.nextInt(where.desks().size()));
    }

    /**
     * Taken by {@code first}; resolved there in {@code resolvedPercent} of cases, else referred to {@code to} and
     * taken by {@code second} (who resolves or hands over to a unit), or the citizen leaves.
     */
    private void serve(Life life, InquiryId id, StaffId first, Instant taken, int resolvedPercent, Competence to,
                       ReferralReason reason, StaffId second) {
        life.send(new TakeInquiry(id, first), taken);
        int roll = random.nextInt(100);
        Instant at = taken.plus(minutes(4, 25));
        if (roll < resolvedPercent) {
            resolve(life, id, first, at);
        } else if (roll < 96) {
            life.send(new ReferInquiry(id, to, reason, first), at);
            Instant retaken = at.plus(minutes(10, 600));
            life.send(new TakeInquiry(id, second), retaken);
            Instant done = retaken.plus(minutes(10, 60));
            if (random.nextInt(100) < 85) {
                resolve(life, id, second, done);
            } else {
                life.send(new HandOverInquiry(id, Holder.unit("Byggesak"), second), done);
            }
        } else {
            life.send(new AbandonInquiry(id, first), at);
        }
    }

    /** Resolved; about a third of the citizens give a score, and a first-contact answer pleases more. */
    private void resolve(Life life, InquiryId id, StaffId by, Instant at) {
        boolean firstContact = life.send(new ResolveInquiry(id, by), at).stream()
                .anyMatch(event -> event.getPayload() instanceof InquiryResolved resolved && resolved.firstContact());
        if (random.nextInt(100) < 35) {
            int score = Math.min(5, Math.max(1, (firstContact ? 4 : 3) + random.nextInt(3) - 1));
            life.send(new RecordSatisfaction(id, score), at.plusSeconds(30));
        }
    }

    /** How many inquiries a day brings, around {@code mean}. */
    int volume(int mean) {
        int count = 0;
        for (int i = 0; i < mean * 2; i++) {
            if (random.nextBoolean()) {
                count++;
            }
        }
        return count;
    }

    private ServiceCode service() {
        int roll = random.nextInt(100);
        List<ServiceCode> from = roll < 40 ? LIBRARY : roll < 75 ? CITIZEN_SERVICE : SHARED;
        return from.get(random.nextInt(from.size()));
    }

    private Duration minutes(int least, int most) {
        return Duration.ofMinutes(least + random.nextInt(Math.max(most - least, 1)));
    }

    private <T> T pick(T first, int firstWeight, T second, int secondWeight, T third, int thirdWeight, T fourth,
                       int fourthWeight) {
        int roll = random.nextInt(firstWeight + secondWeight + thirdWeight + fourthWeight);
        if (roll < firstWeight) {
            return first;
        }
        if (roll < firstWeight + secondWeight) {
            return second;
        }
        return roll < firstWeight + secondWeight + thirdWeight ? third : fourth;
    }
}
