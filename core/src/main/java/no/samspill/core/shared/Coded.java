package no.samspill.core.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A closed vocabulary whose values travel as lower-case, hyphenated codes in the API and in forms. */
public interface Coded {

    String code();

    /** The constant whose code is {@code code}; the error lists the allowed codes, for a clear 4xx. */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown value '" + code + "'; allowed: " + allowedCodes(type)));
    }

    static <E extends Enum<E> & Coded> String allowedCodes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
