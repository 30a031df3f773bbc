package no.samspill.core.alliance;

import no.samspill.core.shared.MunicipalityCode;

/** Who signs the alliance agreement for a party, by role (for example "fylkesbiblioteksjef"); never by name. */
public record Signatory(MunicipalityCode party, String role) {
}
