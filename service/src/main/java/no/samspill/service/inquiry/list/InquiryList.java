package no.samspill.service.inquiry.list;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.shared.MunicipalTime;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.api.PageCursor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A municipality's inquiries in order of registration, filtered as a case system asks, a page at a time. A page ends
 * with a cursor (the last inquiry's registration time and id, opaque to the caller) from which the next one starts,
 * so inquiries registered while a caller pages never shift or repeat a page.
 */
@Component
public class InquiryList {

    /** What the list may be narrowed by; null: not narrowed. Registration days are Oslo days, both inclusive. */
    public record Filter(String status, String servicePoint, String service, String channel, LocalDate registeredFrom,
                         LocalDate registeredTo, String externalReference) {
    }

    @Schema(description = "An inquiry as listed; its history is read one by one")
    public record Listed(String id, String servicePoint, String model, String channel, String service,
                         String externalReference, String status, Instant registeredAt) {
    }

    @Schema(description = "A page of inquiries, oldest registration first")
    public record Page(List<Listed> items,
                       @Schema(description = "Pass as `after` for the next page; absent on the last page")
                       String next) {
    }

    private final JdbcTemplate database;

    public InquiryList(JdbcTemplate database) {
        this.database = database;
    }

    public Page page(MunicipalityCode municipality, Filter filter, String after, int limit) {
        List<Object> arguments = new ArrayList<>(List.of(municipality.value()));
        StringBuilder where = new StringBuilder("municipality = ?");
        equal(where, arguments, "status", filter.status());
        equal(where, arguments, "service_point", filter.servicePoint());
        equal(where, arguments, "service", filter.service());
        equal(where, arguments, "channel", filter.channel());
        equal(where, arguments, "external_reference", filter.externalReference());
        if (filter.registeredFrom() != null) {
            where.append(" and registered_at >= ?");
            arguments.add(startOf(filter.registeredFrom()));
        }
        if (filter.registeredTo() != null) {
            where.append(" and registered_at < ?");
            arguments.add(startOf(filter.registeredTo().plusDays(1)));
        }
        if (after != null) {
            PageCursor cursor = PageCursor.parse(after);
            where.append(" and (registered_at > ? or (registered_at = ? and inquiry_id > ?))");
            arguments.addAll(List.of(Timestamp.from(cursor.at()), Timestamp.from(cursor.at()), cursor.id()));
        }
        arguments.add(limit + 1); // one more than asked tells whether another page follows
        List<Listed> found = database.query("select inquiry_id, service_point, model, channel, service, "
                        + "external_reference, status, registered_at from inquiry_list where " + where
                        + " order by registered_at, inquiry_id limit ?",
                (row, n) -> new Listed(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getTimestamp(8).toInstant()),
                arguments.toArray());
        PageCursor.Cut<Listed> page = PageCursor.cut(found, limit, last -> new PageCursor(last.registeredAt(),
                last.id()));
        return new Page(page.items(), page.next());
    }

    private static void equal(StringBuilder where, List<Object> arguments, String column, String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            arguments.add(value);
        }
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(MunicipalTime.ZONE).toInstant());
    }
}
