package no.samspill.service.partnership;

import no.samspill.core.alliance.AllianceEvents.AllianceFormed;
import no.samspill.core.alliance.AllianceEvents.AllianceProjectChosen;
import no.samspill.core.alliance.AllianceEvents.AllianceSigned;
import no.samspill.core.alliance.AllianceEvents.JointMeasureGathered;
import no.samspill.core.alliance.AllianceEvents.RegionalOrganisationDecided;
import no.samspill.core.alliance.Signatory;
import no.samspill.core.shared.MunicipalityCode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the alliances (alliance_view, alliance_party, alliance_item) in step with their events. */
@Component
@ProcessingGroup(PartnershipProjection.PROCESSING_GROUP)
public class AllianceProjection {

    private final JdbcTemplate database;

    public AllianceProjection(JdbcTemplate database) {
        this.database = database;
    }

    @EventHandler
    void on(AllianceFormed event) {
        String id = event.allianceId().value();
        database.update("insert into alliance_view (alliance_id, name, purpose, agreed_on) values (?, ?, ?, ?)",
                id, event.name(), event.purpose(), event.agreedOn());
        for (MunicipalityCode party : event.parties()) {
            String signedBy = event.signatories().stream().filter(signatory -> signatory.party().equals(party))
                    .map(Signatory::role).findFirst().orElse(null);
            database.update("insert into alliance_party (alliance_id, party, signed_by) values (?, ?, ?)",
                    id, party.value(), signedBy);
        }
    }

    @EventHandler
    void on(AllianceSigned event) {
        database.update("update alliance_party set signed_by = ? where alliance_id = ? and party = ?",
                event.signatory().role(), event.allianceId().value(), event.signatory().party().value());
    }

    @EventHandler
    void on(JointMeasureGathered event) {
        addItem(event.allianceId().value(), "measure", event.measure(), null);
    }

    @EventHandler
    void on(AllianceProjectChosen event) {
        addItem(event.allianceId().value(), "project", event.project(), event.leadParty().value());
    }

    @EventHandler
    void on(RegionalOrganisationDecided event) {
        database.update("update alliance_view set organisation_body = ?, organisation_ref = ?, organisation_on = ? "
                        + "where alliance_id = ?", event.decidingBody(), event.decisionReference(), event.decidedOn(),
                event.allianceId().value());
    }

    private void addItem(String allianceId, String kind, String title, String leadParty) {
        Integer last = database.queryForObject("select max(seq) from alliance_item where alliance_id = ?",
                Integer.class, allianceId);
        database.update("insert into alliance_item (alliance_id, seq, kind, title, lead_party) values (?, ?, ?, ?, ?)",
                allianceId, last == null ? 1 : last + 1, kind, title, leadParty);
    }
}
