package no.samspill.service.api;

import java.util.Map;
import no.samspill.core.inquiry.InquiryStatus;
import no.samspill.core.inquiry.WithdrawalReason;
import no.samspill.core.libraryplan.PlanPhase;
import no.samspill.core.partnership.AgreementKind;
import no.samspill.core.partnership.EndReason;
import no.samspill.core.partnership.PartnershipStage;
import no.samspill.core.partnership.PartnerSector;
import no.samspill.core.partnership.RelationKind;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Coded;
import no.samspill.core.shared.ServiceCode;
import no.samspill.workflows.partnership.Continuation;

/**
 * What each code of the API's code lists means, in the contract's words (docs/openapi.yaml): a vendor maps them to
 * their case system's own. A code without its meaning stops the description being served, so ApiContractTest fails.
 */
final class CodeMeanings {

    static final Map<Coded, String> MEANINGS = Map.ofEntries(
            Map.entry(Channel.IN_PERSON, "the citizen came to a desk"),
            Map.entry(Channel.PHONE, "the citizen called"),
            Map.entry(Channel.DIGITAL, "the citizen wrote through a digital channel (web form, chat, e-mail)"),
            Map.entry(Channel.CASE_SYSTEM, "the municipality's case system registered it"),
            Map.entry(CoOrganisationModel.TOTAL_COLLABORATION, "one shared desk serves library and citizen service"),
            Map.entry(CoOrganisationModel.ONE_DOOR_IN, "one entrance, a desk per service area"),
            Map.entry(CoOrganisationModel.HYBRID, "a joint team at two locations"),
            Map.entry(CoOrganisationModel.PAC_MAN, "the library takes the physical service tasks; digital inquiries go "
                    + "to the municipality's case system"),
            Map.entry(ServiceCode.LOANS_RETURNS, "library: loans and returns"),
            Map.entry(ServiceCode.REFERENCE_QUESTION, "library: a reference question"),
            Map.entry(ServiceCode.PASSPORT, "citizen service: passport"),
            Map.entry(ServiceCode.DRIVING_LICENCE, "citizen service: driving licence"),
            Map.entry(ServiceCode.FORMS, "citizen service: help with a form"),
            Map.entry(ServiceCode.HOUSING, "citizen service: housing"),
            Map.entry(ServiceCode.TAX, "citizen service: tax"),
            Map.entry(ServiceCode.WASTE, "citizen service: waste collection"),
            Map.entry(ServiceCode.DIGITAL_ID, "citizen service: digital ID (BankID, MitID)"),
            Map.entry(ServiceCode.DIGITAL_GUIDANCE, "shared: digital guidance"),
            Map.entry(ServiceCode.PRINT_SCAN_COPY, "shared: print, scan and copy"),
            Map.entry(ServiceCode.EQUIPMENT_LENDING, "shared: equipment lending"),
            Map.entry(ServiceCode.EVENTS, "shared: events"),
            Map.entry(InquiryStatus.REGISTERED, "registered, not yet taken by staff"),
            Map.entry(InquiryStatus.TAKEN, "a staff member is serving the citizen"),
            Map.entry(InquiryStatus.REFERRED, "referred to another competence or desk"),
            Map.entry(InquiryStatus.HANDED_OVER, "handed over to a colleague or another unit"),
            Map.entry(InquiryStatus.RESOLVED, "resolved"),
            Map.entry(InquiryStatus.ABANDONED, "the citizen left before it was resolved"),
            Map.entry(InquiryStatus.WITHDRAWN, "withdrawn by the case system that registered it"),
            Map.entry(WithdrawalReason.REGISTERED_BY_MISTAKE, "never a citizen's inquiry; counted in no figure"),
            Map.entry(WithdrawalReason.DUPLICATE, "registered twice; the other one counts"),
            Map.entry(WithdrawalReason.CITIZEN_WITHDREW, "the citizen no longer wants it; counted as ended unresolved"),
            Map.entry(PartnerSector.CULTURE, "culture"),
            Map.entry(PartnerSector.EDUCATION, "education"),
            Map.entry(PartnerSector.RESEARCH, "research"),
            Map.entry(PartnerSector.BUSINESS, "business"),
            Map.entry(PartnerSector.CIVIL_SOCIETY, "civil society (associations, volunteers)"),
            Map.entry(PartnerSector.PUBLIC_SECTOR, "the public sector"),
            Map.entry(RelationKind.NETWORK, "a network relation: contact, no joint work"),
            Map.entry(RelationKind.COLLABORATION, "a collaboration: joint work, no agreement"),
            Map.entry(RelationKind.PARTNERSHIP, "a partnership: an agreement with shared goals and evaluation"),
            Map.entry(RelationKind.SPONSORSHIP, "a sponsorship: money for set activities on the sponsor's conditions"),
            Map.entry(RelationKind.GRANT, "a grant from a fund: money for set activities on the fund's conditions"),
            Map.entry(AgreementKind.FIXED_ACTIVITY, "a partnership on one activity with a set duration (give endsOn)"),
            Map.entry(AgreementKind.OPEN_FRAMEWORK, "a partnership as an open framework for activities, no end date"),
            Map.entry(AgreementKind.SPONSORSHIP, "a sponsorship, not a partnership (give the conditions)"),
            Map.entry(AgreementKind.GRANT, "a grant from a fund, not a partnership (give the conditions)"),
            Map.entry(EndReason.NO_LONGER_SERVES_STRATEGY, "it no longer serves the library's strategy"),
            Map.entry(EndReason.RESULTS_REACHED, "its results are reached"),
            Map.entry(EndReason.PARTNER_WITHDREW, "the partner withdrew"),
            Map.entry(EndReason.LACK_OF_RESOURCES, "the library lacks the resources"),
            Map.entry(Continuation.RENEW, "renew the agreement for another period"),
            Map.entry(Continuation.FALL_BACK_TO_COLLABORATION,
                    "go on as a collaboration without the agreement (the summary says why)"),
            Map.entry(Continuation.FALL_BACK_TO_NETWORK,
                    "go on as a network relation without the agreement (the summary says why)"),
            Map.entry(Continuation.END, "end the partnership (give the end reason)"),
            Map.entry(PartnershipStage.PROPOSED, "proposed, waiting for its screening"),
            Map.entry(PartnershipStage.SCREENED_OUT, "stopped at the screening"),
            Map.entry(PartnershipStage.SCREENED_IN, "passed the screening, waiting for its agreement"),
            Map.entry(PartnershipStage.ACTIVE, "agreed, evaluated at its interval"),
            Map.entry(PartnershipStage.FELL_BACK, "fell back: the agreement no longer holds, the relation goes on"),
            Map.entry(PartnershipStage.ENDED, "ended; the partner stays a network relation"),
            Map.entry(PlanPhase.KICKED_OFF, "kicked off at the library chiefs' meeting"),
            Map.entry(PlanPhase.PLAN_PROCESS_STARTED, "the county's plan process has started"),
            Map.entry(PlanPhase.WORKING_GROUP_APPOINTED, "the working group is appointed"),
            Map.entry(PlanPhase.MUNICIPALITIES_INFORMED, "the municipalities are informed"),
            Map.entry(PlanPhase.WORKING, "the working group is working"),
            Map.entry(PlanPhase.DRAFT_READY, "the draft plan is ready"),
            Map.entry(PlanPhase.IN_CONSULTATION, "out for consultation"),
            Map.entry(PlanPhase.CONSULTATION_CLOSED, "the consultation has closed"),
            Map.entry(PlanPhase.BEFORE_COUNCIL, "before the county council"),
            Map.entry(PlanPhase.ADOPTED, "adopted by the county council"));

    private CodeMeanings() {
    }

    /** "code: meaning" for each code of the vocabulary, one per line (Markdown list). */
    static String of(Class<? extends Coded> vocabulary) {
        StringBuilder described = new StringBuilder();
        for (Coded code : vocabulary.getEnumConstants()) {
            String meaning = MEANINGS.get(code);
            if (meaning == null) {
                throw new IllegalStateException("no meaning for " + vocabulary.getSimpleName() + " " + code.code());
            }
            described.append("\n- `").append(code.code()).append("`: ").append(meaning);
        }
        return described.toString();
    }
}
