package no.samspill.core.shared;

import java.time.ZoneId;

/**
 * The municipalities' local time, in which their days begin and end (deadlines, effective dates, days in the
 * analytics). Norway and Denmark keep the same time all year.
 */
public final class MunicipalTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private MunicipalTime() {
    }
}
