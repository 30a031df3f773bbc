package no.samspill.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The analytics page of a staff member signed in at the municipality's identity provider reads its figures with the
 * session of that sign-in: on the otherwise stateless API, only to read ({@code GET}) analytics, never to change
 * anything (no cross-site request can then act for them), and as the staff member Camunda's store has mirrored from
 * their token: an evaluator of the municipalities their groups belong to, or no one the analytics let in.
 */
class StaffSessionOnAnalytics implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final StaffClaims claims;
    private final IdentityService identity;

    StaffSessionOnAnalytics(StaffClaims claims, IdentityService identity) {
        this.claims = claims;
        this.identity = identity;
    }

    @Override
    @SuppressWarnings("deprecation") // the interface's own fallback still calls it
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        HttpServletRequest request = holder.getRequest();
        if (!"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/v1/analytics/")
                || request.getSession(false) == null) {
            return SecurityContextHolder.createEmptyContext();
        }
        Authentication signedIn = sessions.loadDeferredContext(request).get().getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof OidcUser user)) {
            return SecurityContextHolder.createEmptyContext();
        }
        return new SecurityContextImpl(CamundaUserAuthentication.staffOf(identity, claims.userOf(user)));
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // read only: the session is the webapps' sign-in's, and the API keeps nothing
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return false;
    }
}
