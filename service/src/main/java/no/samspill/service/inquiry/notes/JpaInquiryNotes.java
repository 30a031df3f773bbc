package no.samspill.service.inquiry.notes;

import java.time.Clock;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.inquiry.InquiryNotes;
import org.springframework.stereotype.Component;

/** Keeps staff's notes in the {@code inquiry_note} table, in the completing task's transaction. */
@Component
public class JpaInquiryNotes implements InquiryNotes {

    private final InquiryNoteRepository notes;
    private final Clock clock;

    public JpaInquiryNotes(InquiryNoteRepository notes, Clock clock) {
        this.notes = notes;
        this.clock = clock;
    }

    @Override
    public void add(InquiryId inquiry, StaffId author, String note) {
        notes.save(new InquiryNote(inquiry.value(), author.value(), clock.instant(), note));
    }
}
