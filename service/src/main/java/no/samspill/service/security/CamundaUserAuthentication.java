package no.samspill.service.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.service.api.DatabaseOutage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * HTTP Basic for Camunda's own users on the API (evaluators and administrators), checked against Camunda's
 * identity service, whose password hashes and lock-out after failed attempts apply as in the webapps.
 */
class CamundaUserAuthentication implements AuthenticationProvider {

    static final String ADMINISTRATORS = "camunda-admin";

    private final IdentityService identity;

    CamundaUserAuthentication(IdentityService identity) {
        this.identity = identity;
    }

    /**
     * The engine's identity service failing because its database cannot be used is not a wrong password: it goes to
     * the entry point as an authentication-service failure, which answers 503, instead of out of the security chain
     * as a 500. Any other failure stays what it is.
     */
    @Override
    public Authentication authenticate(Authentication request) {
        try {
            return authenticateWithCamunda(request);
        } catch (ProcessEngineException engineFailed) {
            if (DatabaseOutage.isOutage(engineFailed)) {
                throw new InternalAuthenticationServiceException("the identity service failed", engineFailed);
            }
            throw engineFailed;
        }
    }

    private Authentication authenticateWithCamunda(Authentication request) {
        String userId = request.getName();
        Object password = request.getCredentials();
        if (userId == null || password == null || !identity.checkPassword(userId, password.toString())) {
            throw new BadCredentialsException("unknown user or wrong password");
        }
        return staffOf(identity, userId);
    }

    /** The staff member as the API knows them: their roles from their groups, their municipalities from tenants. */
    static Authentication staffOf(IdentityService identity, String userId) {
        Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
        boolean administrator = groups.contains(ADMINISTRATORS);
        List<GrantedAuthority> roles = new ArrayList<>();
        if (administrator) {
            roles.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        if (StaffPrincipal.evaluatorIn(groups)) {
            roles.add(new SimpleGrantedAuthority("ROLE_EVALUATOR"));
        }
        Set<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).collect(Collectors.toSet());
        return UsernamePasswordAuthenticationToken.authenticated(new StaffPrincipal(userId, tenants, administrator),
                null, roles);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
