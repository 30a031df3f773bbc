package no.samspill.service.county;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CountyViews extends JpaRepository<CountyView, String> {
}
