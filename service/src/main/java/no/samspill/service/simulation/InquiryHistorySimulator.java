package no.samspill.service.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalTime;
import no.samspill.core.shared.ServiceCode;
import no.samspill.core.shared.StaffId;

/**
 * Writes one plausible life of an inquiry as its model's process would record it, at a given moment in the past:
 * registered, routed, taken, perhaps referred or handed over, then resolved, abandoned or passed to a unit. The
 * shares are illustrative, not measured: they only make the demo's figures differ by model as the seeds describe.
 */
final class InquiryHistorySimulator {

    private static final List<ServiceCode> LIBRARY = List.of(ServiceCode.LOANS_RETURNS, ServiceCode.REFERENCE_QUESTION);
    private static final List<ServiceCode> CITIZEN_SERVICE = List.of(ServiceCode.PASSPORT, ServiceCode.DRIVING_LICENCE,
            ServiceCode.FORMS, ServiceCode.HOUSING, ServiceCode.TAX, ServiceCode.WASTE, ServiceCode.DIGITAL_ID);
    private static final List<ServiceCode> SHARED = List.of(ServiceCode.DIGITAL_GUIDANCE, ServiceCode.PRINT_SCAN_COPY,
            ServiceCode.EQUIPMENT_LENDING, ServiceCode.EVENTS);

    private final Random random;

    InquiryHistorySimulator(Random random) {
        this.random = random;
    }

    /** One event of the history, at its moment. */
    record Simulated(Object payload, Instant at) {
    }

    /** Where the inquiry is served, and by whom, as the demo sets it up. */
    record Place(ServicePointId servicePoint, CoOrganisationModel model, StaffId generalist, StaffId specialist,
                 String otherLocation) {
    }

    /** About a third of the citizens whose inquiry was resolved give a score; first contact pleases more. */
    private void maybeSatisfaction(InquiryId id, List<Simulated> events) {
        Simulated last = events.get(events.size() - 1);
        if (last.payload() instanceof InquiryResolved resolved && random.nextInt(100) < 35) {
            int score = Math.min(5, Math.max(1, (resolved.firstContact() ? 4 : 3) + random.nextInt(3) - 1));
            events.add(new Simulated(new CitizenSatisfactionRecorded(id, score), last.at().plusSeconds(30)));
        }
    }

    List<Simulated> inquiry(Place place, LocalDate day) {
        InquiryId id = InquiryId.generate();
        Instant at = day.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(7 * 60)))
                .atZone(MunicipalTime.ZONE).toInstant();
        Channel channel = pick(Channel.IN_PERSON, 55, Channel.PHONE, 25, Channel.DIGITAL, 15, Channel.CASE_SYSTEM, 5);
        ServiceCode service = service();
        List<Simulated> events = new ArrayList<>();
        events.add(new Simulated(new InquiryRegistered(id, place.servicePoint().municipality(),
                place.servicePoint().code(), place.model(), channel, service, null, null), at));
        at = at.plusSeconds(1);
        switch (place.model()) {
            case PAC_MAN -> pacMan(id, place, channel, at, events);
            case HYBRID -> hybrid(id, place, service, at, events);
            case ONE_DOOR_IN -> oneDoorIn(id, place, service, at, events);
            default -> totalCollaboration(id, place, service, at, events);
        }
        maybeSatisfaction(id, events);
        return events;
    }

    private void totalCollaboration(InquiryId id, Place place, ServiceCode service, Instant at,
                                    List<Simulated> events) {
        events.add(new Simulated(new InquiryRouted(id, Route.SERVE_HERE, true, null, Competence.GENERALIST), at));
        serve(id, place.generalist(), at.plus(minutes(2, 20)), events, 72, place.specialist(),
                Competence.GENERALIST, Competence.CITIZEN_SERVICE, ReferralReason.SPECIAL_COMPETENCE);
    }

    private void oneDoorIn(InquiryId id, Place place, ServiceCode service, Instant at, List<Simulated> events) {
        Competence desk = LIBRARY.contains(service) ? Competence.LIBRARY : Competence.CITIZEN_SERVICE;
        events.add(new Simulated(new InquiryRouted(id, Route.SEND_TO_DESK, true, null, desk), at));
        Competence otherDesk = desk.equals(Competence.LIBRARY) ? Competence.CITIZEN_SERVICE : Competence.LIBRARY;
        // The citizen often comes to the wrong desk first and is sent to the right resource person
        serve(id, place.generalist(), at.plus(minutes(2, 25)), events, 60, place.specialist(), desk, otherDesk,
                ReferralReason.SENT_TO_RESOURCE_PERSON);
    }

    private void hybrid(InquiryId id, Place place, ServiceCode service, Instant at, List<Simulated> events) {
        boolean elsewhere = random.nextInt(100) < (CITIZEN_SERVICE.contains(service) ? 45 : 5);
        events.add(new Simulated(elsewhere
                ? new InquiryRouted(id, Route.REFER_TO_OTHER_LOCATION, false, "offered-at-other-location",
                        Competence.GENERALIST)
                : new InquiryRouted(id, Route.SERVE_HERE, true, null, Competence.GENERALIST), at));
        StaffId server = elsewhere ? place.specialist() : place.generalist();
        serve(id, server, at.plus(minutes(elsewhere ? 60 : 2, elsewhere ? 1440 : 20)), events, 85, place.specialist(),
                Competence.GENERALIST, Competence.CITIZEN_SERVICE, ReferralReason.CASE_PROCESSING, elsewhere);
    }

    private void pacMan(InquiryId id, Place place, Channel channel, Instant at, List<Simulated> events) {
        if (channel == Channel.DIGITAL || channel == Channel.CASE_SYSTEM) {
            events.add(new Simulated(new InquiryRouted(id, Route.ROUTE_OUT_DIGITALLY, false,
                    "digital-handled-by-municipality", Competence.GENERALIST), at));
            // Answered by the case system after the route out: not first contact, as the aggregate says (Route.passesOn)
            events.add(new Simulated(new InquiryResolved(id, new StaffId("bibliotekby-sak"), false),
                    at.plus(minutes(240, 4320))));
            return;
        }
        boolean offered = random.nextInt(100) < 80;
        events.add(new Simulated(offered
                ? new InquiryRouted(id, Route.SERVE_HERE, true, null, Competence.GENERALIST)
                : new InquiryRouted(id, Route.REFER_OUTSIDE, false, "not-offered-locally", Competence.GENERALIST), at));
        Instant taken = at.plus(minutes(2, 20));
        events.add(new Simulated(new InquiryTaken(id, place.generalist()), taken));
        Instant done = taken.plus(minutes(5, 30));
        events.add(new Simulated(offered ? new InquiryResolved(id, place.generalist(), true)
                : new InquiryHandedOver(id, Holder.staff(place.generalist()), Holder.unit("Rådhusets borgerservice"),
                place.generalist()), done));
    }

    /**
     * Taken by {@code first}; resolved there in {@code firstContactPercent} of cases, else referred to
     * {@code second} (who resolves or hands over to a unit), or the citizen leaves.
     */
    private void serve(InquiryId id, StaffId first, Instant taken, List<Simulated> events, int firstContactPercent,
                       StaffId second, Competence from, Competence to, ReferralReason reason) {
        serve(id, first, taken, events, firstContactPercent, second, from, to, reason, false);
    }

    /** {@code routedAway}: the routing sent the citizen elsewhere first, so no resolution is at first contact. */
    private void serve(InquiryId id, StaffId first, Instant taken, List<Simulated> events, int firstContactPercent,
                       StaffId second, Competence from, Competence to, ReferralReason reason, boolean routedAway) {
        events.add(new Simulated(new InquiryTaken(id, first), taken));
        int roll = random.nextInt(100);
        Instant at = taken.plus(minutes(4, 25));
        if (roll < firstContactPercent) {
            events.add(new Simulated(new InquiryResolved(id, first, !routedAway), at));
        } else if (roll < 96) {
            events.add(new Simulated(new InquiryReferred(id, from, to, reason, first), at));
            Instant retaken = at.plus(minutes(10, 600));
            events.add(new Simulated(new InquiryTaken(id, second), retaken));
            Instant done = retaken.plus(minutes(10, 60));
            events.add(new Simulated(random.nextInt(100) < 85 ? new InquiryResolved(id, second, false)
                    : new InquiryHandedOver(id, Holder.staff(second), Holder.unit("Byggesak"), second), done));
        } else {
            events.add(new Simulated(new InquiryAbandoned(id, first), at));
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
