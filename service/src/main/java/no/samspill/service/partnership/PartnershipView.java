package no.samspill.service.partnership;

import java.time.LocalDate;
import java.util.List;

/**
 * A partnership as the API shows it: where it stands, what its agreement is (kind, a fixed activity's last day, a
 * sponsorship's or grant's conditions) and its cadence, its evaluations and relation moves.
 */
public record PartnershipView(String id, String municipality, String partner, String sector, String relation,
                              String stage, String purpose, String proposedBy, LocalDate proposedOn,
                              List<String> failedQuestions, String screeningReason, LocalDate agreedOn,
                              String agreementKind, LocalDate endsOn, String conditions, String evaluationInterval, LocalDate nextEvaluationDue, LocalDate endedOn,
                              String endReason, String endExplanation, List<Evaluation> evaluations,
                              List<RelationMove> relationMoves) {

    public record Evaluation(LocalDate evaluatedOn, LocalDate dueOn, boolean onTime, boolean servesStrategy,
                             String summary) {
    }

    /** {@code reason}: why an agreed partnership fell back; none for other moves. */
    public record RelationMove(String from, String to, LocalDate changedOn, String reason) {
    }
}
