package no.samspill.core.network;

import java.time.LocalDate;
import no.samspill.core.network.PartnerContactCommands.HandOverContact;
import no.samspill.core.network.PartnerContactCommands.OpenContact;
import no.samspill.core.network.PartnerContactCommands.RecordContactUse;
import no.samspill.core.network.PartnerContactCommands.ReleaseContact;
import no.samspill.core.network.PartnerContactEvents.ContactHandedOver;
import no.samspill.core.network.PartnerContactEvents.ContactOpened;
import no.samspill.core.network.PartnerContactEvents.ContactReleased;
import no.samspill.core.network.PartnerContactEvents.ContactUsed;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.RuleViolation;
import no.samspill.core.shared.StaffId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerContactTest {

    private static final MunicipalityCode AARHUS = new MunicipalityCode("DK-0751");
    private static final PartnerContactId CONTACT = new PartnerContactId(AARHUS, "Aarhus Universitet");
    private static final StaffId METTE = new StaffId("mette");
    private static final StaffId JONAS = new StaffId("jonas");
    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);

    private final ContactOpened opened = new ContactOpened(CONTACT, "Aarhus Universitet", METTE, "Forskningsformidling", MAY);

    private FixtureConfiguration<PartnerContact> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PartnerContact.class);
    }

    @Test
    void the_same_partner_however_written_is_one_contact() {
        assertThat(new PartnerContactId(AARHUS, "  aarhus   UNIVERSITET ")).isEqualTo(CONTACT);
        assertThat(CONTACT).hasToString("contact:DK-0751:aarhus universitet");
    }

    @Test
    void a_staff_member_opens_a_contact_nobody_holds() {
        fixture.givenNoPriorActivity()
                .when(new OpenContact(CONTACT, "Aarhus Universitet", METTE, "Forskningsformidling", MAY))
                .expectEvents(opened);
    }

    @Test
    void a_second_staff_member_is_refused_and_told_who_holds_the_contact() {
        fixture.given(opened)
                .when(new OpenContact(CONTACT, "aarhus universitet", JONAS, "Studiecafé", MAY.plusDays(1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the contact with aarhus universitet is held by mette since 2026-05-04; "
                        + "ask mette to hand it over");
        fixture.given(opened)
                .when(new OpenContact(CONTACT, "Aarhus Universitet", METTE, "Igen", MAY))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("you already hold the contact with this partner");
    }

    @Test
    void the_holder_hands_the_contact_over_and_the_colleague_holds_it() {
        ContactHandedOver handedOver = new ContactHandedOver(CONTACT, METTE, JONAS, MAY.plusDays(10));
        fixture.given(opened)
                .when(new HandOverContact(CONTACT, METTE, JONAS, MAY.plusDays(10)))
                .expectEvents(handedOver);
        fixture.given(opened, handedOver)
                .when(new OpenContact(CONTACT, "Aarhus Universitet", METTE, "Igen", MAY.plusDays(11)))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        "the contact with Aarhus Universitet is held by jonas since 2026-05-14; ask jonas to hand it over");
    }

    @Test
    void only_the_holder_hands_over_or_lets_go() {
        fixture.given(opened)
                .when(new HandOverContact(CONTACT, JONAS, JONAS, MAY))
                .expectException(RuleViolation.class).expectExceptionMessage("only the holder, mette, hands it over");
        fixture.given(opened)
                .when(new HandOverContact(CONTACT, METTE, METTE, MAY))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(opened)
                .when(new ReleaseContact(CONTACT, JONAS, MAY))
                .expectException(RuleViolation.class).expectExceptionMessage("only the holder, mette, lets it go");
    }

    @Test
    void a_contact_let_go_may_be_opened_by_anyone() {
        ContactReleased released = new ContactReleased(CONTACT, METTE, MAY.plusDays(30));
        fixture.given(opened)
                .when(new ReleaseContact(CONTACT, METTE, MAY.plusDays(30)))
                .expectEvents(released);
        fixture.given(opened, released)
                .when(new OpenContact(CONTACT, "Aarhus Universitet", JONAS, "Studiecafé", MAY.plusDays(31)))
                .expectEvents(new ContactOpened(CONTACT, "Aarhus Universitet", JONAS, "Studiecafé", MAY.plusDays(31)));
        fixture.given(opened, released)
                .when(new HandOverContact(CONTACT, METTE, JONAS, MAY.plusDays(31)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void an_opening_names_its_topic() {
        fixture.givenNoPriorActivity()
                .when(new OpenContact(CONTACT, "Aarhus Universitet", METTE, " ", MAY))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void only_the_holder_records_that_the_contact_was_used_and_tended() {
        fixture.given(opened)
                .when(new RecordContactUse(CONTACT, METTE, MAY.plusMonths(2)))
                .expectEvents(new ContactUsed(CONTACT, METTE, MAY.plusMonths(2)));
        fixture.given(opened)
                .when(new RecordContactUse(CONTACT, JONAS, MAY.plusMonths(2)))
                .expectException(RuleViolation.class).expectExceptionMessage("only the holder, mette, tends it");
        fixture.given(opened, new ContactReleased(CONTACT, METTE, MAY.plusDays(3)))
                .when(new RecordContactUse(CONTACT, METTE, MAY.plusMonths(2)))
                .expectException(RuleViolation.class).expectNoEvents();
    }
}
