package no.samspill.core.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samspill.core.citizen.CitizenRef;
import no.samspill.core.inquiry.InquiryCommands.AbandonInquiry;
import no.samspill.core.inquiry.InquiryCommands.WithdrawInquiry;
import no.samspill.core.inquiry.InquiryEvents.InquiryWithdrawn;
import no.samspill.core.inquiry.InquiryCommands.HandOverInquiry;
import no.samspill.core.inquiry.InquiryCommands.RecordSatisfaction;
import no.samspill.core.inquiry.InquiryCommands.ReferInquiry;
import no.samspill.core.inquiry.InquiryCommands.RegisterInquiry;
import no.samspill.core.inquiry.InquiryCommands.ResolveInquiry;
import no.samspill.core.inquiry.InquiryCommands.RouteInquiry;
import no.samspill.core.inquiry.InquiryCommands.TakeInquiry;
import no.samspill.core.inquiry.InquiryEvents.CitizenSatisfactionRecorded;
import no.samspill.core.inquiry.InquiryEvents.InquiryAbandoned;
import no.samspill.core.inquiry.InquiryEvents.InquiryHandedOver;
import no.samspill.core.inquiry.InquiryEvents.InquiryReferred;
import no.samspill.core.inquiry.InquiryEvents.InquiryRegistered;
import no.samspill.core.inquiry.InquiryEvents.InquiryResolved;
import no.samspill.core.inquiry.InquiryEvents.InquiryRouted;
import no.samspill.core.inquiry.InquiryEvents.InquiryTaken;
import java.util.Map;
import no.samspill.core.shared.ActingMunicipality;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.RuleViolation;
import no.samspill.core.shared.ServiceCode;
import no.samspill.core.shared.StaffId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InquiryTest {

    private static final InquiryId ID = new InquiryId("7b0c3a52-4f6e-4d7a-9a55-1f2d3c4b5a61");
    private static final MunicipalityCode INDRE_OSTFOLD = new MunicipalityCode("NO-3118");
    private static final StaffId KARI = new StaffId("kari");
    private static final StaffId PER = new StaffId("per");

    private static final CitizenRef CITIZEN = CitizenRef.generate();
    private final InquiryRegistered registered = new InquiryRegistered(ID, INDRE_OSTFOLD, "mysen",
            CoOrganisationModel.TOTAL_COLLABORATION, Channel.IN_PERSON, ServiceCode.PASSPORT, "sak-42", CITIZEN);
    private final InquiryTaken takenByKari = new InquiryTaken(ID, KARI);
    private final InquiryReferred referredToCitizenService = new InquiryReferred(ID, Competence.GENERALIST,
            Competence.CITIZEN_SERVICE, ReferralReason.SPECIAL_COMPETENCE, KARI);
    private final InquiryTaken takenByPer = new InquiryTaken(ID, PER);

    private FixtureConfiguration<Inquiry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Inquiry.class);
    }

    @Test
    void registering_records_the_model_the_inquiry_runs_under() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInquiry(ID, INDRE_OSTFOLD, "mysen", CoOrganisationModel.TOTAL_COLLABORATION,
                        Channel.IN_PERSON, ServiceCode.PASSPORT, "sak-42", CITIZEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered);
    }

    @Test
    void an_inquiry_needs_a_service_point() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInquiry(ID, INDRE_OSTFOLD, " ", CoOrganisationModel.TOTAL_COLLABORATION,
                        Channel.IN_PERSON, ServiceCode.PASSPORT, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void routing_records_whether_the_inquiry_is_handled_locally() {
        fixture.given(registered)
                .when(new RouteInquiry(ID, Route.REFER_OUTSIDE, false, "not-offered-locally", Competence.GENERALIST))
                .expectEvents(new InquiryRouted(ID, Route.REFER_OUTSIDE, false, "not-offered-locally", Competence.GENERALIST));
    }

    @Test
    void an_inquiry_not_handled_locally_needs_the_reason() {
        fixture.given(registered)
                .when(new RouteInquiry(ID, Route.REFER_OUTSIDE, false, null, Competence.GENERALIST))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("is required for an inquiry not handled locally")
                .expectNoEvents();
        fixture.given(registered)
                .when(new RouteInquiry(ID, Route.SERVE_HERE, true, "not-offered-locally", Competence.GENERALIST))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void an_inquiry_is_routed_once() {
        fixture.given(registered, new InquiryRouted(ID, Route.SERVE_HERE, true, null, Competence.GENERALIST))
                .when(new RouteInquiry(ID, Route.REFER_OUTSIDE, false, "not-offered-locally", Competence.GENERALIST))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the inquiry is already routed")
                .expectNoEvents();
    }

    @Test
    void a_referral_starts_from_the_competence_of_the_desk_the_inquiry_was_routed_to() {
        fixture.given(registered, new InquiryRouted(ID, Route.SEND_TO_DESK, true, null, Competence.LIBRARY), takenByKari)
                .when(new ReferInquiry(ID, Competence.CITIZEN_SERVICE, ReferralReason.SENT_TO_RESOURCE_PERSON, KARI))
                .expectEvents(new InquiryReferred(ID, Competence.LIBRARY, Competence.CITIZEN_SERVICE,
                        ReferralReason.SENT_TO_RESOURCE_PERSON, KARI));
    }

    @Test
    void a_staff_member_takes_a_registered_inquiry() {
        fixture.given(registered)
                .when(new TakeInquiry(ID, KARI))
                .expectEvents(takenByKari);
    }

    @Test
    void taking_an_inquiry_one_already_holds_changes_nothing() {
        fixture.given(registered, takenByKari)
                .when(new TakeInquiry(ID, KARI))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void another_staff_member_may_take_over_a_taken_inquiry() {
        fixture.given(registered, takenByKari)
                .when(new TakeInquiry(ID, PER))
                .expectEvents(takenByPer);
    }

    @Test
    void a_generalist_refers_to_the_competence_needed() {
        fixture.given(registered, takenByKari)
                .when(new ReferInquiry(ID, Competence.CITIZEN_SERVICE, ReferralReason.SPECIAL_COMPETENCE, KARI))
                .expectEvents(referredToCitizenService);
    }

    @Test
    void no_referral_to_the_competence_that_already_has_it() {
        fixture.given(registered, takenByKari, referredToCitizenService)
                .when(new ReferInquiry(ID, Competence.CITIZEN_SERVICE, ReferralReason.SPECIAL_COMPETENCE, PER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the inquiry is already with competence 'citizen-service'; refer it to another one")
                .expectNoEvents();
    }

    @Test
    void resolving_without_referral_or_handover_is_resolution_at_first_contact() {
        fixture.given(registered, takenByKari)
                .when(new ResolveInquiry(ID, KARI))
                .expectEvents(new InquiryResolved(ID, KARI, true));
    }

    @Test
    void a_process_step_acting_for_another_municipality_finds_no_such_inquiry() {
        fixture.given(registered, takenByKari)
                .when(new ResolveInquiry(ID, KARI), Map.of(ActingMunicipality.METADATA_KEY, "NO-3303"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("no inquiry with this id in your municipality")
                .expectNoEvents();
    }

    @Test
    void a_process_step_acting_for_the_inquirys_own_municipality_goes_ahead() {
        fixture.given(registered, takenByKari)
                .when(new ResolveInquiry(ID, KARI), Map.of(ActingMunicipality.METADATA_KEY, "NO-3118"))
                .expectEvents(new InquiryResolved(ID, KARI, true));
    }

    @Test
    void an_inquiry_id_is_a_uuid_so_that_it_cannot_take_another_aggregates_stream() {
        assertThatThrownBy(() -> new InquiryId("NO-3303.krona")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inquiry id must be a UUID in lower case (8-4-4-4-12 hexadecimal digits)");
        assertThatThrownBy(() -> new InquiryId(ID.value().toUpperCase())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new InquiryId(ID.value())).isEqualTo(ID);
    }

    @Test
    void resolving_after_a_referral_is_not_first_contact() {
        fixture.given(registered, takenByKari, referredToCitizenService, takenByPer)
                .when(new ResolveInquiry(ID, PER))
                .expectEvents(new InquiryResolved(ID, PER, false));
    }

    @Test
    void resolving_after_a_route_to_the_other_location_or_out_to_the_case_system_is_not_first_contact() {
        for (Route away : new Route[] {Route.REFER_TO_OTHER_LOCATION, Route.ROUTE_OUT_DIGITALLY, Route.REFER_OUTSIDE}) {
            fixture.given(registered, new InquiryRouted(ID, away, false, "not-offered-locally", Competence.GENERALIST),
                            takenByKari)
                    .when(new ResolveInquiry(ID, KARI))
                    .expectEvents(new InquiryResolved(ID, KARI, false));
        }
        // Served where they came, by whichever desk or competence: first contact
        for (Route here : new Route[] {Route.SERVE_HERE, Route.SEND_TO_DESK, Route.REFER_TO_COMPETENCE}) {
            fixture.given(registered, new InquiryRouted(ID, here, true, null, Competence.LIBRARY), takenByKari)
                    .when(new ResolveInquiry(ID, KARI))
                    .expectEvents(new InquiryResolved(ID, KARI, true));
        }
    }

    @Test
    void resolving_after_a_handover_is_not_first_contact() {
        fixture.given(registered, takenByKari, new InquiryHandedOver(ID, Holder.staff(KARI), Holder.staff(PER), KARI))
                .when(new ResolveInquiry(ID, PER))
                .expectEvents(new InquiryResolved(ID, PER, false));
    }

    @Test
    void a_handover_passes_responsibility_from_the_holder_to_another() {
        fixture.given(registered, takenByKari, referredToCitizenService, takenByPer)
                .when(new HandOverInquiry(ID, Holder.unit("Byggesak"), PER))
                .expectEvents(new InquiryHandedOver(ID, Holder.staff(PER), Holder.unit("Byggesak"), PER));
    }

    @Test
    void no_handover_to_the_same_holder() {
        fixture.given(registered, takenByKari)
                .when(new HandOverInquiry(ID, Holder.staff(KARI), KARI))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the inquiry is already held by kari")
                .expectNoEvents();
    }

    @Test
    void the_new_holder_taking_a_handed_over_inquiry_changes_nothing() {
        fixture.given(registered, takenByKari, new InquiryHandedOver(ID, Holder.staff(KARI), Holder.staff(PER), KARI))
                .when(new TakeInquiry(ID, PER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void an_open_inquiry_can_be_abandoned() {
        fixture.given(registered, takenByKari)
                .when(new AbandonInquiry(ID, KARI))
                .expectEvents(new InquiryAbandoned(ID, KARI));
    }

    @Test
    void an_open_inquiry_is_withdrawn_once_with_its_reason_and_never_once_closed() {
        StaffId caseSystem = new StaffId("io-sak");
        fixture.given(registered, takenByKari)
                .when(new WithdrawInquiry(ID, WithdrawalReason.DUPLICATE, caseSystem))
                .expectEvents(new InquiryWithdrawn(ID, WithdrawalReason.DUPLICATE, caseSystem));
        fixture.given(registered, new InquiryWithdrawn(ID, WithdrawalReason.DUPLICATE, caseSystem))
                .when(new WithdrawInquiry(ID, WithdrawalReason.CITIZEN_WITHDREW, caseSystem))
                .expectException(RuleViolation.class).expectExceptionMessage("the inquiry is already withdrawn")
                .expectNoEvents();
        fixture.given(registered, takenByKari, new InquiryResolved(ID, KARI, true))
                .when(new WithdrawInquiry(ID, WithdrawalReason.REGISTERED_BY_MISTAKE, caseSystem))
                .expectException(RuleViolation.class).expectExceptionMessage("the inquiry is already resolved")
                .expectNoEvents();
        fixture.given(registered, new InquiryWithdrawn(ID, WithdrawalReason.DUPLICATE, caseSystem))
                .when(new ResolveInquiry(ID, KARI))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void no_referral_of_a_resolved_inquiry() {
        fixture.given(registered, takenByKari, new InquiryResolved(ID, KARI, true))
                .when(new ReferInquiry(ID, Competence.LIBRARY, ReferralReason.SPECIAL_COMPETENCE, KARI))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the inquiry is already resolved")
                .expectNoEvents();
    }

    @Test
    void a_resolved_inquiry_records_the_citizens_satisfaction_once() {
        InquiryResolved resolved = new InquiryResolved(ID, KARI, true);
        fixture.given(registered, takenByKari, resolved)
                .when(new RecordSatisfaction(ID, 4))
                .expectEvents(new CitizenSatisfactionRecorded(ID, 4));
        fixture.given(registered, takenByKari, resolved, new CitizenSatisfactionRecorded(ID, 4))
                .when(new RecordSatisfaction(ID, 5))
                .expectExceptionMessage("is already recorded for this inquiry")
                .expectNoEvents();
    }

    @Test
    void satisfaction_is_one_to_five_and_only_for_a_resolved_inquiry() {
        fixture.given(registered, takenByKari, new InquiryResolved(ID, KARI, true))
                .when(new RecordSatisfaction(ID, 6))
                .expectExceptionMessage("must be 1 (very dissatisfied) to 5 (very satisfied)")
                .expectNoEvents();
        fixture.given(registered, takenByKari)
                .when(new RecordSatisfaction(ID, 3))
                .expectExceptionMessage("is recorded for a resolved inquiry; this one is taken")
                .expectNoEvents();
    }

    @Test
    void no_second_resolution() {
        fixture.given(registered, takenByKari, new InquiryResolved(ID, KARI, true))
                .when(new ResolveInquiry(ID, KARI))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void no_resolution_of_an_abandoned_inquiry() {
        fixture.given(registered, new InquiryAbandoned(ID, KARI))
                .when(new ResolveInquiry(ID, KARI))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the inquiry is already abandoned")
                .expectNoEvents();
    }

    @Test
    void no_referral_handover_or_taking_of_an_abandoned_inquiry() {
        fixture.given(registered, new InquiryAbandoned(ID, KARI))
                .when(new HandOverInquiry(ID, Holder.staff(PER), KARI))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(registered, new InquiryAbandoned(ID, KARI))
                .when(new TakeInquiry(ID, PER))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(registered, new InquiryAbandoned(ID, KARI))
                .when(new ReferInquiry(ID, Competence.LIBRARY, ReferralReason.CASE_PROCESSING, KARI))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void no_second_abandonment() {
        fixture.given(registered, new InquiryAbandoned(ID, KARI))
                .when(new AbandonInquiry(ID, KARI))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
