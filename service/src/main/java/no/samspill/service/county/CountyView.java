package no.samspill.service.county;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A registered county with its regions, as the API and plan starts look it up. Written only by its projection. */
@Entity
@Table(name = "county")
public class CountyView {

    @Id
    private String code;
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "county_region", joinColumns = @JoinColumn(name = "county_code"))
    private Set<RegionView> regions = new LinkedHashSet<>();

    protected CountyView() {
    }

    CountyView(String code, String name, List<RegionView> regions) {
        this.code = code;
        this.name = name;
        this.regions = new LinkedHashSet<>(regions);
    }

    void redraw(List<RegionView> regions) {
        this.regions.clear();
        this.regions.addAll(regions);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public List<RegionView> regions() {
        return regions.stream().sorted(Comparator.comparing(RegionView::code)).toList();
    }

    /** {@code municipalities}: the region's municipality codes, comma-separated. */
    @Embeddable
    public record RegionView(String code, String name, String municipalities) {
    }
}
