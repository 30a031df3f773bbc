package no.samspill.core.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samspill.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Norwegian fødselsnummer and Danish CPR numbers, by the municipality's country. Numbers here are synthetic. */
class CitizenIdentifierTest {

    private static final MunicipalityCode KONGSBERG = new MunicipalityCode("NO-3303");
    private static final MunicipalityCode BIBLIOTEKBY = new MunicipalityCode("DK-0999");

    @ParameterizedTest
    @ValueSource(strings = {"15058545640", "150585 45640", "29020098749", "41019012393"})
    void accepts_a_fodselsnummer_or_d_number_with_matching_check_digits(String raw) {
        assertThat(CitizenIdentifier.of(KONGSBERG, raw).digits()).isEqualTo(raw.replace(" ", ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1505854564  | it must be 11 digits",
            "1505854564x | it must be 11 digits",
            "15058545641 | its check digits do not match",
            "15058545630 | its check digits do not match",
            "32058545640 | it does not start with a valid date of birth",
            "15138545640 | it does not start with a valid date of birth"})
    void refuses_a_malformed_fodselsnummer_without_repeating_it(String raw, String reason) {
        assertThatThrownBy(() -> CitizenIdentifier.of(KONGSBERG, raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("is not a Norwegian national identity number (fødselsnummer): " + reason)
                .hasMessageNotContaining(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0101901234", "010190-1234", "2902001234"})
    void accepts_a_cpr_number_with_or_without_its_hyphen(String raw) {
        assertThat(CitizenIdentifier.of(BIBLIOTEKBY, raw).digits()).isEqualTo(raw.replace("-", ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "010190-123  | it must be 10 digits (DDMMÅÅ-XXXX)",
            "3102901234  | it does not start with a valid date of birth"})
    void refuses_a_malformed_cpr_number(String raw, String reason) {
        assertThatThrownBy(() -> CitizenIdentifier.of(BIBLIOTEKBY, raw))
                .hasMessage("is not a Danish CPR number: " + reason);
    }

    @Test
    void shows_nothing_of_the_number_when_printed() {
        assertThat(CitizenIdentifier.of(KONGSBERG, "15058545640")).hasToString("CitizenIdentifier[hidden]");
    }

    @Test
    void a_citizen_ref_is_a_random_pseudonym() {
        assertThat(CitizenRef.generate()).isNotEqualTo(CitizenRef.generate());
        assertThatThrownBy(() -> new CitizenRef("15058545640")).isInstanceOf(IllegalArgumentException.class);
    }
}
