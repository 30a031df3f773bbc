package no.samspill.core.partnership;

import no.samspill.core.shared.Coded;

/**
 * Where a partnership stands: proposed, screened (in or out), active under an agreement, fallen back to a
 * collaboration or network relation (the agreement no longer holds, the relation goes on), or ended.
 */
public enum PartnershipStage implements Coded {
    PROPOSED("proposed"),
    SCREENED_OUT("screened-out"),
    SCREENED_IN("screened-in"),
    ACTIVE("active"),
    FELL_BACK("fell-back"),
    ENDED("ended");

    private final String code;

    PartnershipStage(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
