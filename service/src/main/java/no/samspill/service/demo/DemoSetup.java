package no.samspill.service.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.provisioning.DeclarationFiles;
import no.samspill.service.security.CaseSystemClient;
import no.samspill.service.security.CaseSystemClients;
import no.samspill.service.security.ClientPermission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
public class DemoSetup {

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

    /** Each demo municipality's and the county's case-system client, with every permission. */
    static final Map<MunicipalityCode, String> CLIENTS = Map.of(new MunicipalityCode("NO-3118"), "io-sak",
            new MunicipalityCode("NO-3303"), "kongsberg-sak", new MunicipalityCode("NO-3301"), "drammen-sak",
            new MunicipalityCode("DK-0999"), "bibliotekby-sak", new MunicipalityCode("NO-55"), "troms-sak");

    private final CaseSystemClients clients;
    private final PasswordEncoder passwordEncoder;
    private final StaffDirectory staffDirectory;
    private final TransactionTemplate transaction;
    private final DeclarationFiles declarations;

    public DemoSetup(CaseSystemClients clients, PasswordEncoder passwordEncoder, StaffDirectory staffDirectory,
                     TransactionTemplate transaction, DeclarationFiles declarations) {
        this.clients = clients;
        this.passwordEncoder = passwordEncoder;
        this.staffDirectory = staffDirectory;
        this.transaction = transaction;
        this.declarations = declarations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0) // before anything that needs the demo's service points (DemoSimulation)
    public void createDemo() {
        transaction.executeWithoutResult(status -> STAFF.forEach(staff -> staffDirectory.ensureUser(
                staff.userId(), staff.firstName(), staff.lastName(), PASSWORD)));
        declarations.apply(DECLARATIONS);
        transaction.executeWithoutResult(status -> CLIENTS.forEach((municipality, client) ->
                ensureClient(client, municipality, EnumSet.allOf(ClientPermission.class))));
        // A statistics client of Indre Østfold that may read its analytics and nothing else
        transaction.executeWithoutResult(status -> ensureClient("io-statistikk", new MunicipalityCode("NO-3118"),
                EnumSet.of(ClientPermission.ANALYTICS)));
        log.info("Demo setup ready: {} municipalities and a county; users and clients are listed in README.md",
                CLIENTS.size() - 1);
    }

    private void ensureClient(String clientId, MunicipalityCode municipality, Set<ClientPermission> permissions) {
        if (!clients.existsById(clientId)) {
            clients.save(new CaseSystemClient(clientId, passwordEncoder.encode(PASSWORD), municipality.value(),
                    permissions));
        }
    }
}
