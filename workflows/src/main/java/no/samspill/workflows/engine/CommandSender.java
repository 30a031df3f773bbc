package no.samspill.workflows.engine;

import java.util.Map;
import java.util.Optional;
import no.samspill.core.shared.ActingMunicipality;
import no.samspill.core.shared.RuleViolation;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Sends a command from inside a process step, in the step's own transaction. The command acts for the municipality
 * of the step's process instance ({@link StepTenant}), which the aggregate checks ({@link ActingMunicipality}). A
 * refused command becomes {@link RefusedInput}: the engine rolls the step back, Tasklist shows the reason, and
 * engine-rest answers 400.
 */
public class CommandSender {

    private final CommandGateway commandGateway;

    public CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public void send(Object command) {
        ask(command);
    }

    /** Sends the command and returns what its handler answered. */
    public <R> R ask(Object command) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        Optional<String> tenant = StepTenant.current();
        if (tenant.isPresent()) {
            message = message.andMetaData(Map.of(ActingMunicipality.METADATA_KEY, tenant.get()));
        }
        try {
            return commandGateway.sendAndWait(message);
        } catch (RuleViolation violation) {
            throw new RefusedInput(violation.field(), violation.getMessage(), violation);
        }
    }
}
