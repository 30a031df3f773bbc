package no.samspill.service.partnership;

import java.time.LocalDate;
import java.util.List;

/** An alliance of county libraries: its agreement, joint measures, chosen projects and any regional organisation. */
public record AllianceView(String id, String name, String purpose, LocalDate agreedOn, List<Party> parties,
                           List<String> jointMeasures, List<Project> projects, RegionalOrganisation regionalOrganisation) {

    public record Party(String county, String signedBy) {
    }

    public record Project(String project, String leadParty) {
    }

    /** Null until the political decision is recorded. */
    public record RegionalOrganisation(String decidingBody, String decisionReference, LocalDate decidedOn) {
    }
}
