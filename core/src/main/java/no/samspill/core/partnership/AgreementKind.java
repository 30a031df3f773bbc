package no.samspill.core.partnership;

import no.samspill.core.shared.Coded;

/**
 * What a written agreement is (Byg partnerskaber!): a partnership for a fixed activity with a set duration, or an
 * open framework for activities with no end date; or money given for set activities on the giver's conditions, a
 * sponsorship or a grant from a fund, recorded as such and not as a partnership.
 */
public enum AgreementKind implements Coded {
    FIXED_ACTIVITY("fixed-activity", RelationKind.PARTNERSHIP),
    OPEN_FRAMEWORK("open-framework", RelationKind.PARTNERSHIP),
    SPONSORSHIP("sponsorship", RelationKind.SPONSORSHIP),
    GRANT("grant", RelationKind.GRANT);

    private final String code;
    private final RelationKind relation;

    AgreementKind(String code, RelationKind relation) {
        this.code = code;
        this.relation = relation;
    }

    @Override
    public String code() {
        return code;
    }

    /** The relation the agreement makes. */
    public RelationKind relation() {
        return relation;
    }

    /** Money on the giver's conditions, which the agreement must state. */
    public boolean isFunding() {
        return relation != RelationKind.PARTNERSHIP;
    }

    public static AgreementKind fromCode(String code) {
        return Coded.fromCode(AgreementKind.class, code);
    }
}
