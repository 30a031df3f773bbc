package no.samspill.service.servicepoint;

import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.core.servicepoint.ServicePointEvents.ServicePointRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps the service point registry ({@link ServicePointView}) in step with the service points' events. */
@Component
@ProcessingGroup(ServicePointProjection.PROCESSING_GROUP)
public class ServicePointProjection {

    public static final String PROCESSING_GROUP = "service-point-registry";

    private final ServicePointViews views;

    public ServicePointProjection(ServicePointViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ServicePointRegistered event) {
        Map<String, String> catalogue = event.catalogue().entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().code(), entry -> entry.getValue().code()));
        views.save(new ServicePointView(event.servicePointId().toString(),
                event.servicePointId().municipality().value(), event.servicePointId().code(), event.name(),
                event.model().code(), catalogue));
    }
}
