package no.samspill.core.inquiry;

import no.samspill.core.shared.Coded;

/** Why an inquiry was referred; a closed list, so that no free text (possibly personal data) enters the log. */
public enum ReferralReason implements Coded {
    SPECIAL_COMPETENCE("special-competence"),
    CASE_PROCESSING("case-processing"),
    NOT_OFFERED_LOCALLY("not-offered-locally"),
    /** One door in: the citizen is sent to the right resource person at another desk of the house. */
    SENT_TO_RESOURCE_PERSON("sent-to-resource-person");

    private final String code;

    ReferralReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ReferralReason fromCode(String code) {
        return Coded.fromCode(ReferralReason.class, code);
    }
}
