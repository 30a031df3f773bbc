package no.samspill.service.demo;

import static no.samspill.core.shared.Competence.CITIZEN_SERVICE;
import static no.samspill.core.shared.Competence.GENERALIST;
import static no.samspill.core.shared.Competence.LIBRARY;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.servicepoint.Desk;
import no.samspill.core.servicepoint.ServicePointCommands.RegisterServicePoint;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.servicepoint.StaffGroups;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.service.security.CaseSystemClient;
import no.samspill.service.security.CaseSystemClients;
import no.samspill.service.servicepoint.ServicePointViews;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
                            ServiceCode.standardCatalogue(),
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

    private final CommandGateway commandGateway;
    private final ServicePointViews servicePoints;
    private final CaseSystemClients clients;
    private final PasswordEncoder passwordEncoder;
    private final StaffDirectory staffDirectory;
    private final TransactionTemplate transaction;

    public DemoSetup(CommandGateway commandGateway, ServicePointViews servicePoints, CaseSystemClients clients,
                     PasswordEncoder passwordEncoder, StaffDirectory staffDirectory, TransactionTemplate transaction) {
        this.commandGateway = commandGateway;
        this.servicePoints = servicePoints;
        this.clients = clients;
        this.passwordEncoder = passwordEncoder;
        this.staffDirectory = staffDirectory;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void createDemo() {
        for (DemoMunicipality municipality : MUNICIPALITIES) {
            transaction.executeWithoutResult(status -> create(municipality));
        }
        log.info("Demo setup ready: {} municipalities; users and clients are listed in README.md", MUNICIPALITIES.size());
    }

    private void create(DemoMunicipality municipality) {
        staffDirectory.ensureMunicipality(municipality.code(), municipality.name());
        if (!clients.existsById(municipality.client())) {
            clients.save(new CaseSystemClient(municipality.client(), passwordEncoder.encode(PASSWORD),
                    municipality.code().value()));
        }
        for (DemoServicePoint servicePoint : municipality.servicePoints()) {
            ServicePointId id = new ServicePointId(municipality.code(), servicePoint.code());
            if (!servicePoints.existsById(id.toString())) {
                commandGateway.sendAndWait(new RegisterServicePoint(id, servicePoint.name(), servicePoint.model(),
                        servicePoint.desks(), servicePoint.catalogue()));
            }
            for (Staff staff : servicePoint.staff()) {
                String group = groupOf(id, staff.group());
                staffDirectory.ensureStaffGroup(group, servicePoint.name() + " – " + groupLabel(servicePoint, staff.group()),
                        municipality.code());
                staffDirectory.ensureStaffMember(staff.userId(), staff.firstName(), staff.lastName(), PASSWORD, group,
                        municipality.code());
                if (servicePoint.model() == CoOrganisationModel.HYBRID) {
                    String jointTeam = StaffGroups.jointTeam(municipality.code());
                    staffDirectory.ensureStaffGroup(jointTeam, municipality.name() + " – felles team", municipality.code());
                    staffDirectory.ensureMembership(staff.userId(), jointTeam);
                }
            }
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

    /** The given standard services, each with its default competence. */
    private static Map<ServiceCode, Competence> catalogue(List<ServiceCode> services) {
        Map<ServiceCode, Competence> catalogue = new EnumMap<>(ServiceCode.class);
        services.forEach(service -> catalogue.put(service, service.defaultCompetence()));
        return catalogue;
    }
}
