package no.samspill.service.servicepoint;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.core.servicepoint.Desk;
import no.samspill.core.servicepoint.ServicePointEvents.CatalogueChanged;
import no.samspill.core.servicepoint.ServicePointEvents.DesksChanged;
import no.samspill.core.servicepoint.ServicePointEvents.CoOrganisationModelChanged;
import no.samspill.core.servicepoint.ServicePointEvents.ServicePointRegistered;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.ServiceCode;
import no.samspill.service.servicepoint.ServicePointView.DeskView;
import no.samspill.service.servicepoint.ServicePointView.ModelChangeView;
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
        views.save(new ServicePointView(event.servicePointId().toString(),
                event.servicePointId().municipality().value(), event.servicePointId().code(), event.name(),
                event.model().code(),
                event.desks() == null ? List.of() : views(event.desks()), codes(event.catalogue())));
    }

    @EventHandler
    void on(DesksChanged event) {
        views.findById(event.servicePointId().toString()).orElseThrow().replaceDesks(views(event.desks()));
    }

    private static List<DeskView> views(List<Desk> desks) {
        return desks.stream().map(desk -> new DeskView(desk.code(), desk.name(), desk.competence().code())).toList();
    }

    @EventHandler
    void on(CatalogueChanged event) {
        views.findById(event.servicePointId().toString()).orElseThrow().replaceCatalogue(codes(event.catalogue()));
    }

    @EventHandler
    void on(CoOrganisationModelChanged event) {
        views.findById(event.servicePointId().toString()).orElseThrow().addModelChange(
                new ModelChangeView(event.effectiveFrom(), event.model().code(), event.decisionReference()));
    }

    private static Map<String, String> codes(Map<ServiceCode, Competence> catalogue) {
        return catalogue.entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().code(), entry -> entry.getValue().code()));
    }
}
