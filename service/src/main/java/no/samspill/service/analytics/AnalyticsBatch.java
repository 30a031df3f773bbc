package no.samspill.service.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One batch of the analytics processor's events (one unit of work): the changes are kept in order while the
 * handlers run, then applied in memory to the inquiries' rows (read in one query) and written in one batched
 * statement each for new rows, changed rows and passings. A replay so writes each inquiry about once instead of once
 * per event (docs/benchmarks.md).
 * <p>
 * Delivery is at least once: after a node dies, another may hand an event over again. Each row keeps the sequence
 * number of the last of its inquiry's events applied, and an event at or below it changes nothing. A changed row is
 * written only if nobody changed it since it was read; else the batch fails and the processor runs it again.
 */
final class AnalyticsBatch {

    private static final String COLUMNS = "inquiry_id, municipality, service_point, model, channel, service, "
            + "registered_at, route, handled_locally, not_local_reason, referrals, handovers, outcome, first_contact, "
            + "ended_at, simulated, taken_at, satisfaction, last_event_sequence";
    /** Rows read per query: well under every database's limit on parameters. */
    private static final int READ_CHUNK = 500;

    /** One inquiry's row, as stored or as this batch made it. */
    static final class Row {
        final String inquiryId;
        String municipality;
        String servicePoint;
        String model;
        String channel;
        String service;
        Instant registeredAt;
        String route;
        Boolean handledLocally;
        String notLocalReason;
        int referrals;
        int handovers;
        String outcome;
        Boolean firstContact;
        Instant endedAt;
        boolean simulated;
        Instant takenAt;
        Integer satisfaction;
        long lastEventSequence;
        /** The sequence it had when read; null for a row this batch created. */
        private Long storedSequence;
        private boolean changed;
        private final List<Object[]> passings = new ArrayList<>();

        Row(String inquiryId) {
            this.inquiryId = inquiryId;
        }

        /** A referral or handover, numbered 0, 1, 2, … by the counters (raise the counter first). */
        void passed(String kind, String from, String to, Instant at) {
            passings.add(new Object[] {inquiryId, referrals + handovers - 1, municipality, kind, from, to,
                    Timestamp.from(at)});
        }

        private Object[] values() {
            return new Object[] {inquiryId, municipality, servicePoint, model, channel, service,
                    Timestamp.from(registeredAt), route, handledLocally, notLocalReason, referrals, handovers, outcome,
                    firstContact, timestamp(endedAt), simulated, timestamp(takenAt), satisfaction, lastEventSequence};
        }
    }

    /** A change to one inquiry, applied in the order the events came. */
    private record Change(String inquiry, long sequence, Consumer<Row> creation, Consumer<Row> update) {
    }

    private final JdbcTemplate database;
    private final List<Change> changes = new ArrayList<>();

    AnalyticsBatch(JdbcTemplate database) {
        this.database = database;
    }

    /** The inquiry's first event: makes its row, unless it is there already. */
    void create(String inquiry, long sequence, Consumer<Row> creation) {
        changes.add(new Change(inquiry, sequence, creation, null));
    }

    /** A later event: changes the row, unless this event (or a later one) was applied before. */
    void update(String inquiry, long sequence, Consumer<Row> update) {
        changes.add(new Change(inquiry, sequence, null, update));
    }

    /** Applies the batch's changes to the rows and writes them; nothing when the batch changed nothing. */
    void write() {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, Row> rows = read(changes.stream().map(Change::inquiry).collect(
                LinkedHashSet::new, Set::add, Set::addAll));
        for (Change change : changes) {
            Row row = rows.get(change.inquiry());
            if (change.creation() != null) {
                if (row == null) {
                    row = new Row(change.inquiry());
                    row.lastEventSequence = change.sequence();
                    change.creation().accept(row);
                    row.changed = true;
                    rows.put(change.inquiry(), row);
                }
            } else if (row != null && row.lastEventSequence < change.sequence()) {
                change.update().accept(row);
                row.lastEventSequence = change.sequence();
                row.changed = true;
            }
        }
        changes.clear();
        store(rows.values());
    }

    private void store(Iterable<Row> rows) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> passings = new ArrayList<>();
        for (Row row : rows) {
            if (!row.changed) {
                continue;
            }
            Object[] values = row.values();
            if (row.storedSequence == null) {
                inserts.add(values);
            } else {
                // every column but the id, then the id and the sequence it was read with
                Object[] update = new Object[values.length + 1];
                System.arraycopy(values, 1, update, 0, values.length - 1);
                update[values.length - 1] = row.inquiryId;
                update[values.length] = row.storedSequence;
                updates.add(update);
            }
            passings.addAll(row.passings);
        }
        if (!inserts.isEmpty()) {
            database.batchUpdate("insert into analytics_inquiry (" + COLUMNS + ") values ("
                    + String.join(", ", Collections.nCopies(19, "?")) + ")", inserts);
        }
        if (!updates.isEmpty()) {
            int[] counts = database.batchUpdate("update analytics_inquiry set municipality = ?, service_point = ?, "
                    + "model = ?, channel = ?, service = ?, registered_at = ?, route = ?, handled_locally = ?, "
                    + "not_local_reason = ?, referrals = ?, handovers = ?, outcome = ?, first_contact = ?, "
                    + "ended_at = ?, simulated = ?, taken_at = ?, satisfaction = ?, last_event_sequence = ? "
                    + "where inquiry_id = ? and last_event_sequence = ?", updates);
            for (int count : counts) {
                // some drivers answer SUCCESS_NO_INFO (-2) for a batched statement, which is no conflict
                if (count == 0) {
                    throw new OptimisticLockingFailureException(
                            "an analytics row changed while its batch was applied; the batch is run again");
                }
            }
        }
        if (!passings.isEmpty()) {
            database.batchUpdate("insert into analytics_passing (inquiry_id, seq, municipality, kind, from_unit, "
                    + "to_unit, passed_at) values (?, ?, ?, ?, ?, ?, ?)", passings);
        }
    }

    private Map<String, Row> read(Set<String> inquiries) {
        Map<String, Row> rows = new HashMap<>();
        List<String> ids = new ArrayList<>(inquiries);
        for (int from = 0; from < ids.size(); from += READ_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(from + READ_CHUNK, ids.size()));
            database.query("select " + COLUMNS + " from analytics_inquiry where inquiry_id in ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    (ResultSet result) -> {
                        Row row = row(result);
                        rows.put(row.inquiryId, row);
                    }, chunk.toArray());
        }
        return rows;
    }

    private static Row row(ResultSet result) throws SQLException {
        Row row = new Row(result.getString("inquiry_id"));
        row.municipality = result.getString("municipality");
        row.servicePoint = result.getString("service_point");
        row.model = result.getString("model");
        row.channel = result.getString("channel");
        row.service = result.getString("service");
        row.registeredAt = instant(result.getTimestamp("registered_at"));
        row.route = result.getString("route");
        row.handledLocally = (Boolean) result.getObject("handled_locally");
        row.notLocalReason = result.getString("not_local_reason");
        row.referrals = result.getInt("referrals");
        row.handovers = result.getInt("handovers");
        row.outcome = result.getString("outcome");
        row.firstContact = (Boolean) result.getObject("first_contact");
        row.endedAt = instant(result.getTimestamp("ended_at"));
        row.simulated = result.getBoolean("simulated");
        row.takenAt = instant(result.getTimestamp("taken_at"));
        row.satisfaction = (Integer) result.getObject("satisfaction");
        row.lastEventSequence = result.getLong("last_event_sequence");
        row.storedSequence = row.lastEventSequence;
        return row;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
