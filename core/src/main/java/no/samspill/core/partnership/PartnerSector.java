package no.samspill.core.partnership;

import no.samspill.core.shared.Coded;

/** What kind of organisation the partner is; evaluators count active partnerships by it. */
public enum PartnerSector implements Coded {
    CULTURE("culture"),
    EDUCATION("education"),
    RESEARCH("research"),
    BUSINESS("business"),
    CIVIL_SOCIETY("civil-society"),
    PUBLIC_SECTOR("public-sector");

    private final String code;

    PartnerSector(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static PartnerSector fromCode(String code) {
        return Coded.fromCode(PartnerSector.class, code);
    }
}
