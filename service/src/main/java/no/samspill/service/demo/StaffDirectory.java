package no.samspill.service.demo;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.security.StaffPrincipal;
import no.samspill.service.inquiry.tasklist.GroupTaskFilters;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Staff in Camunda's identity store: municipalities as tenants, staff groups per service point, and what a staff
 * group may do (use Tasklist, see its task filters, read the process definitions, start the processes it works and
 * no others). Tasks themselves become visible through candidate groups, for which the engine grants access task by
 * task.
 */
@Component
public class StaffDirectory {

    /** Camunda's type of the groups that work tasks; Camunda Admin shows it. */
    public static final String STAFF = "WORKFLOW";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final GroupTaskFilters groupFilters;
    private final FilterService filters;
    private final String allTasksFilter;

    public StaffDirectory(IdentityService identity, AuthorizationService authorizations, GroupTaskFilters groupFilters,
                          FilterService filters, @Value("${camunda.bpm.filter.create:}") String allTasksFilter) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.groupFilters = groupFilters;
        this.filters = filters;
        this.allTasksFilter = allTasksFilter;
    }

    public void ensureMunicipality(MunicipalityCode code, String name) {
        if (identity.createTenantQuery().tenantId(code.value()).count() == 0) {
            Tenant tenant = identity.newTenant(code.value());
            tenant.setName(name);
            identity.saveTenant(tenant);
        }
    }

    /**
     * The group, if missing, in the municipality (renamed, if its name changed); and it may start exactly
     * {@code startableProcesses} (keys).
     */
    public void ensureStaffGroup(String groupId, String name, MunicipalityCode municipality,
                                 Collection<String> startableProcesses) {
        Group existing = identity.createGroupQuery().groupId(groupId).singleResult();
        if (existing == null) {
            createStaffGroup(groupId, name, municipality);
        } else if (!name.equals(existing.getName())) {
            existing.setName(name);
            identity.saveGroup(existing);
        }
        allowStarting(groupId, Set.copyOf(startableProcesses));
        allowFilters(groupId, name, municipality);
    }

    /**
     * The group sees two task filters: everything it may see ("Alle oppgaver") and its own, whose cards tell the
     * inquiries apart (GroupTaskFilters); not other groups' filters, whose names would tell of other municipalities.
     * Groups made before this rule could read every filter; that grant goes here.
     */
    private void allowFilters(String groupId, String name, MunicipalityCode municipality) {
        Set<String> granted = new HashSet<>();
        for (Authorization existing : authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(Resources.FILTER).list()) {
            if (ANY.equals(existing.getResourceId())) {
                authorizations.deleteAuthorization(existing.getId());
            } else {
                granted.add(existing.getResourceId());
            }
        }
        List<String> visible = new java.util.ArrayList<>();
        visible.add(groupFilters.ensure(groupId, name, municipality));
        if (!allTasksFilter.isBlank()) {
            filters.createFilterQuery().filterName(allTasksFilter).list().forEach(all -> visible.add(all.getId()));
        }
        visible.stream().filter(id -> !granted.contains(id))
                .forEach(id -> grant(groupId, Resources.FILTER, id, Permissions.READ));
    }

    private void createStaffGroup(String groupId, String name, MunicipalityCode municipality) {
        Group group = identity.newGroup(groupId);
        group.setName(name);
        group.setType(STAFF);
        identity.saveGroup(group);
        identity.createTenantGroupMembership(municipality.value(), groupId);
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    /**
     * The municipality's staff groups may read its staff and groups (names in Tasklist, the assignee's name) and no
     * one else's: a READ grant per colleague and per group, since Camunda's identity store knows no tenant rule.
     * Groups made before this rule could read every user and group; that grant goes here.
     */
    public void allowReadingColleagues(MunicipalityCode municipality) {
        // staff groups only: the municipality's evaluators work no tasks and read no colleagues
        List<String> groups = identity.createGroupQuery().memberOfTenant(municipality.value()).groupType(STAFF)
                .list().stream().map(Group::getId).toList();
        List<String> users = identity.createUserQuery().memberOfTenant(municipality.value()).list().stream()
                .map(User::getId).toList();
        Set<String> staffUsers = new HashSet<>(users);
        for (String group : groups) {
            staffUsers.addAll(identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).toList());
        }
        for (String group : groups) {
            Set<String> readable = new HashSet<>();
            for (Authorization existing : authorizations.createAuthorizationQuery().groupIdIn(group).list()) {
                String kind = existing.getResourceType() == Resources.USER.resourceType() ? "user:"
                        : existing.getResourceType() == Resources.GROUP.resourceType() ? "group:" : null;
                if (kind != null && ANY.equals(existing.getResourceId())) {
                    authorizations.deleteAuthorization(existing.getId());
                } else if (kind != null) {
                    readable.add(kind + existing.getResourceId());
                }
            }
            staffUsers.stream().filter(user -> !readable.contains("user:" + user))
                    .forEach(user -> grant(group, Resources.USER, user, Permissions.READ));
            groups.stream().filter(other -> !readable.contains("group:" + other))
                    .forEach(other -> grant(group, Resources.GROUP, other, Permissions.READ));
        }
    }

    /**
     * Exactly these processes may the group start, one grant per process key. Groups made before this rule could
     * start every process; that grant loses its CREATE_INSTANCE here.
     */
    private void allowStarting(String groupId, Set<String> processKeys) {
        Set<String> granted = new HashSet<>();
        for (Authorization existing : authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(Resources.PROCESS_DEFINITION).list()) {
            if (!existing.isPermissionGranted(Permissions.CREATE_INSTANCE)) {
                continue;
            }
            if (processKeys.contains(existing.getResourceId())) {
                granted.add(existing.getResourceId());
            } else if (ANY.equals(existing.getResourceId())) {
                existing.removePermission(Permissions.CREATE_INSTANCE);
                authorizations.saveAuthorization(existing);
            } else {
                authorizations.deleteAuthorization(existing.getId());
            }
        }
        processKeys.stream().filter(key -> !granted.contains(key)).forEach(key ->
                grant(groupId, Resources.PROCESS_DEFINITION, key, Permissions.CREATE_INSTANCE));
    }

    public void ensureStaffMember(String userId, String firstName, String lastName, String password, String groupId,
                                  MunicipalityCode municipality) {
        if (ensureUser(userId, firstName, lastName, password)) {
            identity.createMembership(userId, groupId);
            identity.createTenantUserMembership(municipality.value(), userId);
        }
    }

    /** Creates the user if missing; true if it was created now. */
    public boolean ensureUser(String userId, String firstName, String lastName, String password) {
        return ensureUser(userId, firstName, lastName, user -> user.setPassword(password));
    }

    /** Creates the user if missing, its password set by {@code password}; true if it was created now. */
    public boolean ensureUser(String userId, String firstName, String lastName, Consumer<User> password) {
        if (identity.createUserQuery().userId(userId).count() > 0) {
            return false;
        }
        User user = identity.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        password.accept(user);
        identity.saveUser(user);
        return true;
    }

    /**
     * The municipality's evaluators: a group in the municipality's tenant, which is what its members may read the
     * analytics of, with no webapp and no tasks.
     */
    public String ensureEvaluatorGroup(MunicipalityCode municipality, String name) {
        String groupId = StaffPrincipal.evaluatorsOf(municipality);
        Group existing = identity.createGroupQuery().groupId(groupId).singleResult();
        if (existing == null) {
            Group group = identity.newGroup(groupId);
            group.setName(name);
            group.setType("SYSTEM");
            identity.saveGroup(group);
            identity.createTenantGroupMembership(municipality.value(), groupId);
        } else if (!name.equals(existing.getName())) {
            existing.setName(name);
            identity.saveGroup(existing);
        }
        return groupId;
    }

    /** No longer a member of the group (a declaration removed them); nothing if they were not. */
    public boolean removeMembership(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            return false;
        }
        identity.deleteMembership(userId, groupId);
        return true;
    }

    /**
     * A member of the group, if the identity store knows the user (a declaration names staff who may join the store
     * later); false if it does not.
     */
    public boolean ensureMembershipIfKnown(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            return false;
        }
        ensureMembership(userId, groupId);
        return true;
    }

    public void ensureMembership(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
