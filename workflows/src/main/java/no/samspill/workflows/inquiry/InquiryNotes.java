package no.samspill.workflows.inquiry;

import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.shared.StaffId;

/**
 * Staff's free-text notes on an inquiry. They may hold personal data, so they are kept out of the event log and out
 * of Camunda's variables and history, in a store of their own (the service's {@code inquiry_note} table).
 */
public interface InquiryNotes {

    /** Process variable of the task forms' optional note; never stored by the engine. */
    String NOTE = "note";
    int MAX_LENGTH = 1000;

    void add(InquiryId inquiry, StaffId author, String note);
}
