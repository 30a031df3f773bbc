package no.samspill.service.partnership;

import no.samspill.service.api.PageCursor;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads partnerships, the network overview and alliances from their read models. */
@Component
public class PartnershipQueries {

    private static final String PARTNERSHIP_COLUMNS = "partnership_id, municipality, partner, sector, relation, stage, "
            + "purpose, proposed_by, proposed_on, failed_questions, screening_reason, agreed_on, evaluation_interval, "
            + "next_evaluation_due, ended_on, end_reason, end_explanation, agreement_kind, ends_on, conditions";

    private final JdbcTemplate database;

    public PartnershipQueries(JdbcTemplate database) {
        this.database = database;
    }

    /** The partnership, if it is {@code municipality}'s; another municipality's is as good as absent. */
    public Optional<PartnershipView> partnership(String municipality, String partnershipId) {
        return database.query("select " + PARTNERSHIP_COLUMNS + " from partnership_view where municipality = ? "
                + "and partnership_id = ?", (row, n) -> partnership(row), municipality, partnershipId).stream().findFirst();
    }

    public List<PartnershipView> partnerships(String municipality) {
        return partnerships(municipality, null, null, null, null, Integer.MAX_VALUE - 1);
    }

    /**
     * The library's partnerships in the order they were proposed (by day, then partner), narrowed by stage, sector
     * and relation where given (codes, checked), from after {@code after} (a cursor a page gave), at most
     * {@code limit} and one more, which tells that another page follows.
     */
    public List<PartnershipView> partnerships(String municipality, String stage, String sector, String relation,
                                              PageCursor after, int limit) {
        List<Object> arguments = new java.util.ArrayList<>(List.of(municipality));
        StringBuilder where = new StringBuilder("municipality = ?");
        for (String[] filter : new String[][] {{"stage", stage}, {"sector", sector}, {"relation", relation}}) {
            if (filter[1] != null) {
                where.append(" and ").append(filter[0]).append(" = ?");
                arguments.add(filter[1]);
            }
        }
        if (after != null) {
            String[] partnerAndId = after.id().split(CURSOR_SEPARATOR, 2);
            if (partnerAndId.length != 2) {
                throw new no.samspill.service.api.InvalidInput("after", "is not a cursor of this list");
            }
            java.sql.Date day = java.sql.Date.valueOf(after.at().atZone(java.time.ZoneOffset.UTC).toLocalDate());
            where.append(" and (proposed_on > ? or (proposed_on = ? and (partner > ? or (partner = ? and "
                    + "partnership_id > ?))))");
            arguments.addAll(List.of(day, day, partnerAndId[0], partnerAndId[0], partnerAndId[1]));
        }
        arguments.add(limit + 1);
        return database.query("select " + PARTNERSHIP_COLUMNS + " from partnership_view where " + where
                + " order by proposed_on, partner, partnership_id limit ?", (row, n) -> partnership(row),
                arguments.toArray());
    }

    /** Where a page of partnerships ended: its last one's day, partner and id. */
    public static PageCursor cursorAfter(PartnershipView last) {
        return new PageCursor(last.proposedOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                last.partner() + CURSOR_SEPARATOR + last.id());
    }

    private static final String CURSOR_SEPARATOR = "\u001f";

    public NetworkView network(String municipality) {
        List<NetworkView.Contact> contacts = database.query("select partner, holder, topic, held_since, last_used_on "
                        + "from network_contact where municipality = ? order by lower(partner)",
                (row, n) -> new NetworkView.Contact(row.getString("partner"), row.getString("holder"),
                        row.getString("topic"), date(row, "held_since"), date(row, "last_used_on")), municipality);
        // an ended partnership stays a network relation (ended before that was an event of its own too)
        List<NetworkView.Relation> relations = database.query("select partner, case when stage = 'ended' then "
                        + "'network' else relation end as relation, stage, partnership_id from partnership_view "
                        + "where municipality = ? and stage <> 'screened-out' order by lower(partner)",
                (row, n) -> new NetworkView.Relation(row.getString("partner"), row.getString("relation"),
                        row.getString("stage"), row.getString("partnership_id")), municipality);
        return new NetworkView(municipality, contacts, relations);
    }

    /** The alliance, if {@code county} is one of its parties. */
    public Optional<AllianceView> alliance(String county, String allianceId) {
        Integer parties = database.queryForObject("select count(*) from alliance_party where alliance_id = ? "
                + "and party = ?", Integer.class, allianceId, county);
        if (parties == null || parties == 0) {
            return Optional.empty();
        }
        return database.query("select alliance_id, name, purpose, agreed_on, organisation_body, organisation_ref, "
                + "organisation_on from alliance_view where alliance_id = ?", (row, n) -> alliance(row), allianceId)
                .stream().findFirst();
    }

    public List<AllianceView> alliances(String county) {
        return database.queryForList("select alliance_id from alliance_party where party = ? order by alliance_id",
                String.class, county).stream().map(id -> alliance(county, id).orElseThrow()).toList();
    }

    private AllianceView alliance(ResultSet row) throws SQLException {
        String id = row.getString("alliance_id");
        List<AllianceView.Party> parties = database.query("select party, signed_by from alliance_party "
                + "where alliance_id = ? order by party", (party, n) -> new AllianceView.Party(party.getString("party"),
                party.getString("signed_by")), id);
        List<String> measures = database.queryForList("select title from alliance_item where alliance_id = ? "
                + "and kind = 'measure' order by seq", String.class, id);
        List<AllianceView.Project> projects = database.query("select title, lead_party from alliance_item "
                + "where alliance_id = ? and kind = 'project' order by seq", (project, n) -> new AllianceView.Project(
                project.getString("title"), project.getString("lead_party")), id);
        AllianceView.RegionalOrganisation organisation = row.getString("organisation_ref") == null ? null
                : new AllianceView.RegionalOrganisation(row.getString("organisation_body"),
                row.getString("organisation_ref"), date(row, "organisation_on"));
        return new AllianceView(id, row.getString("name"), row.getString("purpose"), date(row, "agreed_on"), parties,
                parties.stream().allMatch(party -> party.signedBy() != null), measures, projects, organisation);
    }

    private PartnershipView partnership(ResultSet row) throws SQLException {
        String id = row.getString("partnership_id");
        String failed = row.getString("failed_questions");
        List<PartnershipView.Evaluation> evaluations = database.query("select evaluated_on, due_on, on_time, "
                        + "serves_strategy, summary from partnership_evaluation where partnership_id = ? order by seq",
                (evaluation, n) -> new PartnershipView.Evaluation(date(evaluation, "evaluated_on"),
                        date(evaluation, "due_on"), evaluation.getBoolean("on_time"),
                        evaluation.getBoolean("serves_strategy"), evaluation.getString("summary")), id);
        List<PartnershipView.RelationMove> moves = database.query("select from_relation, to_relation, changed_on, "
                        + "reason from partnership_relation_change where partnership_id = ? order by seq",
                (move, n) -> new PartnershipView.RelationMove(move.getString("from_relation"),
                        move.getString("to_relation"), date(move, "changed_on"), move.getString("reason")), id);
        return new PartnershipView(id, row.getString("municipality"), row.getString("partner"),
                row.getString("sector"), row.getString("relation"), row.getString("stage"), row.getString("purpose"),
                row.getString("proposed_by"), date(row, "proposed_on"),
                failed == null ? List.of() : Arrays.asList(failed.split(",")), row.getString("screening_reason"),
                date(row, "agreed_on"), row.getString("agreement_kind"), date(row, "ends_on"),
                row.getString("conditions"), row.getString("evaluation_interval"), date(row, "next_evaluation_due"),
                date(row, "ended_on"), row.getString("end_reason"), row.getString("end_explanation"), evaluations,
                moves);
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
