package no.samspill.service.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a validated bearer token (signature, expiry, issuer and audience already checked) into the case-system client
 * it was issued to, named by its {@code client_id} claim (Maskinporten and most OAuth2 servers); a token without one
 * is refused, never read by its {@code sub}, which some servers set to a user. The client must be registered, which
 * binds it to its one municipality, just as for HTTP Basic.
 */
class CaseSystemTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private final CaseSystemClients clients;

    CaseSystemTokens(CaseSystemClients clients) {
        this.clients = clients;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String clientId = token.getClaimAsString("client_id");
        if (clientId == null || clientId.isBlank()) {
            throw new InvalidBearerTokenException("the token names no client (client_id)");
        }
        CaseSystemClient registered = clients.findById(clientId)
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
