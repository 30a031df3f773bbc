package no.samspill.core.servicepoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samspill.core.servicepoint.ServicePointCommands.ChangeCatalogue;
import no.samspill.core.servicepoint.ServicePointCommands.ChangeCoOrganisationModel;
import no.samspill.core.servicepoint.ServicePointCommands.RegisterServicePoint;
import no.samspill.core.servicepoint.ServicePointEvents.CatalogueChanged;
import no.samspill.core.servicepoint.ServicePointEvents.CoOrganisationModelChanged;
import no.samspill.core.servicepoint.ServicePointEvents.ServicePointRegistered;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.RuleViolation;
import no.samspill.core.shared.ServiceCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServicePointTest {

    private static final ServicePointId MYSEN = new ServicePointId(new MunicipalityCode("NO-3118"), "mysen");
    private static final Map<ServiceCode, Competence> PASSPORTS = Map.of(ServiceCode.PASSPORT, Competence.CITIZEN_SERVICE);
    private static final List<Desk> SHARED_DESK = List.of(new Desk("shared", "Felles skranke", Competence.GENERALIST));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final ServicePointRegistered registered = new ServicePointRegistered(MYSEN,
            "Mysen innbyggertorg og bibliotek", CoOrganisationModel.TOTAL_COLLABORATION, SHARED_DESK, PASSPORTS);

    private FixtureConfiguration<ServicePoint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ServicePoint.class);
    }

    @Test
    void a_service_point_is_registered_with_its_model_desks_and_catalogue() {
        fixture.givenNoPriorActivity()
                .when(new RegisterServicePoint(MYSEN, "Mysen innbyggertorg og bibliotek",
                        CoOrganisationModel.TOTAL_COLLABORATION, SHARED_DESK, PASSPORTS))
                .expectEvents(registered);
    }

    @Test
    void a_service_point_offers_at_least_one_service() {
        fixture.givenNoPriorActivity()
                .when(new RegisterServicePoint(MYSEN, "Mysen", CoOrganisationModel.TOTAL_COLLABORATION, List.of(), Map.of()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_service_point_has_a_name() {
        fixture.givenNoPriorActivity()
                .when(new RegisterServicePoint(MYSEN, "", CoOrganisationModel.TOTAL_COLLABORATION, List.of(), PASSPORTS))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_catalogue_change_is_recorded() {
        Map<ServiceCode, Competence> more = Map.of(ServiceCode.PASSPORT, Competence.CITIZEN_SERVICE,
                ServiceCode.EVENTS, Competence.SHARED);
        fixture.given(registered)
                .when(new ChangeCatalogue(MYSEN, more))
                .expectEvents(new CatalogueChanged(MYSEN, more));
    }

    @Test
    void the_same_catalogue_again_changes_nothing() {
        fixture.given(registered)
                .when(new ChangeCatalogue(MYSEN, PASSPORTS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_catalogue_cannot_become_empty() {
        fixture.given(registered)
                .when(new ChangeCatalogue(MYSEN, Map.of()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_model_change_records_the_decision_and_the_model_it_replaces() {
        fixture.given(registered)
                .when(new ChangeCoOrganisationModel(MYSEN, CoOrganisationModel.HYBRID, "PS 2026/45",
                        LocalDate.of(2027, 1, 1), TODAY))
                .expectEvents(new CoOrganisationModelChanged(MYSEN, CoOrganisationModel.TOTAL_COLLABORATION,
                        CoOrganisationModel.HYBRID, "PS 2026/45", LocalDate.of(2027, 1, 1)));
    }

    @Test
    void no_model_change_to_the_model_in_force_on_that_day() {
        fixture.given(registered)
                .when(new ChangeCoOrganisationModel(MYSEN, CoOrganisationModel.TOTAL_COLLABORATION, "PS 2026/45",
                        LocalDate.of(2027, 1, 1), TODAY))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the service point already runs under 'total-collaboration' on 2027-01-01")
                .expectNoEvents();
    }

    @Test
    void no_second_change_for_the_same_effective_date() {
        fixture.given(registered, new CoOrganisationModelChanged(MYSEN, CoOrganisationModel.TOTAL_COLLABORATION,
                        CoOrganisationModel.HYBRID, "PS 2026/45", LocalDate.of(2027, 1, 1)))
                .when(new ChangeCoOrganisationModel(MYSEN, CoOrganisationModel.PAC_MAN, "PS 2026/46",
                        LocalDate.of(2027, 1, 1), TODAY))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("a model change already takes effect on 2027-01-01")
                .expectNoEvents();
    }

    @Test
    void a_later_change_is_checked_against_the_model_an_earlier_change_puts_in_force() {
        fixture.given(registered, new CoOrganisationModelChanged(MYSEN, CoOrganisationModel.TOTAL_COLLABORATION,
                        CoOrganisationModel.HYBRID, "PS 2026/45", LocalDate.of(2027, 1, 1)))
                .when(new ChangeCoOrganisationModel(MYSEN, CoOrganisationModel.HYBRID, "PS 2026/46",
                        LocalDate.of(2027, 6, 1), TODAY))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the service point already runs under 'hybrid' on 2027-06-01");
    }

    @Test
    void a_decision_may_take_effect_a_little_in_the_past_but_not_rewrite_history() {
        fixture.given(registered)
                .when(new ChangeCoOrganisationModel(MYSEN, CoOrganisationModel.HYBRID, "PS 2026/40",
                        TODAY.minusDays(31), TODAY))
                .expectSuccessfulHandlerExecution();
        fixture.given(registered)
                .when(new ChangeCoOrganisationModel(MYSEN, CoOrganisationModel.HYBRID, "PS 2026/40",
                        TODAY.minusDays(32), TODAY))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_model_change_needs_the_decision_reference() {
        fixture.given(registered)
                .when(new ChangeCoOrganisationModel(MYSEN, CoOrganisationModel.HYBRID, " ",
                        LocalDate.of(2027, 1, 1), TODAY))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void desks_are_changed_once_each_named_once_and_the_same_desks_again_change_nothing() {
        List<Desk> withLibraryDesk = List.of(SHARED_DESK.get(0),
                new Desk("library", "Bibliotekets skranke", Competence.LIBRARY));
        fixture.given(registered)
                .when(new ServicePointCommands.ChangeDesks(MYSEN, withLibraryDesk))
                .expectEvents(new ServicePointEvents.DesksChanged(MYSEN, withLibraryDesk));
        fixture.given(registered)
                .when(new ServicePointCommands.ChangeDesks(MYSEN, SHARED_DESK))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(registered, new ServicePointEvents.DesksChanged(MYSEN, withLibraryDesk))
                .when(new ServicePointCommands.ChangeDesks(MYSEN, List.of(withLibraryDesk.get(1), SHARED_DESK.get(0))))
                .expectNoEvents();
        fixture.given(registered)
                .when(new ServicePointCommands.ChangeDesks(MYSEN, List.of(SHARED_DESK.get(0),
                        new Desk("shared", "Ny skranke", Competence.LIBRARY))))
                .expectException(RuleViolation.class).expectExceptionMessage("each desk is named once")
                .expectNoEvents();
    }
}
