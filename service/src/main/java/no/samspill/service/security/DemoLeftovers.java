package no.samspill.service.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A database that once ran the demo may be switched to production; then the demo's users and case-system clients,
 * whose password "demo" is public, would still open it. Production refuses to start (before it takes any request)
 * while any of them still has that password, naming each, so that an administrator removes them or sets their own.
 */
@Component
@Profile("production")
public class DemoLeftovers implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "demo";
    /** The demo's staff and administrator (DemoSetup, application-demo.yaml) and its case-system clients. */
    static final List<String> DEMO_USERS = List.of("admin", "kari", "per", "lise", "omar", "hanne", "sverre", "mette",
            "birgit", "tor", "nils", "mari", "sofie", "eva");
    static final List<String> DEMO_CLIENTS = List.of("io-sak", "io-statistikk", "kongsberg-sak", "drammen-sak",
            "bibliotekby-sak", "troms-sak");

    private final IdentityService identity;
    private final CaseSystemClients clients;
    private final PasswordEncoder passwordEncoder;

    public DemoLeftovers(IdentityService identity, CaseSystemClients clients, PasswordEncoder passwordEncoder) {
        this.identity = identity;
        this.clients = clients;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> open = new ArrayList<>();
        for (String user : DEMO_USERS) {
            if (identity.createUserQuery().userId(user).count() > 0 && identity.checkPassword(user, DEMO_PASSWORD)) {
                open.add("staff user " + user);
            }
        }
        for (String client : DEMO_CLIENTS) {
            clients.findById(client).filter(found -> passwordEncoder.matches(DEMO_PASSWORD, found.secretHash()))
                    .ifPresent(found -> open.add("case-system client " + client));
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException("Samspill will not start in production while the demo's public password "
                    + "'demo' still opens: " + String.join(", ", open) + ". Remove them (Camunda Admin, DELETE "
                    + "/api/v1/admin/case-system-clients/{id}) or set their own passwords, then start again.");
        }
    }
}
