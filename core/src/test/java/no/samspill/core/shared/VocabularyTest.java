package no.samspill.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void codes_read_back_to_their_constants() {
        assertThat(Channel.fromCode("in-person")).isEqualTo(Channel.IN_PERSON);
        assertThat(ServiceCode.fromCode("driving-licence")).isEqualTo(ServiceCode.DRIVING_LICENCE);
        assertThat(CoOrganisationModel.fromCode("pac-man")).isEqualTo(CoOrganisationModel.PAC_MAN);
    }

    @Test
    void an_unknown_code_is_refused_with_the_allowed_ones() {
        assertThatThrownBy(() -> Channel.fromCode("fax"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown value 'fax'; allowed: in-person, phone, digital, case-system");
    }

    @Test
    void a_municipality_code_names_country_and_number() {
        assertThat(new MunicipalityCode("NO-3118").value()).isEqualTo("NO-3118");
        assertThatThrownBy(() -> new MunicipalityCode("3118")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_standard_service_needs_library_citizen_service_or_shared_competence() {
        assertThat(ServiceCode.PASSPORT.defaultCompetence()).isEqualTo(Competence.CITIZEN_SERVICE);
        assertThat(ServiceCode.LOANS_RETURNS.defaultCompetence()).isEqualTo(Competence.LIBRARY);
        assertThat(ServiceCode.PRINT_SCAN_COPY.defaultCompetence()).isEqualTo(Competence.SHARED);
    }
}
