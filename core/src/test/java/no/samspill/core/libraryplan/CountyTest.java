package no.samspill.core.libraryplan;

import java.util.List;
import no.samspill.core.county.County;
import no.samspill.core.county.County.CountyRegion;
import no.samspill.core.county.County.ChangeRegions;
import no.samspill.core.county.County.CountyRegionsChanged;
import no.samspill.core.county.County.CountyRegistered;
import no.samspill.core.county.County.RegisterCounty;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CountyTest {

    private static final MunicipalityCode TROMS = new MunicipalityCode("NO-55");
    private final CountyRegion nord = new CountyRegion(new Region("nord", "Nord-Troms"),
            List.of(new MunicipalityCode("NO-5544"), new MunicipalityCode("NO-5546")));
    private final CountyRegion midt = new CountyRegion(new Region("midt", "Midt-Troms"),
            List.of(new MunicipalityCode("NO-5501")));

    private FixtureConfiguration<County> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(County.class);
    }

    @Test
    void a_county_is_registered_with_its_regions_and_their_municipalities() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCounty(TROMS, "Troms", List.of(nord, midt)))
                .expectEvents(new CountyRegistered(TROMS, "Troms", List.of(nord, midt)));
    }

    @Test
    void a_municipality_belongs_to_one_region() {
        CountyRegion alsoTromso = new CountyRegion(new Region("sor", "Sør-Troms"), List.of(new MunicipalityCode("NO-5501")));
        fixture.givenNoPriorActivity()
                .when(new RegisterCounty(TROMS, "Troms", List.of(nord, midt, alsoTromso)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("a municipality belongs to one region")
                .expectNoEvents();
    }

    @Test
    void a_county_has_regions_each_named_once() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCounty(TROMS, "Troms", List.of()))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RegisterCounty(TROMS, "Troms", List.of(nord, new CountyRegion(new Region("nord", "Nord"), List.of()))))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_county_redraws_its_regions_under_the_same_rules_and_the_same_regions_again_change_nothing() {
        CountyRegion nordWithTromso = new CountyRegion(new Region("nord", "Nord-Troms"), List.of(
                new MunicipalityCode("NO-5544"), new MunicipalityCode("NO-5546"), new MunicipalityCode("NO-5501")));
        CountyRegistered registered = new CountyRegistered(TROMS, "Troms", List.of(nord, midt));
        fixture.given(registered)
                .when(new ChangeRegions(TROMS, List.of(nordWithTromso)))
                .expectEvents(new CountyRegionsChanged(TROMS, List.of(nordWithTromso)));
        fixture.given(registered)
                .when(new ChangeRegions(TROMS, List.of(nord, midt)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(registered)
                .when(new ChangeRegions(TROMS, List.of(nord, new CountyRegion(new Region("midt", "Midt-Troms"),
                        List.of(new MunicipalityCode("NO-5544"))))))
                .expectException(RuleViolation.class).expectExceptionMessage("a municipality belongs to one region")
                .expectNoEvents();
        fixture.given(registered, new CountyRegionsChanged(TROMS, List.of(nordWithTromso)))
                .when(new ChangeRegions(TROMS, List.of(nordWithTromso)))
                .expectNoEvents();
    }
}
