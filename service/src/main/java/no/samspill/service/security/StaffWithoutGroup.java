package no.samspill.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * A staff member the municipality's identity provider signed in, whose token names no staff group Samspill knows,
 * gets no webapp: a page that says so and what to ask for, in bokmål, nynorsk and Danish (403), not Camunda's login
 * form they could do nothing with.
 */
class StaffWithoutGroup extends OncePerRequestFilter {

    private final StaffClaims claims;
    private final IdentityService identity;

    StaffWithoutGroup(StaffClaims claims, IdentityService identity) {
        this.claims = claims;
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof OidcUser user && !inCamundasSession(request)
                && claims.knownGroupsOf(user, identity).isEmpty()) {
            refuse(response, claims.userOf(user));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Once in the webapps' session, the staff member had a known group at sign-in: not asked again each request. */
    private static boolean inCamundasSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && !AuthenticationUtil.getAuthsFromSession(session).getAuthentications().isEmpty();
    }

    private void refuse(HttpServletResponse response, String user) throws IOException {
        String who = HtmlUtils.htmlEscape(user, "UTF-8");
        String claim = HtmlUtils.htmlEscape(claims.groupsClaim(), "UTF-8");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("""
                <!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>Samspill: ingen tilgang</title></head>
                <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
                <h1>Ingen tilgang til Samspill</h1>
                <p>Du er logget inn som <strong>%1$s</strong>, men brukeren din er ikke med i noen av Samspills
                grupper (kravet «%2$s» i innloggingen nevner ingen gruppe Samspill kjenner). Be kommunens IT-avdeling
                om å legge deg til i gruppen for ditt betjeningssted.</p>
                <p lang="nn">Du er logga inn som <strong>%1$s</strong>, men brukaren din er ikkje med i nokon av
                Samspills grupper. Be IT-avdelinga i kommunen om å leggje deg til i gruppa for betjeningsstaden din.</p>
                <p lang="da">Du er logget ind som <strong>%1$s</strong>, men din bruger er ikke med i nogen af
                Samspills grupper. Bed kommunens IT-afdeling om at tilføje dig til gruppen for dit betjeningssted.</p>
                </body></html>
                """.formatted(who, claim)).getBytes(StandardCharsets.UTF_8));
    }
}
