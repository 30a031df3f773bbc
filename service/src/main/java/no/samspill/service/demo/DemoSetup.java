package no.samspill.service.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.provisioning.DeclarationFiles;
import no.samspill.service.security.CaseSystemClient;
import no.samspill.service.security.CaseSystemClients;
import no.samspill.service.security.ClientPermission;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One demo municipality per co-organisation model and Troms county, drawn from the seeds, declared as any
 * municipality and county is (demo/declarations.yaml, applied through provisioning); here only what a declaration
 * does not make: the staff users (an evaluator among them) and the case-system clients, every password "demo". Creates only
 * what is missing, so restarts keep what was there. Runs with the demo profile, never in production. README.md lists
 * it all.
 */
@Component
@ConditionalOnProperty(name = "samspill.demo.enabled", havingValue = "true")
public class DemoSetup implements SmartInitializingSingleton {

    private static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);

    /** The demo's municipalities and county, declared as any are. */
    static final String DECLARATIONS = "classpath:demo/declarations.yaml";

    record Staff(String userId, String firstName, String lastName) {
    }

    /** The staff, who must exist before the declarations make them members of their groups. */
    static final List<Staff> STAFF = List.of(new Staff("kari", "Kari", "Generalist"),
            new Staff("per", "Per", "Spesialist"), new Staff("lise", "Lise", "Bibliotekar"),
            new Staff("omar", "Omar", "Servicetorget"), new Staff("hanne", "Hanne", "Bibliotekar"),
            new Staff("sverre", "Sverre", "Servicetorget"), new Staff("mette", "Mette", "Bibliotekar"),
            new Staff("birgit", "Birgit", "Fylkesbiblioteket"), new Staff("tor", "Tor", "Fylkesbiblioteket"),
            new Staff("nils", "Nils", "Biblioteksjef Nord-Troms"), new Staff("mari", "Mari", "Biblioteksjef Midt-Troms"),
            new Staff("sofie", "Sofie", "Biblioteksjef Sør-Troms"), new Staff("eva", "Eva", "Evaluator"));

    /** A statistics client of Indre Østfold that may read its analytics and nothing else; the last one made. */
    static final String STATISTICS_CLIENT = "io-statistikk";

    /** Each demo municipality's and the county's case-system client, with every permission. */
    static final Map<MunicipalityCode, String> CLIENTS = Map.of(new MunicipalityCode("NO-3118"), "io-sak",
            new MunicipalityCode("NO-3303"), "kongsberg-sak", new MunicipalityCode("NO-3301"), "drammen-sak",
            new MunicipalityCode("DK-0999"), "bibliotekby-sak", new MunicipalityCode("NO-55"), "troms-sak");

    private final CaseSystemClients clients;
    private final StaffDirectory staffDirectory;
    private final TransactionTemplate transaction;
    private final DeclarationFiles declarations;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final PasswordEncoder passwordEncoder;
    /** The demo clients' secret, "demo" too, hashed once for all of them. */
    private CompletableFuture<String> clientSecretHash;
    /** The staff's password, hashed once for all of them (see demoPasswordHashedOnce). */
    private CompletableFuture<Consumer<User>> staffPassword;

    /** Takes the built engine, whose configuration then has its salt generator and password manager. */
    public DemoSetup(CaseSystemClients clients, PasswordEncoder passwordEncoder, StaffDirectory staffDirectory,
                     TransactionTemplate transaction, DeclarationFiles declarations, ProcessEngine engine) {
        this.clients = clients;
        this.staffDirectory = staffDirectory;
        this.transaction = transaction;
        this.declarations = declarations;
        this.engineConfiguration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * On a first start (the demo's last client missing) the two BCrypt hashes begin here, once the engine is built,
     * and run while the web server and the event processors start instead of on the way to readiness (the clients'
     * step of the provisioning 0.11 s -> 0.03 s). A restart, which creates nothing, hashes nothing.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (!clients.existsById(STATISTICS_CLIENT)) {
            clientSecretHash();
            staffPassword();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0) // before anything that needs the demo's service points (DemoSimulation)
    public void createDemo() {
        transaction.executeWithoutResult(status -> STAFF.forEach(staff -> staffDirectory.ensureUser(
                staff.userId(), staff.firstName(), staff.lastName(), user -> staffPassword().join().accept(user))));
        declarations.apply(DECLARATIONS);
        transaction.executeWithoutResult(status -> CLIENTS.forEach((municipality, client) ->
                ensureClient(client, municipality, EnumSet.allOf(ClientPermission.class))));
        transaction.executeWithoutResult(status -> ensureClient(STATISTICS_CLIENT, new MunicipalityCode("NO-3118"),
                EnumSet.of(ClientPermission.ANALYTICS)));
        log.info("Demo setup ready: {} municipalities and a county; users and clients are listed in README.md",
                CLIENTS.size() - 1);
    }

    /** Hashing begun on first use, if afterSingletonsInstantiated did not begin it (a demo user deleted since). */
    private synchronized CompletableFuture<Consumer<User>> staffPassword() {
        if (staffPassword == null) {
            staffPassword = CompletableFuture.supplyAsync(this::demoPasswordHashedOnce);
        }
        return staffPassword;
    }

    private synchronized CompletableFuture<String> clientSecretHash() {
        if (clientSecretHash == null) {
            clientSecretHash = CompletableFuture.supplyAsync(() -> passwordEncoder.encode(PASSWORD));
        }
        return clientSecretHash;
    }

    /**
     * Every demo account has the public password "demo": salted and hashed once for all the staff, as Camunda would
     * for each (its salt generator and password manager, BCrypt), since twenty BCrypt hashes were a second and a
     * half of the demo's first start. An installation's staff each get their own salt and hash.
     */
    private Consumer<User> demoPasswordHashedOnce() {
        String salt = engineConfiguration.getSaltGenerator().generateSalt();
        String hash = engineConfiguration.getPasswordManager().encrypt(EncryptionUtil.saltPassword(PASSWORD, salt));
        return user -> {
            UserEntity entity = (UserEntity) user;
            entity.setSalt(salt);
            entity.setDbPassword(hash);
        };
    }

    private void ensureClient(String clientId, MunicipalityCode municipality, Set<ClientPermission> permissions) {
        if (!clients.existsById(clientId)) {
            clients.save(new CaseSystemClient(clientId, clientSecretHash().join(), municipality.value(), permissions));
        }
    }
}
