package no.samspill.service.security;

import java.util.Set;

/**
 * A Camunda user calling the API with HTTP Basic: an evaluator (group "evaluators") reads the analytics of their
 * tenants' municipalities; an administrator (group "camunda-admin") those of all, and may start a replay.
 */
public record StaffPrincipal(String userId, Set<String> municipalities, boolean administrator) {

    /** The Camunda group whose members may read analytics. */
    public static final String EVALUATORS = "evaluators";
}
