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

    @Override
    public List<MunicipalityCode> municipalitiesOf(MunicipalityCode county) {
        return views.findById(county.value()).map(view -> view.regions().stream()
                .flatMap(region -> region.municipalities() == null ? java.util.stream.Stream.<String>empty()
                        : java.util.Arrays.stream(region.municipalities().split(",")))
                .filter(code -> !code.isBlank()).map(String::strip).map(MunicipalityCode::new).toList())
                .orElse(List.of());
    }
}
