package no.samspill.core.libraryplan;

import no.samspill.core.shared.Coded;

/**
 * How much focus a measure (tiltak) of the plan gets in a region (seed 003: "ikke alle tiltak trenger å ha like stort
 * fokus i alle regionene eller bibliotekene").
 */
public enum MeasureWeight implements Coded {
    HIGH("high"),
    NORMAL("normal"),
    LOW("low");

    private final String code;

    MeasureWeight(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static MeasureWeight fromCode(String code) {
        return Coded.fromCode(MeasureWeight.class, code);
    }
}
