package no.samspill.service.partnership;

import java.time.LocalDate;
import java.util.List;

/**
 * An alliance of county libraries: its agreement, joint measures, chosen projects and any regional organisation.
 * In force once every party has signed; until then each party sees it, and the ones yet to sign have no signatory.
 */
public record AllianceView(String id, String name, String purpose, LocalDate agreedOn, List<Party> parties,
                           boolean inForce, List<String> jointMeasures, List<Project> projects,
                           RegionalOrganisation regionalOrganisation) {

    /** {@code signedBy}: the signatory's role; null while the party has not signed. */
    public record Party(String county, String signedBy) {
    }

    public record Project(String project, String leadParty) {
    }

    /** Null until the political decision is recorded. */
    public record RegionalOrganisation(String decidingBody, String decisionReference, LocalDate decidedOn) {
    }
}
