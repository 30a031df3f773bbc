package no.samspill.service.personaldata;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samspill.core.citizen.CitizenIdentifier;
import no.samspill.core.citizen.CitizenRef;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.inquiry.InquiryNotes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Citizens' identifiers and staff's notes, sealed, apart from the event log: the only place that knows whose a
 * citizen pseudonym is. Every read of an inquiry's personal data is logged.
 */
@Component
public class PersonalDataStore implements InquiryNotes {

    private final JdbcTemplate database;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    public PersonalDataStore(JdbcTemplate database, PersonalDataCipher cipher, Clock clock) {
        this.database = database;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** An inquiry's personal data as its reader sees it; {@code citizenId} is absent when none was named or erased. */
    public record InquiryPersonalData(String inquiryId, String citizen, String citizenId, Instant erasedAt,
                                      List<Note> notes) {
    }

    public record Note(String writtenBy, Instant writtenAt, String note) {
    }

    public record Read(String readBy, Instant readAt) {
    }

    /** What a note is sealed to, so that it opens only as this inquiry's note. */
    static String noteOf(String inquiryId) {
        return "note:" + inquiryId;
    }

    private static String identifierOf(String citizenRef) {
        return "citizen:" + citizenRef;
    }

    /** The citizen's pseudonym in the municipality: the one given before for the same identifier, or a new one. */
    public CitizenRef citizenFor(MunicipalityCode municipality, CitizenIdentifier identifier) {
        String lookup = cipher.lookup(municipality.value(), identifier.digits());
        List<String> known = database.queryForList(
                "select citizen_ref from citizen where municipality = ? and identifier_lookup = ?", String.class,
                municipality.value(), lookup);
        if (!known.isEmpty()) {
            return new CitizenRef(known.get(0));
        }
        CitizenRef citizen = CitizenRef.generate();
        database.update("insert into citizen (citizen_ref, municipality, identifier_lookup, identifier_sealed, "
                        + "registered_at) values (?, ?, ?, ?, ?)", citizen.value(), municipality.value(), lookup,
                cipher.seal(identifier.digits(), identifierOf(citizen.value())), now());
        return citizen;
    }

    /** Ties a newly registered inquiry to its municipality and citizen (if any). */
    void recordInquiry(InquiryId inquiry, MunicipalityCode municipality, CitizenRef citizen) {
        database.update("insert into inquiry_personal_data (inquiry_id, municipality, citizen_ref) values (?, ?, ?)",
                inquiry.value(), municipality.value(), citizen == null ? null : citizen.value());
    }

    /** The inquiry ended: from now its personal data counts down to the end of retention. */
    void recordEnded(InquiryId inquiry, Instant endedAt) {
        database.update("update inquiry_personal_data set ended_at = ? where inquiry_id = ? and ended_at is null",
                Timestamp.from(endedAt), inquiry.value());
    }

    @Override
    public void add(InquiryId inquiry, StaffId author, String note) {
        database.update("insert into inquiry_note (id, inquiry_id, written_by, written_at, sealed_note) "
                        + "values (?, ?, ?, ?, ?)", UUID.randomUUID().toString(), inquiry.value(), author.value(),
                now(), cipher.seal(note, noteOf(inquiry.value())));
    }

    /** The inquiry's personal data, opened for {@code reader}, who is logged as having read it. */
    public Optional<InquiryPersonalData> read(MunicipalityCode municipality, String inquiryId, String reader) {
        List<InquiryPersonalData> found = database.query(
                "select i.citizen_ref, i.erased_at, c.identifier_sealed from inquiry_personal_data i "
                        // a pseudonym opens only in its own municipality, whatever an inquiry carries
                        + "left join citizen c on c.citizen_ref = i.citizen_ref and c.municipality = i.municipality "
                        + "where i.inquiry_id = ? and i.municipality = ?",
                (row, n) -> {
                    String citizen = row.getString(1);
                    byte[] sealedIdentifier = row.getBytes(3);
                    Timestamp erasedAt = row.getTimestamp(2);
                    return new InquiryPersonalData(inquiryId, citizen,
                            sealedIdentifier == null ? null : cipher.open(sealedIdentifier, identifierOf(citizen)),
                            erasedAt == null ? null : erasedAt.toInstant(), notesOf(inquiryId));
                }, inquiryId, municipality.value());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        database.update("insert into personal_data_read (id, inquiry_id, municipality, read_by, read_at) "
                + "values (?, ?, ?, ?, ?)", UUID.randomUUID().toString(), inquiryId, municipality.value(), reader, now());
        return Optional.of(found.get(0));
    }

    /**
     * The notes staff left on the inquiry, opened for {@code reader}, who is logged as having read them when there
     * are any. For a task's briefing: the citizen's identity is not opened here.
     */
    public List<Note> notesFor(MunicipalityCode municipality, String inquiryId, String reader) {
        if (!belongsTo(municipality, inquiryId)) {
            return List.of();
        }
        List<Note> notes = notesOf(inquiryId);
        if (!notes.isEmpty()) {
            database.update("insert into personal_data_read (id, inquiry_id, municipality, read_by, read_at) "
                    + "values (?, ?, ?, ?, ?)", UUID.randomUUID().toString(), inquiryId, municipality.value(), reader,
                    now());
        }
        return notes;
    }

    private List<Note> notesOf(String inquiryId) {
        return database.query("select written_by, written_at, sealed_note from inquiry_note where inquiry_id = ? "
                        + "order by written_at, id",
                (row, n) -> new Note(row.getString(1), row.getTimestamp(2).toInstant(),
                        cipher.open(row.getBytes(3), noteOf(inquiryId))), inquiryId);
    }

    /** Who read the inquiry's personal data and when, oldest first; empty if the inquiry is not the municipality's. */
    public Optional<List<Read>> readsOf(MunicipalityCode municipality, String inquiryId) {
        if (!belongsTo(municipality, inquiryId)) {
            return Optional.empty();
        }
        return Optional.of(database.query("select read_by, read_at from personal_data_read where inquiry_id = ? "
                        + "order by read_at, id", (row, n) -> new Read(row.getString(1), row.getTimestamp(2).toInstant()),
                inquiryId));
    }

    /** A citizen this municipality has, or had before erasure (their inquiries still name the pseudonym). */
    boolean knowsCitizen(MunicipalityCode municipality, CitizenRef citizen) {
        return database.queryForObject("select (select count(*) from citizen where citizen_ref = ? and municipality = ?)"
                + " + (select count(*) from inquiry_personal_data where citizen_ref = ? and municipality = ?)",
                Long.class, citizen.value(), municipality.value(), citizen.value(), municipality.value()) > 0;
    }

    boolean belongsTo(MunicipalityCode municipality, String inquiryId) {
        return database.queryForObject("select count(*) from inquiry_personal_data where inquiry_id = ? "
                + "and municipality = ?", Long.class, inquiryId, municipality.value()) > 0;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
