package no.samspill.core.shared;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The standard service catalogue, each service with the competence it needs by default. */
public enum ServiceCode implements Coded {
    LOANS_RETURNS("loans-returns", Competence.LIBRARY),
    REFERENCE_QUESTION("reference-question", Competence.LIBRARY),
    PASSPORT("passport", Competence.CITIZEN_SERVICE),
    DRIVING_LICENCE("driving-licence", Competence.CITIZEN_SERVICE),
    FORMS("forms", Competence.CITIZEN_SERVICE),
    HOUSING("housing", Competence.CITIZEN_SERVICE),
    TAX("tax", Competence.CITIZEN_SERVICE),
    WASTE("waste", Competence.CITIZEN_SERVICE),
    DIGITAL_ID("digital-id", Competence.CITIZEN_SERVICE),
    DIGITAL_GUIDANCE("digital-guidance", Competence.SHARED),
    PRINT_SCAN_COPY("print-scan-copy", Competence.SHARED),
    EQUIPMENT_LENDING("equipment-lending", Competence.SHARED),
    EVENTS("events", Competence.SHARED);

    private final String code;
    private final Competence defaultCompetence;

    ServiceCode(String code, Competence defaultCompetence) {
        this.code = code;
        this.defaultCompetence = defaultCompetence;
    }

    @Override
    public String code() {
        return code;
    }

    public Competence defaultCompetence() {
        return defaultCompetence;
    }

    /** Every standard service with the competence it needs by default. */
    public static Map<ServiceCode, Competence> standardCatalogue() {
        return Arrays.stream(values()).collect(Collectors.toMap(Function.identity(), ServiceCode::defaultCompetence));
    }

    public static ServiceCode fromCode(String code) {
        return Coded.fromCode(ServiceCode.class, code);
    }
}
