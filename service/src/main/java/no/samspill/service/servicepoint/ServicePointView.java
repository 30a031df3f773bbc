package no.samspill.service.servicepoint;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A registered service point as the API and the processes look it up. Written only by its projection. */
@Entity
@Table(name = "service_point")
public class ServicePointView {

    @Id
    private String id;
    private String municipality;
    private String code;
    private String name;
    /** The model it was registered under, in force until the first model change. */
    private String model;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_point_service", joinColumns = @JoinColumn(name = "service_point_id"))
    @MapKeyColumn(name = "service")
    @Column(name = "competence")
    private Map<String, String> catalogue = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_point_desk", joinColumns = @JoinColumn(name = "service_point_id"))
    private Set<DeskView> desks = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_point_model_change", joinColumns = @JoinColumn(name = "service_point_id"))
    private Set<ModelChangeView> modelChanges = new LinkedHashSet<>();

    protected ServicePointView() {
    }

    ServicePointView(String id, String municipality, String code, String name, String model,
                     List<DeskView> desks, Map<String, String> catalogue) {
        this.id = id;
        this.municipality = municipality;
        this.code = code;
        this.name = name;
        this.model = model;
        this.desks = new LinkedHashSet<>(desks);
        this.catalogue = new HashMap<>(catalogue);
    }

    void replaceDesks(List<DeskView> newDesks) {
        desks.clear();
        desks.addAll(newDesks);
    }

    void replaceCatalogue(Map<String, String> newCatalogue) {
        catalogue.clear();
        catalogue.putAll(newCatalogue);
    }

    void addModelChange(ModelChangeView change) {
        modelChanges.add(change);
    }

    public String id() {
        return id;
    }

    public String municipality() {
        return municipality;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** The model in force on {@code day}: the latest change effective by then, else the one registered. */
    public String modelOn(LocalDate day) {
        return modelChanges.stream()
                .filter(change -> !change.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(ModelChangeView::effectiveFrom))
                .map(ModelChangeView::model)
                .orElse(model);
    }

    /** Service code → competence code. */
    public Map<String, String> catalogue() {
        return Map.copyOf(catalogue);
    }

    public List<DeskView> desks() {
        return desks.stream().sorted(Comparator.comparing(DeskView::code)).toList();
    }

    public List<ModelChangeView> modelChanges() {
        return modelChanges.stream().sorted(Comparator.comparing(ModelChangeView::effectiveFrom)).toList();
    }

    @Embeddable
    public record DeskView(String code, String name, String competence) {
    }

    @Embeddable
    public record ModelChangeView(LocalDate effectiveFrom, String model, String decisionReference) {
    }
}
