package no.samspill.service.axon;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import no.samspill.workflows.engine.Actors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps every command with who acts, as metadata {@code actor}: {@code staff:<user>} when Camunda has authenticated
 * a staff member (Tasklist, engine-rest), {@code case-system:<client>} for an API client, else {@code system}.
 * A correlation data provider carries it on to the events the command applies, so the log says who did what.
 */
public class ActorMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String ACTOR = "actor";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.getMetaData().containsKey(ACTOR) ? command
                : command.andMetaData(Map.of(ACTOR, currentActor()));
    }

    static String currentActor() {
        return Actors.authenticatedUser().map(staff -> "staff:" + staff.value()).orElseGet(() -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.isAuthenticated()
                    ? "case-system:" + authentication.getName() : "system";
        });
    }
}
