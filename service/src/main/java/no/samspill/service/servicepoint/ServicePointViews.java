package no.samspill.service.servicepoint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServicePointViews extends JpaRepository<ServicePointView, String> {

    List<ServicePointView> findByMunicipalityOrderByCode(String municipality);
}
