package no.samspill.workflows.network;

import static no.samspill.workflows.engine.ProcessVariable.code;
import static no.samspill.workflows.engine.ProcessVariable.date;
import static no.samspill.workflows.engine.ProcessVariable.text;
import static no.samspill.workflows.network.NetworkContactVariables.*;

import java.util.List;
import java.util.Set;
import no.samspill.workflows.engine.ProcessDescription;
import no.samspill.workflows.engine.TaskCards;

/** The network-contact process as the code knows it. */
public final class NetworkContactProcess {

    public static final String PROCESS_KEY = "network-contact";
    /** The holder's task: tend the contact, hand it over or let it go. */
    public static final String CARE = "careForContact";

    public static final ProcessDescription NETWORK_CONTACT = ProcessDescription.of(PROCESS_KEY, Set.of(CARE),
            Set.of(), List.of(text(MUNICIPALITY), text(PARTNER), text(TOPIC), text(HOLDER), date(CARE_DUE_AT),
                    code(CARE_ACTION, CareAction.class), text(HAND_OVER_TO), text(TaskCards.PARTNER_NAME)));

    private NetworkContactProcess() {
    }
}
