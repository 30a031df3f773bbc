package no.samspill.service.personaldata;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.samspill.core.citizen.CitizenRef;
import no.samspill.core.shared.MunicipalityCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final Clock clock;

    public PersonalDataErasure(JdbcTemplate database, PersonalDataStore store, Clock clock) {
        this.database = database;
        this.store = store;
        this.clock = clock;
    }

    /** Erases a citizen: the identifier and the notes of every inquiry of theirs. False if unknown here. */
    @Transactional
    public boolean eraseCitizen(MunicipalityCode municipality, CitizenRef citizen) {
        List<String> inquiries = database.queryForList("select inquiry_id from inquiry_personal_data "
                + "where citizen_ref = ? and municipality = ?", String.class, citizen.value(), municipality.value());
        int citizens = database.update("delete from citizen where citizen_ref = ? and municipality = ?",
                citizen.value(), municipality.value());
        if (citizens == 0 && inquiries.isEmpty()) {
            return false;
        }
        inquiries.forEach(this::eraseNotes);
        // The API's kept answers that named the citizen (IdempotentRequests) go with them
        database.update("delete from idempotent_request where citizen_ref = ?", citizen.value());
        log.info("Erased the personal data of citizen {} ({} inquiries)", citizen, inquiries.size());
        return true;
    }

    /** Erases one inquiry's notes (its citizen, who may have other inquiries, stays). False if unknown here. */
    @Transactional
    public boolean eraseInquiry(MunicipalityCode municipality, String inquiryId) {
        if (!store.belongsTo(municipality, inquiryId)) {
            return false;
        }
        eraseNotes(inquiryId);
        log.info("Erased the notes of inquiry {}", inquiryId);
        return true;
    }

    /**
     * Retention: erases the notes of every inquiry that ended before {@code cutoff}, and the citizens whose inquiries
     * all ended before it. Returns how many inquiries were erased.
     */
    @Transactional
    public int eraseEndedBefore(Instant cutoff) {
        List<String> inquiries = database.queryForList("select inquiry_id from inquiry_personal_data "
                + "where ended_at < ? and erased_at is null", String.class, Timestamp.from(cutoff));
        inquiries.forEach(this::eraseNotes);
        int citizens = database.update("delete from citizen where not exists (select 1 from inquiry_personal_data i "
                + "where i.citizen_ref = citizen.citizen_ref and (i.ended_at is null or i.ended_at >= ?))",
                Timestamp.from(cutoff));
        log.info("Retention: erased the personal data of {} inquiries and {} citizens that ended before {}",
                inquiries.size(), citizens, cutoff);
        return inquiries.size();
    }

    private void eraseNotes(String inquiryId) {
        database.update("delete from inquiry_note where inquiry_id = ?", inquiryId);
        database.update("update inquiry_personal_data set erased_at = ? where inquiry_id = ? and erased_at is null",
                Timestamp.from(clock.instant()), inquiryId);
    }
}
