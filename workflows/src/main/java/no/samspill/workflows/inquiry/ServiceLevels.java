package no.samspill.workflows.inquiry;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.MunicipalTime;
import no.samspill.core.shared.MunicipalityCode;

/**
 * How soon a citizen is to be served, by channel, the municipality's own where it set one: e.g. a phone or digital
 * callback within one working day. Whole days in a service level are working days (Monday to Friday, in the
 * municipalities' time; public holidays are not known here), the rest clock time: {@code P1D} is "by the same time
 * next working day", {@code PT1H} "within the hour".
 */
public final class ServiceLevels {

    /** No service levels: tasks get no due date. */
    public static final ServiceLevels NONE = new ServiceLevels(Map.of(), Map.of());

    private final Map<Channel, Duration> defaults;
    private final Map<String, Map<Channel, Duration>> byMunicipality;

    public ServiceLevels(Map<Channel, Duration> defaults, Map<String, Map<Channel, Duration>> byMunicipality) {
        this.defaults = Map.copyOf(defaults);
        this.byMunicipality = Map.copyOf(byMunicipality);
    }

    /** The service level for the municipality's channel: its own, else the default, else none. */
    public Optional<Duration> of(MunicipalityCode municipality, Channel channel) {
        Duration own = byMunicipality.getOrDefault(municipality.value(), Map.of()).get(channel);
        return Optional.ofNullable(own != null ? own : defaults.get(channel));
    }

    /** When an inquiry registered at {@code registeredAt} is due, if the channel has a service level. */
    public Optional<Instant> dueFor(MunicipalityCode municipality, Channel channel, Instant registeredAt) {
        return of(municipality, channel).map(level -> due(registeredAt, level));
    }

    static Instant due(Instant registeredAt, Duration level) {
        ZonedDateTime due = registeredAt.atZone(MunicipalTime.ZONE);
        for (long workingDays = level.toDays(); workingDays > 0; ) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                workingDays--;
            }
        }
        return due.plus(level.minusDays(level.toDays())).toInstant();
    }
}
