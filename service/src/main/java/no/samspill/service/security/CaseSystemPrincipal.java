package no.samspill.service.security;

import java.util.List;
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

    public boolean mayActFor(String municipalityCode) {
        return municipality.equals(municipalityCode);
    }
}
