package no.samspill.core.alliance;

import java.time.LocalDate;
import java.util.List;
import no.samspill.core.alliance.AllianceCommands.ChooseProject;
import no.samspill.core.alliance.AllianceCommands.FormAlliance;
import no.samspill.core.alliance.AllianceCommands.GatherJointMeasure;
import no.samspill.core.alliance.AllianceCommands.SignAlliance;
import no.samspill.core.alliance.AllianceCommands.RecordRegionalOrganisationDecision;
import no.samspill.core.alliance.AllianceEvents.AllianceFormed;
import no.samspill.core.alliance.AllianceEvents.AllianceSigned;
import no.samspill.core.alliance.AllianceEvents.AllianceProjectChosen;
import no.samspill.core.alliance.AllianceEvents.JointMeasureGathered;
import no.samspill.core.alliance.AllianceEvents.RegionalOrganisationDecided;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Regionbibliotek 1 (seed 000): four county libraries formalise their collaboration. */
class AllianceTest {

    private static final AllianceId ID = new AllianceId("a11a4ce0-1b2c-4d3e-8f4a-5b6c7d8e9f01");
    private static final MunicipalityCode BUSKERUD = new MunicipalityCode("NO-06");
    private static final MunicipalityCode VESTFOLD = new MunicipalityCode("NO-07");
    private static final MunicipalityCode TELEMARK = new MunicipalityCode("NO-08");
    private static final MunicipalityCode AGDER = new MunicipalityCode("NO-42");
    private static final List<MunicipalityCode> PARTIES = List.of(BUSKERUD, VESTFOLD, TELEMARK, AGDER);
    private static final List<Signatory> SIGNATORIES = PARTIES.stream()
            .map(party -> new Signatory(party, "fylkesbiblioteksjef")).toList();
    private static final LocalDate AGREED_ON = LocalDate.of(2011, 9, 1);

    private final AllianceFormed formed = new AllianceFormed(ID, "Regionbibliotek 1",
            "En synlig regional utviklingsaktør", AGREED_ON, PARTIES, SIGNATORIES);

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    @Test
    void county_libraries_form_an_alliance_by_a_signed_agreement() {
        fixture.givenNoPriorActivity()
                .when(new FormAlliance(ID, "Regionbibliotek 1", "En synlig regional utviklingsaktør", AGREED_ON,
                        PARTIES, SIGNATORIES))
                .expectEvents(formed);
    }

    @Test
    void an_alliance_has_at_least_two_distinct_parties() {
        fixture.givenNoPriorActivity()
                .when(new FormAlliance(ID, "R1", "Formål", AGREED_ON, List.of(BUSKERUD),
                        List.of(new Signatory(BUSKERUD, "fylkesbiblioteksjef"))))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("an alliance needs at least two county libraries");
        fixture.givenNoPriorActivity()
                .when(new FormAlliance(ID, "R1", "Formål", AGREED_ON, List.of(BUSKERUD, BUSKERUD), SIGNATORIES))
                .expectException(RuleViolation.class).expectExceptionMessage("each party is named once");
    }

    @Test
    void each_party_signs_for_itself_and_the_alliance_is_in_force_once_all_have() {
        AllianceFormed drawnUp = new AllianceFormed(ID, "R1", "Formål", AGREED_ON, List.of(BUSKERUD, VESTFOLD),
                List.of(new Signatory(BUSKERUD, "fylkesbiblioteksjef")));
        fixture.givenNoPriorActivity()
                .when(new FormAlliance(ID, "R1", "Formål", AGREED_ON, List.of(BUSKERUD, VESTFOLD),
                        List.of(new Signatory(BUSKERUD, "fylkesbiblioteksjef"))))
                .expectEvents(drawnUp);
        fixture.given(drawnUp)
                .when(new GatherJointMeasure(ID, "Felles fjernlån"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("is not in force until every party has signed; not signed by: " + VESTFOLD)
                .expectNoEvents();
        fixture.given(drawnUp)
                .when(new SignAlliance(ID, new Signatory(VESTFOLD, "fylkesbiblioteksjef")))
                .expectEvents(new AllianceSigned(ID, new Signatory(VESTFOLD, "fylkesbiblioteksjef")));
        fixture.given(drawnUp, new AllianceSigned(ID, new Signatory(VESTFOLD, "fylkesbiblioteksjef")))
                .when(new GatherJointMeasure(ID, "Felles fjernlån"))
                .expectEvents(new JointMeasureGathered(ID, "Felles fjernlån"));
        fixture.given(drawnUp)
                .when(new SignAlliance(ID, new Signatory(BUSKERUD, "fylkesbiblioteksjef")))
                .expectException(RuleViolation.class).expectExceptionMessage("has signed already");
        fixture.given(drawnUp)
                .when(new SignAlliance(ID, new Signatory(AGDER, "fylkesbiblioteksjef")))
                .expectException(RuleViolation.class).expectExceptionMessage("only a party to the alliance signs it");
    }

    @Test
    void only_parties_sign_each_once() {
        fixture.givenNoPriorActivity()
                .when(new FormAlliance(ID, "R1", "Formål", AGREED_ON, PARTIES, List.of()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the county drawing up the agreement signs it");
        fixture.givenNoPriorActivity()
                .when(new FormAlliance(ID, "R1", "Formål", AGREED_ON, List.of(BUSKERUD, VESTFOLD),
                        List.of(new Signatory(BUSKERUD, "x"), new Signatory(VESTFOLD, "y"),
                                new Signatory(AGDER, "z"))))
                .expectException(RuleViolation.class).expectExceptionMessage("NO-42 signs but is not a party");
        fixture.givenNoPriorActivity()
                .when(new FormAlliance(ID, "R1", "Formål", AGREED_ON, List.of(BUSKERUD, VESTFOLD),
                        List.of(new Signatory(BUSKERUD, "x"), new Signatory(VESTFOLD, "y"),
                                new Signatory(VESTFOLD, "z"))))
                .expectException(RuleViolation.class).expectExceptionMessage("each party signs once, by one role");
        fixture.givenNoPriorActivity()
                .when(new FormAlliance(ID, "R1", "Formål", AGREED_ON, List.of(BUSKERUD, VESTFOLD),
                        List.of(new Signatory(BUSKERUD, "x"), new Signatory(VESTFOLD, " "))))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void an_alliance_has_a_name_a_purpose_and_a_date() {
        fixture.givenNoPriorActivity()
                .when(new FormAlliance(ID, "", "Formål", AGREED_ON, PARTIES, SIGNATORIES))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new FormAlliance(ID, "R1", "Formål", null, PARTIES, SIGNATORIES))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void existing_joint_measures_are_gathered_once_each() {
        fixture.given(formed)
                .when(new GatherJointMeasure(ID, "Felles fjernlån"))
                .expectEvents(new JointMeasureGathered(ID, "Felles fjernlån"));
        fixture.given(formed, new JointMeasureGathered(ID, "Felles fjernlån"))
                .when(new GatherJointMeasure(ID, " felles FJERNLÅN "))
                .expectException(RuleViolation.class).expectExceptionMessage("is already gathered under the alliance");
    }

    @Test
    void a_few_concrete_projects_are_chosen_each_led_by_a_party() {
        fixture.given(formed)
                .when(new ChooseProject(ID, "Felles anbudsrunde for bibliotektransport", TELEMARK))
                .expectEvents(new AllianceProjectChosen(ID, "Felles anbudsrunde for bibliotektransport", TELEMARK));
        fixture.given(formed)
                .when(new ChooseProject(ID, "Felles markedsføring", new MunicipalityCode("NO-03")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("must be one of the alliance's parties: NO-06, NO-07, NO-08, NO-42");
        fixture.given(formed, new AllianceProjectChosen(ID, "Felles markedsføring", BUSKERUD))
                .when(new ChooseProject(ID, "Felles markedsføring", VESTFOLD))
                .expectException(RuleViolation.class).expectExceptionMessage("is already chosen");
    }

    @Test
    void at_most_a_few_projects() {
        fixture.given(formed,
                        new AllianceProjectChosen(ID, "Felles profilering og markedsføring", BUSKERUD),
                        new AllianceProjectChosen(ID, "Studie i endringsledelse", VESTFOLD),
                        new AllianceProjectChosen(ID, "Kurs i tjenestemarkedsføring", TELEMARK),
                        new AllianceProjectChosen(ID, "Felles inngang til digitalt materiale", AGDER),
                        new AllianceProjectChosen(ID, "Felles anbudsrunde for bibliotektransport", TELEMARK))
                .when(new ChooseProject(ID, "Felles konferanse", AGDER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the alliance chooses a few concrete projects, at most 5; it has 5");
    }

    @Test
    void the_regional_organisation_needs_a_political_decision_recorded_once() {
        RegionalOrganisationDecided decided = new RegionalOrganisationDecided(ID, "Fylkestingene i de fire fylkene",
                "FT-sak 12/14", LocalDate.of(2014, 6, 18));
        fixture.given(formed)
                .when(new RecordRegionalOrganisationDecision(ID, "Fylkestingene i de fire fylkene", "FT-sak 12/14",
                        LocalDate.of(2014, 6, 18)))
                .expectEvents(decided);
        fixture.given(formed)
                .when(new RecordRegionalOrganisationDecision(ID, "Fylkestingene", " ", LocalDate.of(2014, 6, 18)))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(formed, decided)
                .when(new RecordRegionalOrganisationDecision(ID, "Fylkestingene", "FT-sak 13/14",
                        LocalDate.of(2014, 9, 1)))
                .expectException(RuleViolation.class).expectExceptionMessage("is already a regional organisation");
    }
}
