package no.samspill.core.county;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import no.samspill.core.libraryplan.Region;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** A county (fylke) whose county library makes regional plans with the municipal libraries of its regions. */
public class County {

    public record RegisterCounty(@TargetAggregateIdentifier MunicipalityCode county, String name,
                                 List<CountyRegion> regions) {
    }

    /** A region of the county and the municipalities in it. */
    public record CountyRegion(Region region, List<MunicipalityCode> municipalities) {
    }

    /** The county library redraws its regions (a municipality moves, a region is added): plans to come use them. */
    public record ChangeRegions(@TargetAggregateIdentifier MunicipalityCode county, List<CountyRegion> regions) {
    }

    @Revision("1")
    public record CountyRegistered(MunicipalityCode county, String name, List<CountyRegion> regions) {
    }

    @Revision("1")
    public record CountyRegionsChanged(MunicipalityCode county, List<CountyRegion> regions) {
    }

    @AggregateIdentifier
    private MunicipalityCode county;
    private List<CountyRegion> regions;

    /** Required by Axon to rebuild the aggregate from its events. */
    protected County() {
    }

    @CommandHandler
    public County(RegisterCounty command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolation("name", "is required");
        }
        requireRegions(command.regions());
        apply(new CountyRegistered(command.county(), command.name(), List.copyOf(command.regions())));
    }

    @CommandHandler
    void handle(ChangeRegions command) {
        requireRegions(command.regions());
        if (!command.regions().equals(regions)) {
            apply(new CountyRegionsChanged(county, List.copyOf(command.regions())));
        }
    }

    private static void requireRegions(List<CountyRegion> regions) {
        if (regions == null || regions.isEmpty()) {
            throw new RuleViolation("regions", "a county has at least one region");
        }
        if (regions.stream().map(region -> region.region().code()).distinct().count() != regions.size()) {
            throw new RuleViolation("regions", "each region is named once");
        }
        if (regions.stream().flatMap(region -> region.municipalities().stream()).distinct().count()
                != regions.stream().mapToLong(region -> region.municipalities().size()).sum()) {
            throw new RuleViolation("regions", "a municipality belongs to one region");
        }
    }

    @EventSourcingHandler
    void on(CountyRegistered event) {
        county = event.county();
        regions = event.regions();
    }

    @EventSourcingHandler
    void on(CountyRegionsChanged event) {
        regions = event.regions();
    }
}
