package no.samspill.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Hands Camunda's webapps the staff member Spring Security signed in through the OpenID Connect provider, with the
 * staff groups and municipalities their token gives them (StaffClaims), for Camunda's container-based
 * authentication filter. Made by that filter from its class name; its claims come from the servlet context.
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
        IdentityService identity = engine.getIdentityService();
        List<String> groups = claims.knownGroupsOf(user, identity);
        if (groups.isEmpty()) {
            return AuthenticationResult.unsuccessful(claims.userOf(user));
        }
        AuthenticationResult result = AuthenticationResult.successful(claims.userOf(user));
        result.setGroups(groups);
        result.setTenants(StaffClaims.tenantsOf(groups, identity));
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // the sign-in itself is Spring Security's: nothing to add
    }
}
