package no.samspill.workflows.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.MunicipalTime;
import no.samspill.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceLevelsTest {

    private static final MunicipalityCode INDRE_OSTFOLD = new MunicipalityCode("NO-3118");
    private static final MunicipalityCode KONGSBERG = new MunicipalityCode("NO-3303");

    private static Instant oslo(String localTime) {
        return LocalDateTime.parse(localTime).atZone(MunicipalTime.ZONE).toInstant();
    }

    /** Read off a calendar: 2026-12-04 is a Friday, 12-05/06 the weekend, 12-09 a Wednesday. */
    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            "2026-12-07T09:15, P1D,  2026-12-08T09:15",  // Monday: Tuesday, same time
            "2026-12-04T14:30, P1D,  2026-12-07T14:30",  // Friday: Monday
            "2026-12-05T10:00, P1D,  2026-12-07T10:00",  // Saturday: Monday
            "2026-12-09T08:00, P3D,  2026-12-14T08:00",  // Wednesday + 3: Thu, Fri, Mon
            "2026-12-04T16:30, PT1H, 2026-12-04T17:30",  // hours are clock time
            "2026-12-04T16:30, P1DT2H, 2026-12-07T18:30"})
    void whole_days_are_working_days_and_the_rest_clock_time(String registered, Duration level, String due) {
        assertThat(ServiceLevels.due(oslo(registered), level)).isEqualTo(oslo(due));
    }

    @Test
    void a_municipalitys_own_level_comes_before_the_default_and_a_channel_without_one_has_no_due_date() {
        ServiceLevels levels = new ServiceLevels(Map.of(Channel.PHONE, Duration.ofDays(1)),
                Map.of("NO-3303", Map.of(Channel.PHONE, Duration.ofHours(4))));

        assertThat(levels.dueFor(INDRE_OSTFOLD, Channel.PHONE, oslo("2026-12-07T09:00")))
                .contains(oslo("2026-12-08T09:00"));
        assertThat(levels.dueFor(KONGSBERG, Channel.PHONE, oslo("2026-12-07T09:00")))
                .contains(oslo("2026-12-07T13:00"));
        assertThat(levels.dueFor(KONGSBERG, Channel.DIGITAL, oslo("2026-12-07T09:00"))).isEmpty();
    }
}
