package no.samspill.service.personaldata;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.samspill.core.citizen.CitizenRef;
import no.samspill.core.shared.MunicipalityCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import no.samspill.service.personaldata.ErasureLedger.Kind;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure (the citizen's right, or the end of retention): deletes the sealed identifier and notes in one
 * transaction, so they are gone everywhere at once. The events keep only pseudonyms and stay as they are, so replay
 * and analytics are unchanged.
 */
@Component
public class PersonalDataErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataErasure.class);

    private final JdbcTemplate database;
    private final PersonalDataStore store;
    private final ErasureLedger ledger;
    private final PersonalDataProperties properties;
    private final Clock clock;

    public PersonalDataErasure(JdbcTemplate database, PersonalDataStore store, ErasureLedger ledger,
                               PersonalDataProperties properties, Clock clock) {
        this.database = database;
        this.store = store;
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
    }

    /** Erases a citizen: the identifier and the notes of every inquiry of theirs. False if unknown here. */
    @Transactional
    public boolean eraseCitizen(MunicipalityCode municipality, CitizenRef citizen) {
        if (!store.knowsCitizen(municipality, citizen)) {
            return false;
        }
        // Recorded before the rows go, and forced to disk before the commit: an erasure is never lost to a restore
        Instant now = ledger.record(Kind.CITIZEN, municipality.value(), citizen.value());
        deleteCitizen(municipality.value(), citizen.value(), now);
        log.info("Erased the personal data of citizen {}", citizen);
        return true;
    }

    /** Erases one inquiry's notes (its citizen, who may have other inquiries, stays). False if unknown here. */
    @Transactional
    public boolean eraseInquiry(MunicipalityCode municipality, String inquiryId) {
        if (!store.belongsTo(municipality, inquiryId)) {
            return false;
        }
        Instant now = ledger.record(Kind.INQUIRY, municipality.value(), inquiryId);
        eraseNotes(inquiryId, now);
        log.info("Erased the notes of inquiry {}", inquiryId);
        return true;
    }

    /**
     * At start, before anyone is served: carries out again every erasure in the ledger that this database still
     * lacks, as after a restore from a backup taken before them. Each entry erases only what existed when it was
     * made (a note written after an inquiry's erasure stays), and erasures already carried out change nothing.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(-100) // before the node turns ready, and before the demo or anything else reads personal data
    @Transactional
    public void reapplyLedger() {
        List<ErasureLedger.Entry> entries = ledger.entries();
        int reapplied = 0;
        ErasureLedger.Entry latestRetention = null;
        for (ErasureLedger.Entry entry : entries) {
            switch (entry.kind()) {
                case CITIZEN -> reapplied += deleteCitizen(entry.municipality(), entry.subject(), entry.at()) ? 1 : 0;
                case INQUIRY -> reapplied += eraseNotes(entry.subject(), entry.at()) ? 1 : 0;
                case RETENTION -> latestRetention = latestRetention == null
                        || entry.at().isAfter(latestRetention.at()) ? entry : latestRetention;
            }
        }
        if (latestRetention != null) {
            // Never beyond what retention allows today: a cutoff from a clock that was ahead erases nothing early
            Instant cutoff = Instant.parse(latestRetention.subject());
            Instant allowed = clock.instant().minus(properties.retention());
            reapplied += applyRetention(cutoff.isAfter(allowed) ? allowed : cutoff, latestRetention.at());
        }
        if (reapplied > 0) {
            log.warn("Erasure ledger: {} erasures carried out again that this database lacked (restored from a "
                    + "backup taken before them?)", reapplied);
        }
        log.info("Erasure ledger in {}: {} entries, this database has them all", ledger.folder(), entries.size());
    }

    /**
     * Deletes a citizen's identifier, their inquiries' notes and kept answers as they were at {@code asOf}; true if
     * anything was left.
     */
    private boolean deleteCitizen(String municipality, String citizen, Instant asOf) {
        Timestamp at = Timestamp.from(asOf);
        List<String> inquiries = database.queryForList("select inquiry_id from inquiry_personal_data "
                + "where citizen_ref = ? and municipality = ?", String.class, citizen, municipality);
        boolean erased = database.update("delete from citizen where citizen_ref = ? and municipality = ? "
                + "and registered_at <= ?", citizen, municipality, at) > 0;
        for (String inquiry : inquiries) {
            erased |= eraseNotes(inquiry, asOf);
        }
        // The API's kept answers that named the citizen (IdempotentRequests) go with them
        erased |= database.update("delete from idempotent_request where citizen_ref = ? and created_at <= ?",
                citizen, at) > 0;
        return erased;
    }

    /**
     * Retention: erases the notes of every inquiry that ended before {@code cutoff}, and the citizens whose inquiries
     * all ended before it. Returns how many inquiries were erased.
     */
    @Transactional
    public int eraseEndedBefore(Instant cutoff) {
        Instant now = ledger.record(Kind.RETENTION, "-", cutoff.toString());
        return applyRetention(cutoff, now);
    }

    private int applyRetention(Instant cutoff, Instant asOf) {
        List<String> inquiries = database.queryForList("select inquiry_id from inquiry_personal_data "
                + "where ended_at < ? and erased_at is null", String.class, Timestamp.from(cutoff));
        inquiries.forEach(inquiry -> eraseNotes(inquiry, asOf));
        int citizens = database.update("delete from citizen where registered_at <= ? and not exists (select 1 from "
                + "inquiry_personal_data i where i.citizen_ref = citizen.citizen_ref and (i.ended_at is null or "
                + "i.ended_at >= ?))", Timestamp.from(asOf), Timestamp.from(cutoff));
        log.info("Retention: erased the personal data of {} inquiries and {} citizens that ended before {}",
                inquiries.size(), citizens, cutoff);
        return inquiries.size();
    }

    /** Erases the notes an inquiry had at {@code asOf} and marks it erased then; true if anything was left. */
    private boolean eraseNotes(String inquiryId, Instant asOf) {
        int notes = database.update("delete from inquiry_note where inquiry_id = ? and written_at <= ?", inquiryId,
                Timestamp.from(asOf));
        int marked = database.update("update inquiry_personal_data set erased_at = ? where inquiry_id = ? "
                + "and erased_at is null", Timestamp.from(asOf), inquiryId);
        return notes + marked > 0;
    }
}
