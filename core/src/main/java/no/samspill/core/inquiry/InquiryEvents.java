package no.samspill.core.inquiry;

import no.samspill.core.citizen.CitizenRef;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.core.shared.StaffId;
import org.axonframework.serialization.Revision;

/** What happened to an inquiry. Each carries a revision so that a later shape can be upcast. */
public final class InquiryEvents {

    private InquiryEvents() {
    }

    /**
     * {@code model} is the co-organisation model the inquiry runs under until it ends; {@code citizen} is the
     * citizen's pseudonym when the case system named the citizen (revision 2; absent before), never the identifier.
     */
    @Revision("2")
    public record InquiryRegistered(InquiryId inquiryId, MunicipalityCode municipality, String servicePoint,
                                    CoOrganisationModel model, Channel channel, ServiceCode service,
                                    String externalReference, CitizenRef citizen) {
    }

    /** Where the routing decision sent the inquiry; evaluators count what is not handled locally, and why. */
    @Revision("1")
    public record InquiryRouted(InquiryId inquiryId, Route route, boolean handledLocally,
                                String notHandledLocallyReason, Competence servedWith) {
    }

    @Revision("1")
    public record InquiryTaken(InquiryId inquiryId, StaffId staff) {
    }

    @Revision("1")
    public record InquiryReferred(InquiryId inquiryId, Competence fromCompetence, Competence toCompetence,
                                  ReferralReason reason, StaffId referredBy) {
    }

    @Revision("1")
    public record InquiryHandedOver(InquiryId inquiryId, Holder from, Holder to, StaffId handedOverBy) {
    }

    /** {@code firstContact}: resolved without any referral or handover before it. */
    @Revision("1")
    public record InquiryResolved(InquiryId inquiryId, StaffId resolvedBy, boolean firstContact) {
    }

    @Revision("1")
    public record InquiryAbandoned(InquiryId inquiryId, StaffId recordedBy) {
    }

    /** Withdrawn by the case system that registered it; its open task went with it. */
    @Revision("1")
    public record InquiryWithdrawn(InquiryId inquiryId, WithdrawalReason reason, StaffId withdrawnBy) {
    }

    /** The citizen's satisfaction with a resolved inquiry, 1 (very dissatisfied) to 5 (very satisfied), if given. */
    @Revision("1")
    public record CitizenSatisfactionRecorded(InquiryId inquiryId, int score) {
    }
}
