package no.samspill.core.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** A municipality (or county) by its country and official number, e.g. {@code NO-3118} for Indre Østfold. */
public record MunicipalityCode(String value) {

    private static final Pattern CODE = Pattern.compile("(NO|DK)-\\d{2,4}");

    public MunicipalityCode {
        Objects.requireNonNull(value, "municipality code is required");
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a municipality code such as NO-3118");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
