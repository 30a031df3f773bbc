package no.samspill.core.partnership;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What staff and case systems ask of a partnership. */
public final class PartnershipCommands {

    private PartnershipCommands() {
    }

    /** A library (by its municipality) proposes to work with an outside partner. */
    public record ProposePartnership(PartnershipId partnershipId, MunicipalityCode library, String partner,
                                     PartnerSector sector, RelationKind relation, String purpose, StaffId proposedBy,
                                     LocalDate proposedOn) {
    }

    /** The screening, answered against {@code questionnaire}: the library's configured list of questions. */
    public record ScreenPartnership(@TargetAggregateIdentifier PartnershipId partnershipId,
                                    List<ScreeningQuestion> questionnaire, List<ScreeningAnswer> answers,
                                    LocalDate screenedOn) {
    }

    /**
     * The written agreement: what kind it is, expectations, roles, results, and how often it is evaluated;
     * {@code endsOn} for a fixed activity (and only then), {@code conditions} the giver's for a sponsorship or grant.
     */
    public record AgreePartnership(@TargetAggregateIdentifier PartnershipId partnershipId, AgreementKind kind,
                                   LocalDate endsOn, String conditions, String expectations, String roles,
                                   String results, Period evaluationInterval, LocalDate agreedOn) {
    }

    public record EvaluatePartnership(@TargetAggregateIdentifier PartnershipId partnershipId, LocalDate evaluatedOn,
                                      boolean servesStrategy, String summary) {
    }

    /** Renewal after an evaluation that found the partnership still serves the strategy. */
    public record RenewPartnership(@TargetAggregateIdentifier PartnershipId partnershipId, LocalDate renewedOn) {
    }

    public record EndPartnership(@TargetAggregateIdentifier PartnershipId partnershipId, EndReason reason,
                                 String explanation, LocalDate endedOn) {
    }

    /**
     * An agreed partnership falls back to a collaboration or a network relation (Byg partnerskaber!: relations
     * "aftage i intensitet og aftaleniveau"), with the reason; the relation goes on without the agreement.
     */
    public record FallBack(@TargetAggregateIdentifier PartnershipId partnershipId, RelationKind relation,
                           String reason, LocalDate fellBackOn) {
    }

    /** Moves the relation between network, collaboration and partnership. */
    public record ChangeRelation(@TargetAggregateIdentifier PartnershipId partnershipId, RelationKind relation,
                                 LocalDate changedOn) {
    }
}
