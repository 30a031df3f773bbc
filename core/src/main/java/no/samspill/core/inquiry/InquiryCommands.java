package no.samspill.core.inquiry;

import no.samspill.core.citizen.CitizenRef;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.core.shared.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of an inquiry. */
public final class InquiryCommands {

    private InquiryCommands() {
    }

    /**
     * {@code externalReference} is the case system's own reference (optional), never a citizen's identity;
     * {@code citizen} is the citizen's pseudonym from the personal-data store (optional).
     */
    public record RegisterInquiry(@TargetAggregateIdentifier InquiryId inquiryId, MunicipalityCode municipality,
                                  String servicePoint, CoOrganisationModel model, Channel channel,
                                  ServiceCode service, String externalReference, CitizenRef citizen) {
    }

    /**
     * {@code notHandledLocallyReason} is required exactly when the inquiry is not handled locally;
     * {@code servedWith} is the competence it is first served with (the shared desk's generalists, or a desk's).
     */
    public record RouteInquiry(@TargetAggregateIdentifier InquiryId inquiryId, Route route, boolean handledLocally,
                               String notHandledLocallyReason, Competence servedWith) {
    }

    public record TakeInquiry(@TargetAggregateIdentifier InquiryId inquiryId, StaffId staff) {
    }

    public record ReferInquiry(@TargetAggregateIdentifier InquiryId inquiryId, Competence to,
                               ReferralReason reason, StaffId referredBy) {
    }

    public record HandOverInquiry(@TargetAggregateIdentifier InquiryId inquiryId, Holder to, StaffId handedOverBy) {
    }

    public record ResolveInquiry(@TargetAggregateIdentifier InquiryId inquiryId, StaffId resolvedBy) {
    }

    /** Once, after resolution: how satisfied the citizen said they were, 1 to 5. */
    public record RecordSatisfaction(@TargetAggregateIdentifier InquiryId inquiryId, int score) {
    }

    public record AbandonInquiry(@TargetAggregateIdentifier InquiryId inquiryId, StaffId recordedBy) {
    }

    /** The case system that registered the inquiry withdraws it; refused once it is closed. */
    public record WithdrawInquiry(@TargetAggregateIdentifier InquiryId inquiryId, WithdrawalReason reason,
                                  StaffId withdrawnBy) {
    }
}
