package no.samspill.service.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Set;

/** A municipal case system allowed to call the API for exactly one municipality. */
@Entity
@Table(name = "case_system_client")
public class CaseSystemClient {

    @Id
    @Column(name = "client_id")
    private String clientId;

    /** Salted hash of the secret, in Spring Security's {@code {id}hash} format. */
    @Column(name = "secret_hash")
    private String secretHash;

    private String municipality;

    /** Space-separated {@link ClientPermission} codes. */
    private String permissions;

    protected CaseSystemClient() {
    }

    public CaseSystemClient(String clientId, String secretHash, String municipality, Set<ClientPermission> permissions) {
        this.clientId = clientId;
        this.secretHash = secretHash;
        this.municipality = municipality;
        this.permissions = ClientPermission.format(permissions);
    }

    public Set<ClientPermission> permissions() {
        return ClientPermission.parse(permissions);
    }

    public String clientId() {
        return clientId;
    }

    public String secretHash() {
        return secretHash;
    }

    public String municipality() {
        return municipality;
    }
}
