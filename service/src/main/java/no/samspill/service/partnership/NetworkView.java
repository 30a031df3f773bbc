package no.samspill.service.partnership;

import java.time.LocalDate;
import java.util.List;

/**
 * The library's network overview: who holds which external contact, and how close each partner relation is, so
 * that two staff members don't approach the same partner.
 */
public record NetworkView(String municipality, List<Contact> contacts, List<Relation> relations) {

    /**
     * {@code holder} is null when the contact was let go; {@code lastUsedOn}: when it was last opened, used or
     * handed over.
     */
    public record Contact(String partner, String holder, String topic, LocalDate heldSince, LocalDate lastUsedOn) {
    }

    public record Relation(String partner, String relation, String stage, String partnershipId) {
    }
}
