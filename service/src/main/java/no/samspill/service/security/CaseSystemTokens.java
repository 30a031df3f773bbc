package no.samspill.service.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a validated bearer token (signature, expiry and issuer already checked) into the case-system client it was
 * issued to: {@code client_id} (Maskinporten and most OAuth2 servers), else {@code sub}. The client must be
 * registered, which binds it to its one municipality, just as for HTTP Basic.
 */
class CaseSystemTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private final CaseSystemClients clients;

    CaseSystemTokens(CaseSystemClients clients) {
        this.clients = clients;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String clientId = token.hasClaim("client_id") ? token.getClaimAsString("client_id") : token.getSubject();
        CaseSystemClient registered = clients.findById(clientId == null ? "" : clientId)
                .orElseThrow(() -> new InvalidBearerTokenException("the token's client is not a registered case system"));
        CaseSystemPrincipal client = new CaseSystemPrincipal(registered, scopes(token, registered.permissions()));
        return UsernamePasswordAuthenticationToken.authenticated(client, token, client.getAuthorities());
    }

    /** The token's scopes that name permissions the client was registered with; other scopes mean nothing here. */
    private static Set<ClientPermission> scopes(Jwt token, Set<ClientPermission> registered) {
        String scope = token.getClaimAsString("scope");
        Set<ClientPermission> granted = EnumSet.noneOf(ClientPermission.class);
        for (String code : scope == null ? new String[0] : scope.trim().split("\\s+")) {
            registered.stream().filter(permission -> permission.code().equals(code)).forEach(granted::add);
        }
        return granted;
    }
}
