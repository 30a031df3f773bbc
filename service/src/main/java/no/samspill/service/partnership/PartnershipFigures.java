package no.samspill.service.partnership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Evaluators' figures on partnerships and alliances, per municipality or county the caller may see, from the
 * analytics' own read models (PartnershipFiguresProjection), so they are rebuilt by a replay like the other figures.
 */
@Component
public class PartnershipFigures {

    private final JdbcTemplate database;

    public PartnershipFigures(JdbcTemplate database) {
        this.database = database;
    }

    /**
     * Active partnerships (agreed, relation partnership: sponsorships and grants are not partnerships) and by
     * sector; every active agreement by relation (partnership, sponsorship, grant); evaluations held, on time and
     * late; ended ones by reason; proposals stopped at the screening, by the required question that stopped them.
     */
    public record Figures(String municipality, int proposed, int active, Map<String, Integer> activeBySector,
                          Map<String, Integer> activeByRelation, int evaluations, int evaluationsOnTime,
                          int evaluationsLate, Map<String, Integer> endedByReason, int screenedOut,
                          Map<String, Integer> screenedOutByQuestion) {
    }

    public record AllianceFigures(String county, int alliances, int jointMeasures, int projects,
                                  int regionalOrganisations) {
    }

    /** {@code visible}: the municipalities the caller may see; null for all. */
    public List<Figures> partnerships(Set<String> visible) {
        List<String> municipalities = database.queryForList(
                "select distinct municipality from analytics_partnership order by municipality", String.class);
        return municipalities.stream().filter(municipality -> visible == null || visible.contains(municipality))
                .map(this::figures).toList();
    }

    public List<AllianceFigures> alliances(Set<String> visible) {
        return database.queryForList("select distinct party from analytics_alliance_party order by party",
                        String.class).stream()
                .filter(county -> visible == null || visible.contains(county))
                .map(county -> new AllianceFigures(county,
                        // in force: every party has signed
                        count("select count(*) from analytics_alliance_party p where p.party = ? and not exists "
                                + "(select 1 from analytics_alliance_party q where q.alliance_id = p.alliance_id "
                                + "and not q.signed)", county),
                        count("select count(*) from analytics_alliance_item i join analytics_alliance_party p "
                                + "on p.alliance_id = i.alliance_id where p.party = ? and i.kind = 'measure'", county),
                        count("select count(*) from analytics_alliance_item i join analytics_alliance_party p "
                                + "on p.alliance_id = i.alliance_id where p.party = ? and i.kind = 'project'", county),
                        count("select count(*) from analytics_alliance a join analytics_alliance_party p "
                                + "on p.alliance_id = a.alliance_id where p.party = ? and a.organisation_decided",
                                county)))
                .toList();
    }

    private Figures figures(String municipality) {
        Map<String, Integer> screenedOutByQuestion = new LinkedHashMap<>();
        database.queryForList("select failed_questions from analytics_partnership where municipality = ? "
                        + "and stage = 'screened-out' order by partnership_id", String.class, municipality)
                .forEach(failed -> List.of(failed.split(",")).forEach(question ->
                        screenedOutByQuestion.merge(question, 1, Integer::sum)));
        return new Figures(municipality,
                count("select count(*) from analytics_partnership where municipality = ?", municipality),
                count("select count(*) from analytics_partnership where municipality = ? and stage = 'active' "
                        + "and relation = 'partnership'", municipality),
                grouped("select sector, count(*) from analytics_partnership where municipality = ? and stage = 'active' "
                        + "and relation = 'partnership' group by sector order by sector", municipality),
                grouped("select relation, count(*) from analytics_partnership where municipality = ? and stage = 'active' "
                        + "group by relation order by relation", municipality),
                count("select count(*) from analytics_partnership_evaluation e join analytics_partnership p "
                        + "on p.partnership_id = e.partnership_id where p.municipality = ?", municipality),
                count("select count(*) from analytics_partnership_evaluation e join analytics_partnership p "
                        + "on p.partnership_id = e.partnership_id where p.municipality = ? and e.on_time", municipality),
                count("select count(*) from analytics_partnership_evaluation e join analytics_partnership p "
                        + "on p.partnership_id = e.partnership_id where p.municipality = ? and not e.on_time",
                        municipality),
                grouped("select end_reason, count(*) from analytics_partnership where municipality = ? "
                        + "and stage = 'ended' group by end_reason order by end_reason", municipality),
                count("select count(*) from analytics_partnership where municipality = ? and stage = 'screened-out'",
                        municipality),
                screenedOutByQuestion);
    }

    private int count(String sql, String key) {
        Integer count = database.queryForObject(sql, Integer.class, key);
        return count == null ? 0 : count;
    }

    private Map<String, Integer> grouped(String sql, String key) {
        return database.query(sql, (row, n) -> Map.entry(row.getString(1), row.getInt(2)), key).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
