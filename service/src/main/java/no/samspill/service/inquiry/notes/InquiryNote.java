package no.samspill.service.inquiry.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One note a staff member wrote on an inquiry. */
@Entity
@Table(name = "inquiry_note")
public class InquiryNote {

    @Id
    private String id;
    @Column(name = "inquiry_id")
    private String inquiryId;
    @Column(name = "written_by")
    private String writtenBy;
    @Column(name = "written_at")
    private Instant writtenAt;
    private String note;

    protected InquiryNote() {
    }

    InquiryNote(String inquiryId, String writtenBy, Instant writtenAt, String note) {
        this.id = UUID.randomUUID().toString();
        this.inquiryId = inquiryId;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        this.note = note;
    }
}
