package no.samspill.service.servicepoint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samspill.core.servicepoint.Desk;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
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
        return views.findById(id.toString()).map(this::summary);
    }

    @Override
    public Optional<ServicePointSummary> offeringElsewhere(ServicePointId id, ServiceCode service) {
        return views.othersOffering(id.municipality().value(), id.code(), service.code()).stream().findFirst()
                .flatMap(views::findById)
                .map(this::summary);
    }

    private ServicePointSummary summary(ServicePointView view) {
        return new ServicePointSummary(new ServicePointId(new MunicipalityCode(view.municipality()), view.code()),
                view.name(), CoOrganisationModel.fromCode(view.modelOn(LocalDate.now(clock))), catalogue(view),
                desks(view));
    }

    private static List<Desk> desks(ServicePointView view) {
        return view.desks().stream()
                .map(desk -> new Desk(desk.code(), desk.name(), new Competence(desk.competence()))).toList();
    }

    private static Map<ServiceCode, Competence> catalogue(ServicePointView view) {
        return view.catalogue().entrySet().stream().collect(Collectors.toMap(
                entry -> ServiceCode.fromCode(entry.getKey()), entry -> new Competence(entry.getValue())));
    }
}
