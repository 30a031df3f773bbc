package no.samspill.service.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.api.NotFound;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** An authenticated case system, carrying the one municipality it may act for. */
public class CaseSystemPrincipal extends User {

    private final String municipality;

    CaseSystemPrincipal(CaseSystemClient client) {
        this(client, client.permissions());
    }

    /** With only the given permissions (a bearer token's scopes, within what the client was registered with). */
    CaseSystemPrincipal(CaseSystemClient client, Set<ClientPermission> permissions) {
        super(client.clientId(), client.secretHash(), authorities(permissions));
        this.municipality = client.municipality();
    }

    private static List<GrantedAuthority> authorities(Set<ClientPermission> permissions) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_CASE_SYSTEM"));
        permissions.forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.authority())));
        return authorities;
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
