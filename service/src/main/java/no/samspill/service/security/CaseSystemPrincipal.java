package no.samspill.service.security;

import java.util.List;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.api.NotFound;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** An authenticated case system, carrying the one municipality it may act for. */
public class CaseSystemPrincipal extends User {

    private final String municipality;

    CaseSystemPrincipal(CaseSystemClient client) {
        super(client.clientId(), client.secretHash(), List.of(new SimpleGrantedAuthority("ROLE_CASE_SYSTEM")));
        this.municipality = client.municipality();
    }

    public String municipality() {
        return municipality;
    }

    /**
     * The municipality of a request path, if this client may act for it. Any other answers 404, so that nothing
     * about another municipality is revealed.
     */
    public MunicipalityCode municipalityOf(String municipalityCode) {
        if (!municipality.equals(municipalityCode)) {
            throw new NotFound("No municipality " + municipalityCode + " for this client");
        }
        return new MunicipalityCode(municipalityCode);
    }
}
