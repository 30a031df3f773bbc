package no.samspill.workflows.network;

import java.util.Set;
import no.samspill.workflows.engine.TaskCards;

/** Names of the network-contact process's variables. */
public final class NetworkContactVariables {

    /** The library's municipality, also the instance's tenant. */
    public static final String MUNICIPALITY = "municipality";
    public static final String PARTNER = "partner";
    public static final String TOPIC = "topic";
    /** Who holds the contact: its care task is theirs. Set by the steps, from who signed in. */
    public static final String HOLDER = "holder";
    /** When the contact's care falls due: the configured time after it was last opened, used or handed over. */
    public static final String CARE_DUE_AT = "careDueAt";
    /** What the holder did: used, hand-over or let-go (CareAction). */
    public static final String CARE_ACTION = "careAction";
    public static final String HAND_OVER_TO = "handOverTo";

    /** Set by the steps only, never by staff (StaffCommandGate). */
    public static final Set<String> SET_BY_STEPS = Set.of(MUNICIPALITY, HOLDER, CARE_DUE_AT, TaskCards.PARTNER_NAME);

    private NetworkContactVariables() {
    }
}
