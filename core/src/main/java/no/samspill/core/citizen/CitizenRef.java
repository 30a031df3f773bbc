package no.samspill.core.citizen;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A citizen's pseudonym: a random id that stands for the citizen in events and processes. Only the personal-data
 * store knows whose it is, and erasing the citizen there leaves this id pointing at nothing.
 */
public record CitizenRef(String value) {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public CitizenRef {
        Objects.requireNonNull(value, "citizen reference is required");
        if (!UUID_TEXT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a citizen reference");
        }
    }

    public static CitizenRef generate() {
        return new CitizenRef(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
