package no.samspill.core.network;

import java.util.Locale;
import java.util.Objects;
import no.samspill.core.shared.MunicipalityCode;

/**
 * One library's contact with one outside partner. The partner's name, in lower case with spaces evened out, is part
 * of the id, so that "Roskilde Festival" and "roskilde  festival" are the same contact, held by one person at a time.
 */
public record PartnerContactId(MunicipalityCode library, String partner) {

    public PartnerContactId {
        Objects.requireNonNull(library, "library is required");
        Objects.requireNonNull(partner, "partner is required");
        partner = partner.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (partner.isEmpty()) {
            throw new IllegalArgumentException("partner must not be blank");
        }
    }

    /** Axon stores an aggregate's identifier by its {@code toString()}. */
    @Override
    public String toString() {
        return "contact:" + library.value() + ":" + partner;
    }
}
