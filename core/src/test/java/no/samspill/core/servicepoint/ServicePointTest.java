package no.samspill.core.servicepoint;

import java.util.Map;
import no.samspill.core.servicepoint.ServicePointCommands.RegisterServicePoint;
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

    private FixtureConfiguration<ServicePoint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ServicePoint.class);
    }

    @Test
    void a_service_point_is_registered_with_its_model_and_catalogue() {
        Map<ServiceCode, Competence> catalogue = Map.of(ServiceCode.PASSPORT, Competence.CITIZEN_SERVICE);
        fixture.givenNoPriorActivity()
                .when(new RegisterServicePoint(MYSEN, "Mysen innbyggertorg og bibliotek",
                        CoOrganisationModel.TOTAL_COLLABORATION, catalogue))
                .expectEvents(new ServicePointRegistered(MYSEN, "Mysen innbyggertorg og bibliotek",
                        CoOrganisationModel.TOTAL_COLLABORATION, catalogue));
    }

    @Test
    void a_service_point_offers_at_least_one_service() {
        fixture.givenNoPriorActivity()
                .when(new RegisterServicePoint(MYSEN, "Mysen", CoOrganisationModel.TOTAL_COLLABORATION, Map.of()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_service_point_has_a_name() {
        fixture.givenNoPriorActivity()
                .when(new RegisterServicePoint(MYSEN, "", CoOrganisationModel.TOTAL_COLLABORATION,
                        Map.of(ServiceCode.PASSPORT, Competence.CITIZEN_SERVICE)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
