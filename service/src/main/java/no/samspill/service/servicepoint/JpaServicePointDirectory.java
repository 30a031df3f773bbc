package no.samspill.service.servicepoint;

import java.util.Optional;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.workflows.inquiry.ServicePointDirectory;
import org.springframework.stereotype.Component;

/** Answers the processes' service point look-ups from the registry table. */
@Component
public class JpaServicePointDirectory implements ServicePointDirectory {

    private final ServicePointViews views;

    public JpaServicePointDirectory(ServicePointViews views) {
        this.views = views;
    }

    @Override
    public Optional<ServicePointSummary> find(ServicePointId id) {
        return views.findById(id.toString()).map(view ->
                new ServicePointSummary(id, view.name(), CoOrganisationModel.fromCode(view.model())));
    }
}
