package no.samspill.service.demo;

import java.util.List;
import no.samspill.core.servicepoint.ServicePointCommands.RegisterServicePoint;
import no.samspill.core.servicepoint.Desk;
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
 * The demo municipality Indre Østfold (NO-3118) with its service point Mysen under total collaboration, the staff
 * kari (generalist) and per (specialist), and the case system io-sak; every password is "demo". Creates only what is
 * missing, so restarts keep what was there. Runs with the demo profile, never in production.
 */
@Component
@ConditionalOnProperty(name = "samspill.demo.enabled", havingValue = "true")
public class DemoSetup {

    static final MunicipalityCode INDRE_OSTFOLD = new MunicipalityCode("NO-3118");
    static final ServicePointId MYSEN = new ServicePointId(INDRE_OSTFOLD, "mysen");
    private static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);

    private final CommandGateway commandGateway;
    private final ServicePointViews servicePoints;
    private final CaseSystemClients clients;
    private final PasswordEncoder passwordEncoder;
    private final StaffDirectory staff;
    private final TransactionTemplate transaction;

    public DemoSetup(CommandGateway commandGateway, ServicePointViews servicePoints, CaseSystemClients clients,
                     PasswordEncoder passwordEncoder, StaffDirectory staff, TransactionTemplate transaction) {
        this.commandGateway = commandGateway;
        this.servicePoints = servicePoints;
        this.clients = clients;
        this.passwordEncoder = passwordEncoder;
        this.staff = staff;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void createDemo() {
        transaction.executeWithoutResult(status -> {
            if (!servicePoints.existsById(MYSEN.toString())) {
                commandGateway.sendAndWait(new RegisterServicePoint(MYSEN, "Mysen innbyggertorg og bibliotek",
                        CoOrganisationModel.TOTAL_COLLABORATION,
                        List.of(new Desk("shared-desk", "Felles skranke", Competence.GENERALIST)),
                        ServiceCode.standardCatalogue()));
            }
            if (!clients.existsById("io-sak")) {
                clients.save(new CaseSystemClient("io-sak", passwordEncoder.encode(PASSWORD), INDRE_OSTFOLD.value()));
            }
            staff.ensureMunicipality(INDRE_OSTFOLD, "Indre Østfold");
            String generalists = StaffGroups.generalists(MYSEN);
            String specialists = StaffGroups.specialists(MYSEN);
            staff.ensureStaffGroup(generalists, "Mysen – generalister", INDRE_OSTFOLD);
            staff.ensureStaffGroup(specialists, "Mysen – spesialister", INDRE_OSTFOLD);
            staff.ensureStaffMember("kari", "Kari", "Generalist", PASSWORD, generalists, INDRE_OSTFOLD);
            staff.ensureStaffMember("per", "Per", "Spesialist", PASSWORD, specialists, INDRE_OSTFOLD);
        });
        log.info("Demo setup ready: municipality {} with service point {}; users kari, per, admin; client io-sak",
                INDRE_OSTFOLD, MYSEN);
    }
}
