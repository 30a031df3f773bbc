package no.samspill.core.libraryplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a regional library plan, step by step from the kickoff to the council's decision. */
public final class LibraryPlanCommands {

    private LibraryPlanCommands() {
    }

    /** Kickoff at the library chiefs' meeting (biblioteksjefmøtet). */
    public record StartLibraryPlan(@TargetAggregateIdentifier LibraryPlanId planId, MunicipalityCode county,
                                   String title, LocalDate kickoff, List<Region> regions) {
    }

    /** The case to the county executive (fylkesrådssak) that starts the plan process. */
    public record RecordExecutiveCase(@TargetAggregateIdentifier LibraryPlanId planId, String caseReference) {
    }

    public record AppointWorkingGroup(@TargetAggregateIdentifier LibraryPlanId planId,
                                      List<WorkingGroupMember> members) {
    }

    public record SendInformationLetter(@TargetAggregateIdentifier LibraryPlanId planId, LocalDate sentOn) {
    }

    public record RecordRegionalMeeting(@TargetAggregateIdentifier LibraryPlanId planId, String region,
                                        LocalDate heldOn, int attendance) {
    }

    /**
     * A region's member of the working group delivers the region's input to the plan (Arbeidsgruppa jobber,
     * November–March): what the region wants in it, and where the document is.
     */
    public record DeliverRegionalInput(@TargetAggregateIdentifier LibraryPlanId planId, String region, StaffId member,
                                       String summary, String documentReference, LocalDate deliveredOn) {
    }

    public record AddRegionalGoal(@TargetAggregateIdentifier LibraryPlanId planId, String region, String goal) {
    }

    /** A goal of one municipality's libraries, or of one library there ({@code library} its name; optional). */
    public record AddLocalGoal(@TargetAggregateIdentifier LibraryPlanId planId, MunicipalityCode municipality,
                               String library, String goal) {
    }

    /** A measure (tiltak) with its weight per region; a region left out weighs normal. */
    public record AddMeasure(@TargetAggregateIdentifier LibraryPlanId planId, String title,
                             Map<String, MeasureWeight> weightByRegion) {
    }

    public record SubmitDraft(@TargetAggregateIdentifier LibraryPlanId planId, String documentReference,
                              String version) {
    }

    /**
     * Public consultation (høring) of the draft, opened on {@code openedOn} and open until {@code deadline}, sent to
     * {@code bodies}. A plan sent back by the council opens a new round with its own window.
     */
    public record OpenConsultation(@TargetAggregateIdentifier LibraryPlanId planId, LocalDate openedOn,
                                   LocalDate deadline, List<ConsultationBody> bodies) {
    }

    /** Reminds a body that has not answered this round, by its code. */
    public record SendConsultationReminder(@TargetAggregateIdentifier LibraryPlanId planId, String body,
                                           LocalDate sentOn) {
    }

    /** {@code from}: who answered, a municipality's code or another body's name. */
    public record RecordConsultationAnswer(@TargetAggregateIdentifier LibraryPlanId planId, String from,
                                           LocalDate receivedOn, String documentReference) {
    }

    public record CloseConsultation(@TargetAggregateIdentifier LibraryPlanId planId) {
    }

    /** The case to the county council (fylkestinget). */
    public record SubmitToCouncil(@TargetAggregateIdentifier LibraryPlanId planId, String caseReference) {
    }

    /** The council's decision: adopted, or sent back to the working group. */
    public record RecordCouncilDecision(@TargetAggregateIdentifier LibraryPlanId planId, boolean adopted,
                                        String decisionReference) {
    }
}
