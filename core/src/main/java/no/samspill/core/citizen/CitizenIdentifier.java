package no.samspill.core.citizen;

import java.time.MonthDay;
import java.util.Objects;
import no.samspill.core.shared.MunicipalityCode;

/**
 * A citizen's national identifier: the Norwegian fødselsnummer (or D-number) for a Norwegian municipality, the
 * Danish CPR number for a Danish one. Personal data: it is never put in an event, a process variable or a log line,
 * and its {@link #toString()} shows nothing of it. Errors name what is wrong, never the number.
 */
public final class CitizenIdentifier {

    private static final int[] FIRST_CHECK_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] SECOND_CHECK_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private final String digits;

    private CitizenIdentifier(String digits) {
        this.digits = digits;
    }

    /** Validates {@code raw} by the rules of the municipality's country; spaces and a CPR hyphen are allowed. */
    public static CitizenIdentifier of(MunicipalityCode municipality, String raw) {
        Objects.requireNonNull(raw, "citizen identifier is required");
        String country = municipality.value().substring(0, 2);
        return switch (country) {
            case "NO" -> norwegian(raw.replace(" ", ""));
            case "DK" -> danish(raw.replace(" ", "").replace("-", ""));
            default -> throw new IllegalArgumentException("no citizen identifier is known for country " + country);
        };
    }

    /** Fødselsnummer or D-number: 11 digits, a date of birth, and two modulus-11 check digits. */
    private static CitizenIdentifier norwegian(String digits) {
        if (!digits.matches("\\d{11}")) {
            throw new IllegalArgumentException(
                    "is not a Norwegian national identity number (fødselsnummer): it must be 11 digits");
        }
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        // D-numbers add 40 to the day; H-numbers and the Tax Administration's synthetic test numbers add 40 or 80
        // to the month.
        requireDate(day > 40 ? day - 40 : day, month > 80 ? month - 80 : month > 40 ? month - 40 : month,
                "Norwegian national identity number (fødselsnummer)");
        if (checkDigit(digits, FIRST_CHECK_WEIGHTS) != digits.charAt(9) - '0'
                || checkDigit(digits, SECOND_CHECK_WEIGHTS) != digits.charAt(10) - '0') {
            throw new IllegalArgumentException(
                    "is not a Norwegian national identity number (fødselsnummer): its check digits do not match");
        }
        return new CitizenIdentifier(digits);
    }

    /** CPR number: 10 digits, a date of birth first (no modulus-11 check, which Denmark dropped in 2007). */
    private static CitizenIdentifier danish(String digits) {
        if (!digits.matches("\\d{10}")) {
            throw new IllegalArgumentException("is not a Danish CPR number: it must be 10 digits (DDMMÅÅ-XXXX)");
        }
        requireDate(Integer.parseInt(digits.substring(0, 2)), Integer.parseInt(digits.substring(2, 4)),
                "Danish CPR number");
        return new CitizenIdentifier(digits);
    }

    private static void requireDate(int day, int month, String kind) {
        try {
            MonthDay.of(month, day); // allows 29 February; the century is not known from the number alone
        } catch (RuntimeException notADate) {
            throw new IllegalArgumentException("is not a " + kind + ": it does not start with a valid date of birth");
        }
    }

    /** Modulus 11 with the given weights over the first digits; 10 cannot be a check digit. */
    private static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    /** The digits, for the personal-data store only (which encrypts them). */
    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CitizenIdentifier that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "CitizenIdentifier[hidden]";
    }
}
