package no.samspill.workflows.libraryplan;

import java.util.List;
import java.util.Optional;
import no.samspill.core.libraryplan.Region;
import no.samspill.core.shared.MunicipalityCode;

/** Looks up registered counties' regions; the service module answers it from its registry. */
public interface CountyDirectory {

    Optional<List<Region>> regionsOf(MunicipalityCode county);

    /** The municipalities of the county's regions, which its plan's consultation goes to; none where not declared. */
    default List<MunicipalityCode> municipalitiesOf(MunicipalityCode county) {
        return List.of();
    }
}
