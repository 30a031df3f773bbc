package no.samspill.core.libraryplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
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

    /** {@code working round}: 1, then 2 after the council sent the plan back, …. */
    @Revision("1")
    public record RegionalInputDelivered(LibraryPlanId planId, String region, StaffId member, String summary,
                                         String documentReference, LocalDate deliveredOn, int workingRound) {
    }

    @Revision("1")
    public record RegionalGoalAdded(LibraryPlanId planId, String region, String goal) {
    }

    @Revision("1")
    public record LocalGoalAdded(LibraryPlanId planId, MunicipalityCode municipality, String library, String goal) {
    }

    /** {@code weights}: every region of the plan, by its code. */
    @Revision("1")
    public record MeasureAdded(LibraryPlanId planId, String title, Map<String, MeasureWeight> weights) {
    }

    @Revision("1")
    public record DraftSubmitted(LibraryPlanId planId, String documentReference, String version) {
    }

    /**
     * A consultation round opened: {@code round} (1, then 2 after a sending-back, …), {@code openedOn} and the
     * {@code bodies} it was sent to: revision 2; absent before, when a plan had one round with no named bodies.
     */
    @Revision("2")
    public record ConsultationOpened(LibraryPlanId planId, LocalDate deadline, Integer round, LocalDate openedOn,
                                     List<ConsultationBody> bodies) {
    }

    /**
     * {@code late}: received after its round's deadline; {@code round} and {@code body} (the code of the body it
     * came from; null for a body the consultation was not sent to): revision 2, absent before.
     */
    @Revision("2")
    public record ConsultationAnswerReceived(LibraryPlanId planId, String from, LocalDate receivedOn,
                                             String documentReference, boolean late, Integer round, String body) {
    }

    /** A body that had not answered was reminded, before or after its round's deadline. */
    @Revision("1")
    public record ConsultationReminderSent(LibraryPlanId planId, int round, String body, LocalDate deadline,
                                           LocalDate sentOn) {
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
