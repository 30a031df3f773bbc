package no.samspill.service.demo;


import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;
import no.samspill.core.county.County.CountyRegion;
import no.samspill.core.county.County.RegisterCounty;
import no.samspill.core.libraryplan.Region;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.county.CountyViews;
import no.samspill.service.security.CaseSystemClient;
import no.samspill.service.security.CaseSystemClients;
import no.samspill.service.security.ClientPermission;
import no.samspill.workflows.libraryplan.LibraryPlans;
import no.samspill.service.provisioning.DeclarationFiles;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
 * One demo municipality per co-organisation model, drawn from the seeds, each with its service points, staff and
 * case-system client; every password is "demo". Creates only what is missing, so restarts keep what was there.
 * Runs with the demo profile, never in production. README.md lists it all.
 */
@Component
@ConditionalOnProperty(name = "samspill.demo.enabled", havingValue = "true")
public class DemoSetup {

    private static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);

    /** The demo's municipalities, declared as any municipality is (provisioning), with their staff's groups. */
    static final String DECLARATIONS = "classpath:demo/municipalities.yaml";

    /** A staff member: {@code group} names their group where the county's staff are concerned. */
    record Staff(String userId, String firstName, String lastName, String group) {
    }

    /** The municipalities' staff, who must exist before the declarations make them members. */
    static final List<Staff> MUNICIPAL_STAFF = List.of(new Staff("kari", "Kari", "Generalist", null),
            new Staff("per", "Per", "Spesialist", null), new Staff("lise", "Lise", "Bibliotekar", null),
            new Staff("omar", "Omar", "Servicetorget", null), new Staff("hanne", "Hanne", "Bibliotekar", null),
            new Staff("sverre", "Sverre", "Servicetorget", null), new Staff("mette", "Mette", "Bibliotekar", null));

    /** Each demo municipality's case-system client (password "demo"). */
    static final Map<MunicipalityCode, String> CLIENTS = Map.of(new MunicipalityCode("NO-3118"), "io-sak",
            new MunicipalityCode("NO-3303"), "kongsberg-sak", new MunicipalityCode("NO-3301"), "drammen-sak",
            new MunicipalityCode("DK-0999"), "bibliotekby-sak");

    /** Troms county (seed 003): its county library and a library chief per region. */
    record DemoCounty(MunicipalityCode code, String name, String client, List<CountyRegion> regions,
                      List<Staff> countyLibrary, List<Staff> libraryChiefs) {
    }

    static final DemoCounty TROMS = new DemoCounty(new MunicipalityCode("NO-55"), "Troms", "troms-sak", List.of(
            new CountyRegion(new Region("nord", "Nord-Troms"),
                    List.of(new MunicipalityCode("NO-5543"), new MunicipalityCode("NO-5544"))),
            new CountyRegion(new Region("midt", "Midt-Troms"),
                    List.of(new MunicipalityCode("NO-5501"), new MunicipalityCode("NO-5524"))),
            new CountyRegion(new Region("sor", "Sør-Troms"),
                    List.of(new MunicipalityCode("NO-5503"), new MunicipalityCode("NO-5530")))),
            List.of(new Staff("birgit", "Birgit", "Fylkesbiblioteket", "county-library"),
                    new Staff("tor", "Tor", "Fylkesbiblioteket", "county-library")),
            List.of(new Staff("nils", "Nils", "Biblioteksjef Nord-Troms", "nord"),
                    new Staff("mari", "Mari", "Biblioteksjef Midt-Troms", "midt"),
                    new Staff("sofie", "Sofie", "Biblioteksjef Sør-Troms", "sor")));

    private final CommandGateway commandGateway;
    private final CountyViews counties;
    private final CaseSystemClients clients;
    private final PasswordEncoder passwordEncoder;
    private final StaffDirectory staffDirectory;
    private final TransactionTemplate transaction;
    private final DeclarationFiles declarations;

    public DemoSetup(CommandGateway commandGateway, CountyViews counties, CaseSystemClients clients,
                     PasswordEncoder passwordEncoder, StaffDirectory staffDirectory, TransactionTemplate transaction,
                     DeclarationFiles declarations) {
        this.commandGateway = commandGateway;
        this.counties = counties;
        this.clients = clients;
        this.passwordEncoder = passwordEncoder;
        this.staffDirectory = staffDirectory;
        this.transaction = transaction;
        this.declarations = declarations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0) // before anything that needs the demo's service points (DemoSimulation)
    public void createDemo() {
        transaction.executeWithoutResult(status -> MUNICIPAL_STAFF.forEach(staff -> staffDirectory.ensureUser(
                staff.userId(), staff.firstName(), staff.lastName(), PASSWORD)));
        declarations.apply(DECLARATIONS);
        transaction.executeWithoutResult(status -> CLIENTS.forEach((municipality, client) ->
                ensureClient(client, municipality)));
        transaction.executeWithoutResult(status -> create(TROMS));
        transaction.executeWithoutResult(status -> staffDirectory.allowReadingColleagues(TROMS.code()));
        // A statistics client of Indre Østfold that may read its analytics and nothing else
        transaction.executeWithoutResult(status -> ensureClient("io-statistikk", new MunicipalityCode("NO-3118"),
                EnumSet.of(ClientPermission.ANALYTICS)));
        transaction.executeWithoutResult(status -> staffDirectory.ensureEvaluator("eva", "Eva", "Evaluator", PASSWORD,
                everyMunicipalityAndCounty()));
        log.info("Demo setup ready: {} municipalities and {}; users and clients are listed in README.md",
                CLIENTS.size(), TROMS.name());
    }

    private static List<MunicipalityCode> everyMunicipalityAndCounty() {
        return Stream.concat(CLIENTS.keySet().stream().sorted(java.util.Comparator.comparing(MunicipalityCode::value)),
                Stream.of(TROMS.code())).toList();
    }

    private void create(DemoCounty county) {
        staffDirectory.ensureMunicipality(county.code(), county.name());
        ensureClient(county.client(), county.code());
        if (!counties.existsById(county.code().value())) {
            commandGateway.sendAndWait(new RegisterCounty(county.code(), county.name(), county.regions()));
        }
        String countyLibrary = county.code() + ".county-library";
        staffDirectory.ensureStaffGroup(countyLibrary, county.name() + " – fylkesbiblioteket", county.code(),
                List.of(LibraryPlans.PROCESS_KEY, LibraryPlans.ANSWER_PROCESS_KEY));
        for (Staff staff : county.countyLibrary()) {
            staffDirectory.ensureStaffMember(staff.userId(), staff.firstName(), staff.lastName(), PASSWORD,
                    countyLibrary, county.code());
        }
        for (Staff chief : county.libraryChiefs()) {
            String region = county.code() + ".region." + chief.group();
            staffDirectory.ensureStaffGroup(region, county.name() + " – biblioteksjefer " + chief.group(), county.code(),
                    List.of());
            staffDirectory.ensureStaffMember(chief.userId(), chief.firstName(), chief.lastName(), PASSWORD, region,
                    county.code());
        }
    }

    private void ensureClient(String clientId, MunicipalityCode municipality) {
        ensureClient(clientId, municipality, EnumSet.allOf(ClientPermission.class));
    }

    private void ensureClient(String clientId, MunicipalityCode municipality, Set<ClientPermission> permissions) {
        if (!clients.existsById(clientId)) {
            clients.save(new CaseSystemClient(clientId, passwordEncoder.encode(PASSWORD), municipality.value(),
                    permissions));
        }
    }
}
