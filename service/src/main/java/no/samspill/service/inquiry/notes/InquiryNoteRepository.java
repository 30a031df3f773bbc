package no.samspill.service.inquiry.notes;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InquiryNoteRepository extends JpaRepository<InquiryNote, String> {
}
