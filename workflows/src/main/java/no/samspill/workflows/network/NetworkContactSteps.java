package no.samspill.workflows.network;

import static no.samspill.workflows.engine.EngineClock.today;
import static no.samspill.workflows.network.NetworkContactVariables.*;

import java.time.Period;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.network.PartnerContactCommands.HandOverContact;
import no.samspill.core.network.PartnerContactCommands.OpenContact;
import no.samspill.core.network.PartnerContactCommands.RecordContactUse;
import no.samspill.core.network.PartnerContactCommands.ReleaseContact;
import no.samspill.core.network.PartnerContactId;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.StaffId;
import no.samspill.workflows.engine.Actors;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.EngineClock;
import no.samspill.workflows.engine.RefusedInput;
import no.samspill.workflows.engine.TaskCards;
import no.samspill.workflows.engine.Variables;
import no.samspill.workflows.partnership.PartnershipSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The network-contact process's steps. The holder is always someone signed in (Tasklist, engine-rest) or the one a
 * case system names through the API; a hand-over by a signed-in holder goes only to a partnership coordinator of the
 * same library.
 */
public final class NetworkContactSteps {

    private NetworkContactSteps() {
    }

    /** {@code careInterval}: how long a contact may go untouched before its care falls due. */
    public static Map<String, Object> byName(Period careInterval, CommandSender commands) {
        return Map.ofEntries(
                Map.entry("networkContactTaskCard", TaskCards.showing(Map.of(
                        TaskCards.PARTNER_NAME, execution -> Variables.optional(execution, PARTNER)))),
                Map.entry("openNetworkContact", new Open(careInterval, commands)),
                Map.entry("tendNetworkContact", new Tended(careInterval, commands)));
    }

    /** "Åpne kontakten i nettverksoversikten": held by who signed in, or by the holder the API names. */
    public record Open(Period careInterval, CommandSender commands) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            MunicipalityCode library = libraryOf(execution);
            StaffId holder = Actors.authenticatedUser()
                    .or(() -> Optional.ofNullable(Variables.optional(execution, HOLDER)).map(StaffId::new))
                    .orElseThrow(() -> new RefusedInput(HOLDER, "is required"));
            String partner = Variables.required(execution, PARTNER);
            commands.send(new OpenContact(new PartnerContactId(library, partner), partner, holder,
                    Variables.required(execution, TOPIC), today()));
            execution.setProcessBusinessKey(new PartnerContactId(library, partner).toString());
            execution.setVariable(MUNICIPALITY, library.value());
            execution.setVariable(HOLDER, holder.value());
            execution.setVariable(CARE_DUE_AT, dueAfter(careInterval));
        }
    }

    /**
     * "Pleie kontakten med partneren", as the task ends: used (its care starts over), handed over to a coordinator
     * colleague (who holds it and its task from now), or let go.
     */
    public record Tended(Period careInterval, CommandSender commands) implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            MunicipalityCode library = libraryOf(execution);
            PartnerContactId contact = new PartnerContactId(library, Variables.required(execution, PARTNER));
            StaffId holder = Actors.authenticatedUser()
                    .orElseGet(() -> Variables.required(execution, HOLDER, StaffId::new));
            switch (Variables.required(execution, CARE_ACTION, CareAction::fromCode)) {
                case USED -> commands.send(new RecordContactUse(contact, holder, today()));
                case HAND_OVER -> {
                    StaffId colleague = Variables.required(execution, HAND_OVER_TO, StaffId::new);
                    if (Actors.authenticatedUser().isPresent()) {
                        // in Tasklist: to a coordinator Samspill knows; a case system vouches for its own staff
                        requireCoordinator(execution, library, colleague);
                    }
                    commands.send(new HandOverContact(contact, holder, colleague, today()));
                    execution.setVariable(HOLDER, colleague.value());
                }
                case LET_GO -> commands.send(new ReleaseContact(contact, holder, today()));
            }
            execution.setVariable(CARE_DUE_AT, dueAfter(careInterval));
            execution.removeVariable(HAND_OVER_TO);
        }
    }

    /** A contact is handed over only to someone who works the library's partnerships. */
    private static void requireCoordinator(DelegateExecution execution, MunicipalityCode library, StaffId colleague) {
        String group = PartnershipSteps.partnershipGroupOf(library);
        long members = Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices()
                .getIdentityService().createUserQuery().userId(colleague.value()).memberOfGroup(group).count());
        if (members != 1) {
            throw new RefusedInput(HAND_OVER_TO, "'" + colleague.value() + "' is not a partnership coordinator of "
                    + library);
        }
    }

    private static MunicipalityCode libraryOf(DelegateExecution execution) {
        return Optional.ofNullable(Variables.optional(execution, MUNICIPALITY))
                .or(() -> Optional.ofNullable(execution.getTenantId())).map(MunicipalityCode::new)
                .orElseThrow(() -> new RefusedInput(MUNICIPALITY,
                        "is required: the staff member must belong to exactly one municipality"));
    }

    private static Date dueAfter(Period careInterval) {
        return EngineClock.endOf(today().plus(careInterval));
    }
}
