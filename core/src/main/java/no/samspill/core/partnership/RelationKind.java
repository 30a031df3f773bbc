package no.samspill.core.partnership;

import no.samspill.core.shared.Coded;

/**
 * How close a library's relation with an outside party is (Byg partnerskaber!): a network contact, a collaboration
 * on a concrete task, or a formalised partnership; or, kept apart from partnerships, a sponsorship or a grant from a
 * fund. Relations move between these over time; the last three only by a written agreement.
 */
public enum RelationKind implements Coded {
    NETWORK("network"),
    COLLABORATION("collaboration"),
    PARTNERSHIP("partnership"),
    SPONSORSHIP("sponsorship"),
    GRANT("grant");

    private final String code;

    RelationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** A partnership, sponsorship or grant: made by a written agreement, never by a move alone. */
    public boolean byAgreementOnly() {
        return this != NETWORK && this != COLLABORATION;
    }

    public static RelationKind fromCode(String code) {
        return Coded.fromCode(RelationKind.class, code);
    }
}
