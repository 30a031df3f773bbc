package no.samspill.service.security;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who a staff member signed in through the municipality's OpenID Connect provider is in Samspill: their user id
 * (a claim, {@code preferred_username} unless configured) and the staff groups the token names (a claim,
 * {@code groups} unless configured) that exist in Samspill; their municipalities are those groups' tenants. A group
 * the token names that Samspill does not know gives nothing.
 */
public record StaffClaims(String userClaim, String groupsClaim) {

    public String userOf(OidcUser user) {
        String id = user.getClaimAsString(userClaim);
        return id == null || id.isBlank() ? user.getSubject() : id;
    }

    public List<String> knownGroupsOf(OidcUser user, IdentityService identity) {
        Object claimed = user.getClaims().get(groupsClaim);
        List<String> named = claimed instanceof Collection<?> groups
                ? groups.stream().map(String::valueOf).toList()
                : claimed instanceof String group ? List.of(group) : List.of();
        if (named.isEmpty()) {
            return List.of();
        }
        return identity.createGroupQuery().groupIdIn(named.toArray(String[]::new)).list().stream()
                .map(Group::getId).toList();
    }

    public static List<String> tenantsOf(List<String> groups, IdentityService identity) {
        return groups.stream().flatMap(group -> identity.createTenantQuery().groupMember(group).list().stream())
                .map(Tenant::getId).distinct().toList();
    }
}
