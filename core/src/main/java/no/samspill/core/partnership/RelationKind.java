package no.samspill.core.partnership;

import no.samspill.core.shared.Coded;

/**
 * How close a library's relation with an outside party is (Byg partnerskaber!): a network contact, a collaboration
 * on a concrete task, or a formalised partnership. Relations move between these over time.
 */
public enum RelationKind implements Coded {
    NETWORK("network"),
    COLLABORATION("collaboration"),
    PARTNERSHIP("partnership");

    private final String code;

    RelationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static RelationKind fromCode(String code) {
        return Coded.fromCode(RelationKind.class, code);
    }
}
