package no.samspill.core.alliance;

import java.time.LocalDate;
import java.util.List;
import no.samspill.core.shared.MunicipalityCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What county libraries ask of their alliance. */
public final class AllianceCommands {

    private AllianceCommands() {
    }

    /** The written agreement that forms the alliance, signed so far by the county drawing it up. */
    public record FormAlliance(AllianceId allianceId, String name, String purpose, LocalDate agreedOn,
                               List<MunicipalityCode> parties, List<Signatory> signatories) {
    }

    /** A party signs the agreement for itself. */
    public record SignAlliance(@TargetAggregateIdentifier AllianceId allianceId, Signatory signatory) {
    }

    /** An existing joint measure, gathered under the alliance and presented as the alliance's. */
    public record GatherJointMeasure(@TargetAggregateIdentifier AllianceId allianceId, String measure) {
    }

    /** One of the few concrete projects chosen to carry the collaboration further, led by one party. */
    public record ChooseProject(@TargetAggregateIdentifier AllianceId allianceId, String project,
                                MunicipalityCode leadParty) {
    }

    /**
     * The political decision that makes the alliance a regional organisation with decision-making authority;
     * recorded with the deciding body and its case reference.
     */
    public record RecordRegionalOrganisationDecision(@TargetAggregateIdentifier AllianceId allianceId,
                                                     String decidingBody, String decisionReference,
                                                     LocalDate decidedOn) {
    }
}
