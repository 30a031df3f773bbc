package no.samspill.core.libraryplan;

import java.time.LocalDate;
import java.util.List;
import no.samspill.core.shared.MunicipalityCode;
import org.axonframework.serialization.Revision;

/** What happened to a regional library plan. */
public final class LibraryPlanEvents {

    private LibraryPlanEvents() {
    }

    @Revision("1")
    public record LibraryPlanKickedOff(LibraryPlanId planId, MunicipalityCode county, String title, LocalDate kickoff,
                                       List<Region> regions) {
    }

    @Revision("1")
    public record PlanProcessStarted(LibraryPlanId planId, String executiveCaseReference) {
    }

    @Revision("1")
    public record WorkingGroupAppointed(LibraryPlanId planId, List<WorkingGroupMember> members) {
    }

    @Revision("1")
    public record InformationLetterSent(LibraryPlanId planId, LocalDate sentOn) {
    }

    @Revision("1")
    public record RegionalMeetingHeld(LibraryPlanId planId, String region, LocalDate heldOn, int attendance) {
    }

    @Revision("1")
    public record RegionalGoalAdded(LibraryPlanId planId, String region, String goal) {
    }

    @Revision("1")
    public record DraftSubmitted(LibraryPlanId planId, String documentReference, String version) {
    }

    @Revision("1")
    public record ConsultationOpened(LibraryPlanId planId, LocalDate deadline) {
    }

    /** {@code late}: received after the consultation's deadline. */
    @Revision("1")
    public record ConsultationAnswerReceived(LibraryPlanId planId, String from, LocalDate receivedOn,
                                             String documentReference, boolean late) {
    }

    @Revision("1")
    public record ConsultationClosed(LibraryPlanId planId) {
    }

    @Revision("1")
    public record CouncilCaseSubmitted(LibraryPlanId planId, String caseReference) {
    }

    @Revision("1")
    public record PlanAdopted(LibraryPlanId planId, String decisionReference) {
    }

    /** The council sends the plan back: the working group works on it again. */
    @Revision("1")
    public record PlanSentBack(LibraryPlanId planId, String decisionReference) {
    }
}
