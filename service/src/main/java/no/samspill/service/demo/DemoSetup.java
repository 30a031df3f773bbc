package no.samspill.service.demo;

import static no.samspill.core.shared.Competence.CITIZEN_SERVICE;
import static no.samspill.core.shared.Competence.GENERALIST;
import static no.samspill.core.shared.Competence.LIBRARY;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;
import no.samspill.core.county.County.CountyRegion;
import no.samspill.core.county.County.RegisterCounty;
import no.samspill.core.libraryplan.Region;
import no.samspill.core.servicepoint.Desk;
import no.samspill.core.servicepoint.ServicePointCommands.RegisterServicePoint;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.servicepoint.StaffGroups;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.service.county.CountyViews;
import no.samspill.service.security.CaseSystemClient;
import no.samspill.service.security.CaseSystemClients;
import no.samspill.service.security.ClientPermission;
import no.samspill.workflows.inquiry.InquiryProcesses;
import no.samspill.workflows.libraryplan.LibraryPlans;
import no.samspill.workflows.partnership.PartnershipSteps;
import no.samspill.workflows.partnership.Partnerships;
import no.samspill.service.servicepoint.ServicePointViews;
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

    /** A staff member of a service point: {@code group} is "generalists", "specialists" or a desk's code. */
    record Staff(String userId, String firstName, String lastName, String group) {
    }

    record DemoServicePoint(String code, String name, CoOrganisationModel model, List<Desk> desks,
                            Map<ServiceCode, Competence> catalogue, List<Staff> staff) {
    }

    record DemoMunicipality(MunicipalityCode code, String name, String client, List<DemoServicePoint> servicePoints) {
    }

    static final List<DemoMunicipality> MUNICIPALITIES = List.of(
            new DemoMunicipality(new MunicipalityCode("NO-3118"), "Indre Østfold", "io-sak", List.of(
                    new DemoServicePoint("mysen", "Mysen innbyggertorg og bibliotek",
                            CoOrganisationModel.TOTAL_COLLABORATION,
                            List.of(new Desk("shared-desk", "Felles skranke", GENERALIST)),
                            withNamedCompetence(ServiceCode.standardCatalogue(), ServiceCode.TAX, "tax-advisor"),
                            List.of(new Staff("kari", "Kari", "Generalist", "generalists"),
                                    new Staff("per", "Per", "Spesialist", "specialists"))))),
            new DemoMunicipality(new MunicipalityCode("NO-3303"), "Kongsberg", "kongsberg-sak", List.of(
                    new DemoServicePoint("krona", "Krona kunnskaps- og kultursenter", CoOrganisationModel.ONE_DOOR_IN,
                            List.of(new Desk("library", "Bibliotekets skranke", LIBRARY),
                                    new Desk("service-centre", "Servicetorgets skranke", CITIZEN_SERVICE)),
                            ServiceCode.standardCatalogue(),
                            List.of(new Staff("lise", "Lise", "Bibliotekar", "library"),
                                    new Staff("omar", "Omar", "Servicetorget", "service-centre"))))),
            new DemoMunicipality(new MunicipalityCode("NO-3301"), "Drammen", "drammen-sak", List.of(
                    new DemoServicePoint("drammen-bibliotek", "Drammensbiblioteket", CoOrganisationModel.HYBRID,
                            List.of(new Desk("library", "Bibliotekets skranke", LIBRARY)),
                            catalogue(List.of(ServiceCode.LOANS_RETURNS, ServiceCode.REFERENCE_QUESTION,
                                    ServiceCode.DIGITAL_GUIDANCE, ServiceCode.PRINT_SCAN_COPY,
                                    ServiceCode.EQUIPMENT_LENDING, ServiceCode.EVENTS)),
                            List.of(new Staff("hanne", "Hanne", "Bibliotekar", "generalists"))),
                    new DemoServicePoint("svelvik", "Svelvik bibliotek og servicetorg", CoOrganisationModel.HYBRID,
                            List.of(new Desk("service-centre", "Servicetorget", CITIZEN_SERVICE)),
                            catalogue(List.of(ServiceCode.PASSPORT, ServiceCode.DRIVING_LICENCE, ServiceCode.FORMS,
                                    ServiceCode.HOUSING, ServiceCode.TAX, ServiceCode.WASTE, ServiceCode.DIGITAL_ID,
                                    ServiceCode.DIGITAL_GUIDANCE, ServiceCode.PRINT_SCAN_COPY, ServiceCode.EVENTS)),
                            List.of(new Staff("sverre", "Sverre", "Servicetorget", "generalists"))))),
            new DemoMunicipality(new MunicipalityCode("DK-0999"), "Bibliotekby", "bibliotekby-sak", List.of(
                    new DemoServicePoint("hovedbiblioteket", "Hovedbiblioteket", CoOrganisationModel.PAC_MAN,
                            List.of(new Desk("library", "Bibliotekets skranke", LIBRARY)),
                            catalogue(List.of(ServiceCode.LOANS_RETURNS, ServiceCode.REFERENCE_QUESTION,
                                    ServiceCode.FORMS, ServiceCode.DIGITAL_GUIDANCE, ServiceCode.PRINT_SCAN_COPY,
                                    ServiceCode.EQUIPMENT_LENDING, ServiceCode.EVENTS)),
                            List.of(new Staff("mette", "Mette", "Bibliotekar", "generalists"))))));

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

    /** Each demo library's partnership coordinator, who works its partnerships' tasks. */
    static final Map<MunicipalityCode, String> PARTNERSHIP_COORDINATORS = Map.of(
            new MunicipalityCode("NO-3118"), "kari", new MunicipalityCode("NO-3303"), "lise",
            new MunicipalityCode("NO-3301"), "hanne", new MunicipalityCode("DK-0999"), "mette");

    private final CommandGateway commandGateway;
    private final CountyViews counties;
    private final ServicePointViews servicePoints;
    private final CaseSystemClients clients;
    private final PasswordEncoder passwordEncoder;
    private final StaffDirectory staffDirectory;
    private final TransactionTemplate transaction;

    public DemoSetup(CommandGateway commandGateway, ServicePointViews servicePoints, CountyViews counties,
                     CaseSystemClients clients, PasswordEncoder passwordEncoder, StaffDirectory staffDirectory,
                     TransactionTemplate transaction) {
        this.commandGateway = commandGateway;
        this.counties = counties;
        this.servicePoints = servicePoints;
        this.clients = clients;
        this.passwordEncoder = passwordEncoder;
        this.staffDirectory = staffDirectory;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0) // before anything that needs the demo's service points (DemoSimulation)
    public void createDemo() {
        for (DemoMunicipality municipality : MUNICIPALITIES) {
            transaction.executeWithoutResult(status -> create(municipality));
        }
        transaction.executeWithoutResult(status -> create(TROMS));
        transaction.executeWithoutResult(status -> PARTNERSHIP_COORDINATORS.forEach((municipality, userId) -> {
            String group = PartnershipSteps.partnershipGroupOf(municipality);
            staffDirectory.ensureStaffGroup(group, municipality + " – partnerskap", municipality,
                    List.of(Partnerships.PROCESS_KEY));
            staffDirectory.ensureMembership(userId, group);
        }));
        for (MunicipalityCode code : everyMunicipalityAndCounty()) {
            transaction.executeWithoutResult(status -> staffDirectory.allowReadingColleagues(code));
        }
        // A statistics client of Indre Østfold that may read its analytics and nothing else
        transaction.executeWithoutResult(status -> ensureClient("io-statistikk", new MunicipalityCode("NO-3118"),
                EnumSet.of(ClientPermission.ANALYTICS)));
        transaction.executeWithoutResult(status -> staffDirectory.ensureEvaluator("eva", "Eva", "Evaluator", PASSWORD,
                everyMunicipalityAndCounty()));
        log.info("Demo setup ready: {} municipalities and {}; users and clients are listed in README.md",
                MUNICIPALITIES.size(), TROMS.name());
    }

    private static List<MunicipalityCode> everyMunicipalityAndCounty() {
        return Stream.concat(MUNICIPALITIES.stream().map(DemoMunicipality::code), Stream.of(TROMS.code())).toList();
    }

    private void create(DemoMunicipality municipality) {
        staffDirectory.ensureMunicipality(municipality.code(), municipality.name());
        ensureClient(municipality.client(), municipality.code());
        for (DemoServicePoint servicePoint : municipality.servicePoints()) {
            ServicePointId id = new ServicePointId(municipality.code(), servicePoint.code());
            if (!servicePoints.existsById(id.toString())) {
                commandGateway.sendAndWait(new RegisterServicePoint(id, servicePoint.name(), servicePoint.model(),
                        servicePoint.desks(), servicePoint.catalogue()));
            }
            for (Staff staff : servicePoint.staff()) {
                String group = groupOf(id, staff.group());
                List<String> inquiries = List.of(InquiryProcesses.processKeyFor(servicePoint.model()));
                staffDirectory.ensureStaffGroup(group, servicePoint.name() + " – " + groupLabel(servicePoint, staff.group()),
                        municipality.code(), inquiries);
                staffDirectory.ensureStaffMember(staff.userId(), staff.firstName(), staff.lastName(), PASSWORD, group,
                        municipality.code());
                if (servicePoint.model() == CoOrganisationModel.HYBRID) {
                    String jointTeam = StaffGroups.jointTeam(municipality.code());
                    staffDirectory.ensureStaffGroup(jointTeam, municipality.name() + " – felles team", municipality.code(),
                            inquiries);
                    staffDirectory.ensureMembership(staff.userId(), jointTeam);
                }
            }
        }
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

    private static String groupOf(ServicePointId servicePoint, String group) {
        return switch (group) {
            case "generalists" -> StaffGroups.generalists(servicePoint);
            case "specialists" -> StaffGroups.specialists(servicePoint);
            default -> StaffGroups.desk(servicePoint, group);
        };
    }

    /** The group's name as staff see it in Tasklist and Admin. */
    private static String groupLabel(DemoServicePoint servicePoint, String group) {
        return switch (group) {
            case "generalists" -> "generalister";
            case "specialists" -> "spesialister";
            default -> servicePoint.desks().stream().filter(desk -> desk.code().equals(group)).findFirst()
                    .map(Desk::name).orElse(group);
        };
    }

    /** The catalogue with one service needing a named competence (which the shared desk's generalists lack). */
    private static Map<ServiceCode, Competence> withNamedCompetence(Map<ServiceCode, Competence> catalogue,
                                                                    ServiceCode service, String competence) {
        Map<ServiceCode, Competence> changed = new EnumMap<>(catalogue);
        changed.put(service, new Competence(competence));
        return changed;
    }

    /** The given standard services, each with its default competence. */
    private static Map<ServiceCode, Competence> catalogue(List<ServiceCode> services) {
        Map<ServiceCode, Competence> catalogue = new EnumMap<>(ServiceCode.class);
        services.forEach(service -> catalogue.put(service, service.defaultCompetence()));
        return catalogue;
    }
}
