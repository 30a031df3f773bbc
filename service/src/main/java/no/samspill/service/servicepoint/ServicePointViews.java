package no.samspill.service.servicepoint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServicePointViews extends JpaRepository<ServicePointView, String> {

    List<ServicePointView> findByMunicipalityOrderByCode(String municipality);

    /**
     * The other service points of the municipality whose catalogue offers the service, first by code. One query,
     * asked at every registration: loading the municipality's service points with their catalogues, desks and model
     * changes to look through them cost a registration a few statements per service point.
     */
    @Query("select v.id from ServicePointView v join v.catalogue offered where v.municipality = :municipality"
            + " and v.code <> :code and key(offered) = :service order by v.code")
    List<String> othersOffering(String municipality, String code, String service);
}
