package no.samspill.service.inquiry.api;

import java.time.Instant;
import java.util.List;

/**
 * An inquiry as the API shows it: where it stands, where the routing decision sent it and whether it was handled
 * locally (with the reason if not), and the events it went through, in order. {@code citizen} is the citizen's
 * pseudonym, the handle for reading or erasing their personal data.
 */
public record InquiryView(String id, String municipality, String servicePoint, String model, String channel,
                          String service, String externalReference, String citizen, String status, String route,
                          Boolean handledLocally, String notHandledLocallyReason, List<HistoryEntry> history) {

    public record HistoryEntry(String type, Instant time) {
    }
}
