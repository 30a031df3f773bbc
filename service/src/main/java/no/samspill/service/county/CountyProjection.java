package no.samspill.service.county;

import java.util.stream.Collectors;
import java.util.List;
import no.samspill.core.county.County.CountyRegion;
import no.samspill.core.county.County.CountyRegionsChanged;
import no.samspill.core.county.County.CountyRegistered;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.county.CountyView.RegionView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps the county registry ({@link CountyView}) in step with the counties' events. */
@Component
@ProcessingGroup(CountyProjection.PROCESSING_GROUP)
public class CountyProjection {

    public static final String PROCESSING_GROUP = "county-registry";

    private final CountyViews views;

    public CountyProjection(CountyViews views) {
        this.views = views;
    }

    @EventHandler
    void on(CountyRegistered event) {
        views.save(new CountyView(event.county().value(), event.name(), regionsOf(event.regions())));
    }

    @EventHandler
    void on(CountyRegionsChanged event) {
        views.findById(event.county().value()).ifPresent(county -> {
            county.redraw(regionsOf(event.regions()));
            views.save(county);
        });
    }

    private static List<RegionView> regionsOf(List<CountyRegion> regions) {
        return regions.stream().map(region -> new RegionView(region.region().code(), region.region().name(),
                region.municipalities().stream().map(MunicipalityCode::value).collect(Collectors.joining(","))))
                .toList();
    }
}
