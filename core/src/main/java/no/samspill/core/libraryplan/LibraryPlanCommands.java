package no.samspill.core.libraryplan;

import java.time.LocalDate;
import java.util.List;
import no.samspill.core.shared.MunicipalityCode;
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

    public record AddRegionalGoal(@TargetAggregateIdentifier LibraryPlanId planId, String region, String goal) {
    }

    public record SubmitDraft(@TargetAggregateIdentifier LibraryPlanId planId, String documentReference,
                              String version) {
    }

    /** Public consultation (høring) of the draft, open until {@code deadline}. */
    public record OpenConsultation(@TargetAggregateIdentifier LibraryPlanId planId, LocalDate deadline) {
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
