package no.samspill.core.partnership;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import org.axonframework.serialization.Revision;

/** What happened to a partnership. */
public final class PartnershipEvents {

    private PartnershipEvents() {
    }

    @Revision("1")
    public record PartnershipProposed(PartnershipId partnershipId, MunicipalityCode library, String partner,
                                      PartnerSector sector, RelationKind relation, String purpose, StaffId proposedBy,
                                      LocalDate proposedOn) {
    }

    @Revision("1")
    public record PartnershipScreenedIn(PartnershipId partnershipId, List<ScreeningAnswer> answers,
                                        LocalDate screenedOn) {
    }

    /** Stopped at the screening: {@code failedQuestions} are the required questions answered "no". */
    @Revision("1")
    public record PartnershipScreenedOut(PartnershipId partnershipId, List<ScreeningAnswer> answers,
                                         List<String> failedQuestions, String reason, LocalDate screenedOn) {
    }

    /**
     * {@code kind}, {@code endsOn} (a fixed activity's) and {@code conditions} (a sponsorship's or grant's): revision
     * 2; absent before, when every agreement made a partnership of unstated kind.
     */
    @Revision("2")
    public record PartnershipAgreed(PartnershipId partnershipId, String expectations, String roles, String results,
                                    Period evaluationInterval, LocalDate agreedOn, LocalDate firstEvaluationDue,
                                    AgreementKind kind, LocalDate endsOn, String conditions) {
    }

    /** {@code onTime}: held no later than the due date plus the grace period ({@link Partnership#EVALUATION_GRACE}). */
    @Revision("1")
    public record PartnershipEvaluated(PartnershipId partnershipId, LocalDate evaluatedOn, LocalDate dueOn,
                                       boolean onTime, boolean servesStrategy, String summary) {
    }

    @Revision("1")
    public record PartnershipRenewed(PartnershipId partnershipId, LocalDate renewedOn, LocalDate nextEvaluationDue) {
    }

    @Revision("1")
    public record PartnershipEnded(PartnershipId partnershipId, EndReason reason, String explanation,
                                   LocalDate endedOn) {
    }

    @Revision("1")
    public record RelationChanged(PartnershipId partnershipId, RelationKind from, RelationKind to,
                                  LocalDate changedOn) {
    }

    /** The agreement no longer holds: the relation goes on as {@code to} (collaboration or network), for the reason. */
    @Revision("1")
    public record PartnershipFellBack(PartnershipId partnershipId, RelationKind from, RelationKind to, String reason,
                                      LocalDate fellBackOn) {
    }
}
