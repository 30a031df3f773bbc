package no.samspill.service.security;

import java.util.Collection;
import java.util.Set;
import no.samspill.core.shared.MunicipalityCode;

/**
 * A Camunda user calling the API with HTTP Basic, or signed in through the municipality's identity provider: an
 * evaluator reads the analytics of their tenants' municipalities; an administrator (group "camunda-admin") those of
 * all, and may start a replay.
 */
public record StaffPrincipal(String userId, Set<String> municipalities, boolean administrator) {

    /** The Camunda group whose members may read analytics of the municipalities they are tenant members of. */
    public static final String EVALUATORS = "evaluators";

    /** A municipality's own evaluators: the group's tenant is the municipality whose analytics they read. */
    public static String evaluatorsOf(MunicipalityCode municipality) {
        return municipality.value() + "." + EVALUATORS;
    }

    /** Whether one of these groups makes its member an evaluator. */
    public static boolean evaluatorIn(Collection<String> groups) {
        return groups.stream().anyMatch(group -> group.equals(EVALUATORS) || group.endsWith("." + EVALUATORS));
    }
}
