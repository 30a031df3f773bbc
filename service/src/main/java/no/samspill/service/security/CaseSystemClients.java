package no.samspill.service.security;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseSystemClients extends JpaRepository<CaseSystemClient, String> {
}
