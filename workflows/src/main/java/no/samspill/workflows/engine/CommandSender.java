package no.samspill.workflows.engine;

import no.samspill.core.shared.RuleViolation;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Sends a command from inside a process step, in the step's own transaction. A refused command becomes
 * {@link RefusedInput}: the engine rolls the step back, Tasklist shows the reason, and engine-rest answers 400.
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
        try {
            return commandGateway.sendAndWait(command);
        } catch (RuleViolation violation) {
            throw new RefusedInput(violation.field(), violation.getMessage(), violation);
        }
    }
}
