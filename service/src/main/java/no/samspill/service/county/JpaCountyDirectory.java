package no.samspill.service.county;

import java.util.List;
import java.util.Optional;
import no.samspill.core.libraryplan.Region;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.workflows.libraryplan.CountyDirectory;
import org.springframework.stereotype.Component;

/** Answers the library-plan process's county look-ups from the registry table. */
@Component
public class JpaCountyDirectory implements CountyDirectory {

    private final CountyViews views;

    public JpaCountyDirectory(CountyViews views) {
        this.views = views;
    }

    @Override
    public Optional<List<Region>> regionsOf(MunicipalityCode county) {
        return views.findById(county.value()).map(view -> view.regions().stream()
                .map(region -> new Region(region.code(), region.name())).toList());
    }
}
