package no.samspill.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Hands Camunda's webapps the staff member Spring Security signed in through the OpenID Connect provider, for
 * Camunda's container-based authentication filter, which takes their groups and municipalities from Camunda's
 * store, where sign-in mirrored the token's (StaffClaims.mirror); one without a known group never gets here
 * (StaffWithoutGroup). Made by that filter from its class name; its claims come from the servlet context.
 */
public class OidcStaffAuthentication implements AuthenticationProvider {

    static final String CLAIMS = StaffClaims.class.getName();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        StaffClaims claims = (StaffClaims) request.getServletContext().getAttribute(CLAIMS);
        if (claims == null || signedIn == null || !(signedIn.getPrincipal() instanceof OidcUser user)) {
            return AuthenticationResult.unsuccessful();
        }
        // groups and municipalities as Camunda's store has them: mirrored from the token at sign-in
        return AuthenticationResult.successful(claims.userOf(user));
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // the sign-in itself is Spring Security's: nothing to add
    }
}
