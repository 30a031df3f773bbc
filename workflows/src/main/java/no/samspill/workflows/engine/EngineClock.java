package no.samspill.workflows.engine;

import java.time.LocalDate;
import java.util.Date;
import no.samspill.core.shared.MunicipalTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Days as the process steps count them: "today" by the engine's clock (so that process tests can move it past a due
 * date), in the municipalities' zone.
 */
public final class EngineClock {

    private EngineClock() {
    }

    public static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(MunicipalTime.ZONE).toLocalDate();
    }

    /** The day's last second: a due date or timer that lets the whole day count. */
    public static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(MunicipalTime.ZONE).toInstant().minusSeconds(1));
    }
}
