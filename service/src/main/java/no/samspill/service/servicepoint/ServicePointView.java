package no.samspill.service.servicepoint;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/** A registered service point as the API and the processes look it up. Written only by its projection. */
@Entity
@Table(name = "service_point")
public class ServicePointView {

    @Id
    private String id;
    private String municipality;
    private String code;
    private String name;
    private String model;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_point_service", joinColumns = @JoinColumn(name = "service_point_id"))
    @MapKeyColumn(name = "service")
    @Column(name = "competence")
    private Map<String, String> catalogue = new HashMap<>();

    protected ServicePointView() {
    }

    ServicePointView(String id, String municipality, String code, String name, String model,
                     Map<String, String> catalogue) {
        this.id = id;
        this.municipality = municipality;
        this.code = code;
        this.name = name;
        this.model = model;
        this.catalogue = new HashMap<>(catalogue);
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

    public String model() {
        return model;
    }

    /** Service code → competence code. */
    public Map<String, String> catalogue() {
        return Map.copyOf(catalogue);
    }
}
