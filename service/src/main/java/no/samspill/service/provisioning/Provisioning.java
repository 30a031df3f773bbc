package no.samspill.service.provisioning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.servicepoint.Desk;
import no.samspill.core.servicepoint.ServicePointCommands.ChangeCatalogue;
import no.samspill.core.servicepoint.ServicePointCommands.RegisterServicePoint;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.servicepoint.StaffGroups;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Competence;
import no.samspill.core.shared.MunicipalTime;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.service.api.InvalidInput;
import no.samspill.service.demo.StaffDirectory;
import no.samspill.service.provisioning.MunicipalityDeclaration.DeskDeclaration;
import no.samspill.service.provisioning.MunicipalityDeclaration.ServicePointDeclaration;
import no.samspill.service.provisioning.MunicipalityDeclaration.StaffDeclaration;
import no.samspill.service.servicepoint.ServicePointView;
import no.samspill.service.servicepoint.ServicePointViews;
import no.samspill.workflows.inquiry.InquiryProcess;
import no.samspill.workflows.language.SamspillTexts;
import no.samspill.workflows.language.StaffLanguage;
import no.samspill.workflows.partnership.PartnershipSteps;
import no.samspill.workflows.partnership.Partnerships;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies a municipality's declaration: its tenant, its service points (registered, or their catalogue brought up
 * to date), its staff groups with exactly the authorizations their role needs and their Tasklist filters, and the
 * declared staff as members where they exist in the identity store. Checked whole before anything is made; applying
 * the same declaration again changes nothing (but adds declared staff who have joined the identity store since).
 * Nothing is removed by leaving it out.
 */
@Component
public class Provisioning {

    /** What applying a declaration did. */
    public enum Outcome { CREATED, CHANGED, UNCHANGED }

    private static final Logger log = LoggerFactory.getLogger(Provisioning.class);

    static final String KIND = "municipality";

    private final DeclarationStore store;
    private final CommandGateway commands;
    private final ServicePointViews servicePoints;
    private final StaffDirectory staffDirectory;
    private final SamspillTexts texts;
    private final Clock clock;

    public Provisioning(DeclarationStore store, CommandGateway commands, ServicePointViews servicePoints,
                        StaffDirectory staffDirectory, SamspillTexts texts, Clock clock) {
        this.store = store;
        this.commands = commands;
        this.servicePoints = servicePoints;
        this.staffDirectory = staffDirectory;
        this.texts = texts;
        this.clock = clock;
    }

    /** The declaration as it was last applied. */
    public Optional<MunicipalityDeclaration> declarationOf(MunicipalityCode municipality) {
        return store.find(municipality.value(), KIND, MunicipalityDeclaration.class);
    }

    public Outcome apply(MunicipalityCode municipality, MunicipalityDeclaration declaration) {
        check(municipality, declaration);
        return store.apply(municipality.value(), KIND, declaration, declaration.language(),
                MunicipalityDeclaration.class, () -> make(municipality, declaration));
    }

    /** Refuses an inconsistent declaration, naming the entry, before anything is made. */
    private void check(MunicipalityCode municipality, MunicipalityDeclaration declaration) {
        required("name", declaration.name());
        if (!StaffLanguage.speaks(declaration.language())) {
            throw new InvalidInput("language", "must be nb, nn or da");
        }
        Map<String, ServicePointDeclaration> byCode = new java.util.HashMap<>();
        for (int i = 0; i < declaration.servicePoints().size(); i++) {
            ServicePointDeclaration servicePoint = declaration.servicePoints().get(i);
            String at = "servicePoints[" + i + "]";
            ServicePointId id = InvalidInput.parse(at + ".code", servicePoint.code(),
                    code -> new ServicePointId(municipality, code));
            if (byCode.put(servicePoint.code(), servicePoint) != null) {
                throw new InvalidInput(at + ".code", "service point '" + servicePoint.code() + "' is declared twice");
            }
            required(at + ".name", servicePoint.name());
            CoOrganisationModel model = InvalidInput.parse(at + ".model", servicePoint.model(),
                    CoOrganisationModel::fromCode);
            List<Desk> desks = desks(at, servicePoint);
            catalogue(at, servicePoint);
            servicePoints.findById(id.toString()).ifPresent(existing -> {
                String inForce = existing.modelOn(LocalDate.now(clock.withZone(MunicipalTime.ZONE)));
                if (!inForce.equals(model.code())) {
                    throw new InvalidInput(at + ".model", "service point '" + servicePoint.code() + "' runs under '"
                            + inForce + "'; a change of model is a decision with a date: POST it to "
                            + "/api/v1/municipalities/" + municipality + "/service-points/" + servicePoint.code()
                            + "/model-changes");
                }
                if (!sameDesks(existing, desks)) {
                    throw new InvalidInput(at + ".desks", "the desks of a registered service point cannot be changed");
                }
            });
        }
        for (int i = 0; i < declaration.staff().size(); i++) {
            StaffDeclaration member = declaration.staff().get(i);
            String at = "staff[" + i + "]";
            required(at + ".user", member.user());
            required(at + ".role", member.role());
            if ("partnership-coordinator".equals(member.role())) {
                continue;
            }
            ServicePointDeclaration servicePoint = byCode.get(member.servicePoint());
            if (servicePoint == null) {
                throw new InvalidInput(at + ".servicePoint", "no service point '" + member.servicePoint()
                        + "' in this declaration");
            }
            if (member.role().startsWith("desk:")) {
                String desk = member.role().substring("desk:".length());
                if (servicePoint.desks().stream().noneMatch(declared -> desk.equals(declared.code()))) {
                    throw new InvalidInput(at + ".role", "service point '" + servicePoint.code() + "' has no desk '"
                            + desk + "'");
                }
            } else if (!member.role().equals("generalist") && !member.role().equals("specialist")) {
                throw new InvalidInput(at + ".role", "unknown role '" + member.role()
                        + "'; roles: generalist, specialist, desk:<code>, partnership-coordinator");
            }
        }
    }

    private void make(MunicipalityCode municipality, MunicipalityDeclaration declaration) {
        staffDirectory.ensureMunicipality(municipality, declaration.name());
        String language = declaration.language();
        for (ServicePointDeclaration servicePoint : declaration.servicePoints()) {
            ServicePointId id = new ServicePointId(municipality, servicePoint.code());
            CoOrganisationModel model = CoOrganisationModel.fromCode(servicePoint.model());
            Map<ServiceCode, Competence> catalogue = catalogue("", servicePoint);
            Optional<ServicePointView> existing = servicePoints.findById(id.toString());
            if (existing.isEmpty()) {
                commands.sendAndWait(new RegisterServicePoint(id, servicePoint.name(), model,
                        desks("", servicePoint), catalogue));
            } else if (!catalogueOf(existing.get()).equals(catalogue)) {
                commands.sendAndWait(new ChangeCatalogue(id, catalogue));
            }
        }
        for (StaffDeclaration member : declaration.staff()) {
            for (String group : groupsOf(municipality, declaration, member, language)) {
                if (!staffDirectory.ensureMembershipIfKnown(member.user(), group)) {
                    log.warn("Municipality {}: user '{}' is not in the identity store; not added to {}",
                            municipality, member.user(), group);
                }
            }
        }
        staffDirectory.allowReadingColleagues(municipality);
    }

    /** The staff groups the member's role means, each made with its authorizations and filter. */
    private List<String> groupsOf(MunicipalityCode municipality, MunicipalityDeclaration declaration,
                                  StaffDeclaration member, String language) {
        if ("partnership-coordinator".equals(member.role())) {
            String group = PartnershipSteps.partnershipGroupOf(municipality);
            staffDirectory.ensureStaffGroup(group, declaration.name() + " – " + texts.ui(language, "group.partnerships"),
                    municipality, List.of(Partnerships.PROCESS_KEY));
            return List.of(group);
        }
        ServicePointDeclaration servicePoint = declaration.servicePoints().stream()
                .filter(declared -> declared.code().equals(member.servicePoint())).findFirst().orElseThrow();
        ServicePointId id = new ServicePointId(municipality, servicePoint.code());
        CoOrganisationModel model = CoOrganisationModel.fromCode(servicePoint.model());
        List<String> inquiries = List.of(InquiryProcess.processKeyFor(model));
        String group;
        String label;
        if (member.role().equals("generalist")) {
            group = StaffGroups.generalists(id);
            label = texts.ui(language, "group.generalists");
        } else if (member.role().equals("specialist")) {
            group = StaffGroups.specialists(id);
            label = texts.ui(language, "group.specialists");
        } else {
            String desk = member.role().substring("desk:".length());
            group = StaffGroups.desk(id, desk);
            label = servicePoint.desks().stream().filter(declared -> declared.code().equals(desk)).findFirst()
                    .map(DeskDeclaration::name).orElse(desk);
        }
        staffDirectory.ensureStaffGroup(group, servicePoint.name() + " – " + label, municipality, inquiries);
        List<String> groups = new ArrayList<>(List.of(group));
        if (model == CoOrganisationModel.HYBRID) {
            String jointTeam = StaffGroups.jointTeam(municipality);
            staffDirectory.ensureStaffGroup(jointTeam, declaration.name() + " – " + texts.ui(language,
                    "group.jointTeam"), municipality, inquiries);
            groups.add(jointTeam);
        }
        return groups;
    }

    private static List<Desk> desks(String at, ServicePointDeclaration servicePoint) {
        List<Desk> desks = new ArrayList<>();
        for (int d = 0; d < servicePoint.desks().size(); d++) {
            DeskDeclaration desk = servicePoint.desks().get(d);
            String deskAt = at + ".desks[" + d + "]";
            Competence competence = InvalidInput.parse(deskAt + ".competence", desk.competence(), Competence::new);
            desks.add(InvalidInput.parse(deskAt, desk.code(), code -> new Desk(code, desk.name(), competence)));
        }
        return desks;
    }

    private static Map<ServiceCode, Competence> catalogue(String at, ServicePointDeclaration servicePoint) {
        if (servicePoint.catalogue() == null) {
            return ServiceCode.standardCatalogue();
        }
        Map<ServiceCode, Competence> catalogue = new EnumMap<>(ServiceCode.class);
        servicePoint.catalogue().forEach((service, competence) -> catalogue.put(
                InvalidInput.parse(at + ".catalogue", service, ServiceCode::fromCode),
                InvalidInput.parse(at + ".catalogue." + service, competence, Competence::new)));
        return catalogue;
    }

    private static Map<ServiceCode, Competence> catalogueOf(ServicePointView view) {
        Map<ServiceCode, Competence> catalogue = new EnumMap<>(ServiceCode.class);
        view.catalogue().forEach((service, competence) -> catalogue.put(ServiceCode.fromCode(service),
                new Competence(competence)));
        return catalogue;
    }

    private static boolean sameDesks(ServicePointView view, List<Desk> declared) {
        return view.desks().stream().map(desk -> desk.code() + "=" + desk.competence()).sorted().toList().equals(
                declared.stream().map(desk -> desk.code() + "=" + desk.competence().code()).sorted().toList());
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "is required");
        }
    }
}
