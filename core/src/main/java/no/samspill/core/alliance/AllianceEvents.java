package no.samspill.core.alliance;

import java.time.LocalDate;
import java.util.List;
import no.samspill.core.shared.MunicipalityCode;
import org.axonframework.serialization.Revision;

/** What happened to an alliance of county libraries. */
public final class AllianceEvents {

    private AllianceEvents() {
    }

    @Revision("1")
    public record AllianceFormed(AllianceId allianceId, String name, String purpose, LocalDate agreedOn,
                                 List<MunicipalityCode> parties, List<Signatory> signatories) {
    }

    /** A party signed the agreement, through its own case system; the alliance is in force once all have. */
    @Revision("1")
    public record AllianceSigned(AllianceId allianceId, Signatory signatory) {
    }

    @Revision("1")
    public record JointMeasureGathered(AllianceId allianceId, String measure) {
    }

    @Revision("1")
    public record AllianceProjectChosen(AllianceId allianceId, String project, MunicipalityCode leadParty) {
    }

    @Revision("1")
    public record RegionalOrganisationDecided(AllianceId allianceId, String decidingBody, String decisionReference,
                                              LocalDate decidedOn) {
    }
}
