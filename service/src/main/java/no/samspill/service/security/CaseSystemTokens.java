package no.samspill.service.security;

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
        CaseSystemPrincipal client = clients.findById(clientId == null ? "" : clientId).map(CaseSystemPrincipal::new)
                .orElseThrow(() -> new InvalidBearerTokenException("the token's client is not a registered case system"));
        return UsernamePasswordAuthenticationToken.authenticated(client, token, client.getAuthorities());
    }
}
