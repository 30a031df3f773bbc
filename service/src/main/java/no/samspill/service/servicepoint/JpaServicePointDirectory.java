package no.samspill.service.servicepoint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.workflows.inquiry.ServicePointDirectory;
import org.springframework.stereotype.Component;

/** Answers the processes' service point look-ups from the registry table, with the model in force today. */
@Component
public class JpaServicePointDirectory implements ServicePointDirectory {

    private final ServicePointViews views;
    private final Clock clock;

    public JpaServicePointDirectory(ServicePointViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @Override
    public Optional<ServicePointSummary> find(ServicePointId id) {
        LocalDate today = LocalDate.now(clock);
        return views.findById(id.toString()).map(view ->
                new ServicePointSummary(id, view.name(), CoOrganisationModel.fromCode(view.modelOn(today))));
    }
}
