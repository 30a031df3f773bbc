package no.samspill.service.security;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
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

    /**
     * Makes the staff member known to Camunda's identity store as the token describes them, at sign-in: a user whose
     * password is random and forgotten (they sign in at the provider only; Camunda cannot check a user without one),
     * a member of each known group the token names and of no other municipality's group: one the token no longer
     * names is left at this sign-in. Camunda's own groups (its administrators) stay as Camunda Admin has them. A token
     * naming no known group makes no user. Camunda's webapps take a user only from their store, and refresh a
     * session's groups from it.
     */
    public void mirror(OidcUser user, IdentityService identity) {
        List<String> groups = knownGroupsOf(user, identity);
        String id = userOf(user);
        boolean known = identity.createUserQuery().userId(id).count() > 0;
        if (known) {
            leaveGroupsNoLongerNamed(id, groups, identity);
        }
        if (groups.isEmpty()) {
            return; // no webapp for them (StaffWithoutGroup), and no user made either
        }
        if (!known) {
            User staff = identity.newUser(id);
            staff.setFirstName(user.getGivenName() == null ? id : user.getGivenName());
            staff.setLastName(user.getFamilyName() == null ? "" : user.getFamilyName());
            staff.setEmail(user.getEmail());
            staff.setPassword(UUID.randomUUID() + "-Aa1!"); // within BCrypt's 72 bytes
            identity.saveUser(staff);
        }
        for (String group : groups) {
            if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identity.createMembership(id, group);
            }
        }
    }

    /** A municipality's groups (those in a tenant) follow the token. */
    private static void leaveGroupsNoLongerNamed(String id, List<String> named, IdentityService identity) {
        for (Group group : identity.createGroupQuery().groupMember(id).list()) {
            if (!named.contains(group.getId())
                    && identity.createTenantQuery().groupMember(group.getId()).count() > 0) {
                identity.deleteMembership(id, group.getId());
            }
        }
    }
}
