package no.samspill.service.libraryplan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.api.PageCursor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A county's library plans in the order they were started, narrowed by phase, a page at a time by cursor. */
@Component
public class LibraryPlanList {

    @Schema(description = "A library plan as listed; read one by id for its working group, goals and answers")
    public record ListedPlan(String id, String title, LocalDate kickoff, String phase, LocalDate consultationDeadline,
                             Instant startedAt) {
    }

    @Schema(description = "A page of library plans, the first started first")
    public record PlanPage(List<ListedPlan> items,
                           @Schema(description = "Pass as `after` for the next page; absent on the last page")
                           String next) {
    }

    private final JdbcTemplate database;

    public LibraryPlanList(JdbcTemplate database) {
        this.database = database;
    }

    public PlanPage page(MunicipalityCode county, String phase, String after, int limit) {
        List<Object> arguments = new ArrayList<>(List.of(county.value()));
        StringBuilder where = new StringBuilder("county = ?");
        if (phase != null) {
            where.append(" and phase = ?");
            arguments.add(phase);
        }
        if (after != null) {
            PageCursor cursor = PageCursor.parse(after);
            where.append(" and (started_at > ? or (started_at = ? and plan_id > ?))");
            arguments.addAll(List.of(Timestamp.from(cursor.at()), Timestamp.from(cursor.at()), cursor.id()));
        }
        arguments.add(limit + 1); // one more than asked tells whether another page follows
        List<ListedPlan> found = database.query("select plan_id, title, kickoff, phase, consultation_deadline, "
                        + "started_at from library_plan_list where " + where + " order by started_at, plan_id limit ?",
                (row, n) -> new ListedPlan(row.getString(1), row.getString(2), row.getDate(3).toLocalDate(),
                        row.getString(4), row.getDate(5) == null ? null : row.getDate(5).toLocalDate(),
                        row.getTimestamp(6).toInstant()), arguments.toArray());
        PageCursor.Cut<ListedPlan> page = PageCursor.cut(found, limit, last -> new PageCursor(last.startedAt(),
                last.id()));
        return new PlanPage(page.items(), page.next());
    }
}
