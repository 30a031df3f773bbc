package no.samspill.core.alliance;

import static no.samspill.core.shared.Rules.require;
import static no.samspill.core.shared.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.core.alliance.AllianceCommands.ChooseProject;
import no.samspill.core.alliance.AllianceCommands.FormAlliance;
import no.samspill.core.alliance.AllianceCommands.GatherJointMeasure;
import no.samspill.core.alliance.AllianceCommands.RecordRegionalOrganisationDecision;
import no.samspill.core.alliance.AllianceCommands.SignAlliance;
import no.samspill.core.alliance.AllianceEvents.AllianceFormed;
import no.samspill.core.alliance.AllianceEvents.AllianceSigned;
import no.samspill.core.alliance.AllianceEvents.AllianceProjectChosen;
import no.samspill.core.alliance.AllianceEvents.JointMeasureGathered;
import no.samspill.core.alliance.AllianceEvents.RegionalOrganisationDecided;
import no.samspill.core.shared.MunicipalityCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * County libraries' alliance (seed 000, Regionbibliotek 1): formed by a written agreement that every party signs,
 * each for itself (the county drawing it up signs first, the others through their own case systems); only once all
 * have signed is it in force, and existing joint measures are gathered under it and a few concrete projects chosen. It becomes a regional
 * organisation with decision-making authority only by a political decision, recorded as such.
 */
public class Alliance {

    /** "A few" concrete projects: more than this and the alliance is spreading itself thin. */
    static final int MOST_PROJECTS = 5;

    @AggregateIdentifier
    private AllianceId allianceId;
    private List<MunicipalityCode> parties;
    private final Set<MunicipalityCode> signed = new HashSet<>();
    private final Set<String> measures = new HashSet<>();
    private final Set<String> projects = new HashSet<>();
    private boolean regionalOrganisation;

    /** Required by Axon to rebuild the aggregate from its events. */
    protected Alliance() {
    }

    @CommandHandler
    public Alliance(FormAlliance command) {
        requireText(command.name(), "name", 200);
        requireText(command.purpose(), "purpose", 2000);
        require(command.agreedOn() != null, "agreedOn", "is required");
        List<MunicipalityCode> parties = command.parties() == null ? List.of() : command.parties();
        require(parties.size() >= 2, "parties", "an alliance needs at least two county libraries");
        require(new HashSet<>(parties).size() == parties.size(), "parties", "each party is named once");
        List<Signatory> signatories = command.signatories() == null ? List.of() : command.signatories();
        for (Signatory signatory : signatories) {
            require(parties.contains(signatory.party()), "signatories",
                    signatory.party() + " signs but is not a party");
            requireText(signatory.role(), "signatories", 200);
        }
        Set<MunicipalityCode> signing = signatories.stream().map(Signatory::party).collect(Collectors.toSet());
        require(signing.size() == signatories.size(), "signatories", "each party signs once, by one role");
        require(!signing.isEmpty(), "signatories", "the county drawing up the agreement signs it");
        apply(new AllianceFormed(command.allianceId(), command.name().trim(), command.purpose().trim(),
                command.agreedOn(), List.copyOf(parties), List.copyOf(signatories)));
    }

    @CommandHandler
    public void handle(SignAlliance command) {
        require(command.signatory() != null && parties.contains(command.signatory().party()), "party",
                "only a party to the alliance signs it");
        require(!signed.contains(command.signatory().party()), "party", "has signed already");
        requireText(command.signatory().role(), "role", 200);
        apply(new AllianceSigned(allianceId, command.signatory()));
    }

    @CommandHandler
    public void handle(GatherJointMeasure command) {
        requireInForce();
        requireText(command.measure(), "measure", 500);
        require(!measures.contains(key(command.measure())), "measure", "is already gathered under the alliance");
        apply(new JointMeasureGathered(allianceId, command.measure().trim()));
    }

    @CommandHandler
    public void handle(ChooseProject command) {
        requireInForce();
        requireText(command.project(), "project", 500);
        require(!projects.contains(key(command.project())), "project", "is already chosen");
        require(projects.size() < MOST_PROJECTS, "project", "the alliance chooses a few concrete projects, at most "
                + MOST_PROJECTS + "; it has " + projects.size());
        require(command.leadParty() != null && parties.contains(command.leadParty()), "leadParty",
                "must be one of the alliance's parties: " + parties.stream().map(MunicipalityCode::value)
                        .collect(Collectors.joining(", ")));
        apply(new AllianceProjectChosen(allianceId, command.project().trim(), command.leadParty()));
    }

    @CommandHandler
    public void handle(RecordRegionalOrganisationDecision command) {
        requireInForce();
        require(!regionalOrganisation, "alliance", "is already a regional organisation");
        requireText(command.decidingBody(), "decidingBody", 200);
        requireText(command.decisionReference(), "decisionReference", 200);
        require(command.decidedOn() != null, "decidedOn", "is required");
        apply(new RegionalOrganisationDecided(allianceId, command.decidingBody().trim(),
                command.decisionReference().trim(), command.decidedOn()));
    }

    private void requireInForce() {
        List<String> unsigned = parties.stream().filter(party -> !signed.contains(party)).map(MunicipalityCode::value)
                .toList();
        require(unsigned.isEmpty(), "alliance", "is not in force until every party has signed; not signed by: "
                + String.join(", ", unsigned));
    }

    @EventSourcingHandler
    void on(AllianceFormed event) {
        allianceId = event.allianceId();
        parties = event.parties();
        event.signatories().forEach(signatory -> signed.add(signatory.party()));
    }

    @EventSourcingHandler
    void on(AllianceSigned event) {
        signed.add(event.signatory().party());
    }

    @EventSourcingHandler
    void on(JointMeasureGathered event) {
        measures.add(key(event.measure()));
    }

    @EventSourcingHandler
    void on(AllianceProjectChosen event) {
        projects.add(key(event.project()));
    }

    @EventSourcingHandler
    void on(RegionalOrganisationDecided event) {
        regionalOrganisation = true;
    }

    private static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
