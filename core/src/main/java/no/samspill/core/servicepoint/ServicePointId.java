package no.samspill.core.servicepoint;

import java.util.Objects;
import java.util.regex.Pattern;
import no.samspill.core.shared.MunicipalityCode;

/** A service point by its municipality and its short code there, e.g. {@code NO-3118.mysen}. */
public record ServicePointId(MunicipalityCode municipality, String code) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public ServicePointId {
        Objects.requireNonNull(municipality, "municipality is required");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "'" + code + "' is not a service point code (lower-case letters, digits and hyphens)");
        }
    }

    /** Axon stores an aggregate's identifier by its {@code toString()}. */
    @Override
    public String toString() {
        return municipality + "." + code;
    }
}
