package no.samspill.core.shared;

/**
 * The municipality a command acts for, when a process step sends it: the process instance's tenant, carried as the
 * command's metadata {@value #METADATA_KEY}. An aggregate of another municipality refuses it as one that is not
 * there, so that no process of one municipality, however it was started, changes another's inquiries or plans.
 */
public final class ActingMunicipality {

    public static final String METADATA_KEY = "actingMunicipality";

    private ActingMunicipality() {
    }

    /** Refuses a command acting for a municipality other than the aggregate's {@code owner}; none named passes. */
    public static void requireOwnedBy(MunicipalityCode owner, String actingFor, String field, String what) {
        if (actingFor != null && (owner == null || !owner.value().equals(actingFor))) {
            throw new RuleViolation(field, "no " + what + " with this id in your municipality");
        }
    }
}
