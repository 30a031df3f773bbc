package no.samspill.service.provisioning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import no.samspill.core.servicepoint.Desk;
import no.samspill.core.servicepoint.ServicePointCommands.ChangeCatalogue;
import no.samspill.core.servicepoint.ServicePointCommands.ChangeDesks;
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
import no.samspill.service.security.StaffPrincipal;
import no.samspill.service.provisioning.MunicipalityDeclaration.DeskDeclaration;
import no.samspill.service.provisioning.MunicipalityDeclaration.ServicePointDeclaration;
import no.samspill.service.provisioning.MunicipalityDeclaration.StaffDeclaration;
import no.samspill.service.servicepoint.ServicePointView;
import no.samspill.service.servicepoint.ServicePointViews;
import no.samspill.workflows.inquiry.InquiryProcess;
import no.samspill.workflows.language.SamspillTexts;
import no.samspill.workflows.language.StaffLanguage;
import no.samspill.workflows.network.NetworkContactProcess;
import no.samspill.workflows.partnership.PartnershipSteps;
import no.samspill.workflows.partnership.Partnerships;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies a municipality's declaration: its tenant, its service points (registered, or their catalogue and desks
 * brought up to date), its staff groups with exactly the authorizations their role needs and their Tasklist filters, and the
 * declared staff as members where they exist in the identity store. Checked whole before anything is made; applying
 * the same declaration again changes nothing (but adds declared staff who have joined the identity store since).
 * Nothing is removed by leaving it out: a staff entry marked {@code removed} takes its member out of its groups.
 */
@Component
public class Provisioning {

    /** What applying a declaration did. */
    public enum Outcome { CREATED, CHANGED, UNCHANGED }

    private static final Logger log = LoggerFactory.getLogger(Provisioning.class);

    static final String KIND = "municipality";

    /** Roles of the municipality as a whole, with no service point. */
    private static final Set<String> MUNICIPALITY_ROLES = Set.of("partnership-coordinator", "evaluator");

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
            desks(at, servicePoint);
            catalogue(at, servicePoint);
            servicePoints.findById(id.toString()).ifPresent(existing -> {
                String inForce = existing.modelOn(LocalDate.now(clock.withZone(MunicipalTime.ZONE)));
                if (!inForce.equals(model.code())) {
                    throw new InvalidInput(at + ".model", "service point '" + servicePoint.code() + "' runs under '"
                            + inForce + "'; a change of model is a decision with a date: POST it to "
                            + "/api/v1/municipalities/" + municipality + "/service-points/" + servicePoint.code()
                            + "/model-changes");
                }
                for (ServicePointView.DeskView registered : existing.desks()) {
                    if (servicePoint.desks().stream().noneMatch(desk -> registered.code().equals(desk.code()))) {
                        throw new InvalidInput(at + ".desks", "desk '" + registered.code() + "' is registered; "
                                + "leaving it out removes nothing: declare it with \"removed\": true to close it");
                    }
                }
            });
        }
        Map<String, Boolean> entries = new java.util.HashMap<>();
        for (int i = 0; i < declaration.staff().size(); i++) {
            StaffDeclaration member = declaration.staff().get(i);
            String at = "staff[" + i + "]";
            required(at + ".user", member.user());
            required(at + ".role", member.role());
            Boolean before = entries.put(member.user() + "/" + member.servicePoint() + "/" + member.role(),
                    member.removed());
            if (before != null && before != member.removed()) {
                throw new InvalidInput(at, "'" + member.user() + "' is declared as " + member.role()
                        + " and removed from it at once");
            }
            if (MUNICIPALITY_ROLES.contains(member.role())) {
                continue;
            }
            ServicePointDeclaration servicePoint = byCode.get(member.servicePoint());
            if (servicePoint == null) {
                throw new InvalidInput(at + ".servicePoint", "no service point '" + member.servicePoint()
                        + "' in this declaration");
            }
            if (member.role().startsWith("desk:")) {
                String desk = member.role().substring("desk:".length());
                if (servicePoint.desks().stream().noneMatch(declared -> desk.equals(declared.code())
                        && (!declared.removed() || member.removed()))) {
                    throw new InvalidInput(at + ".role", "service point '" + servicePoint.code() + "' has no desk '"
                            + desk + "'");
                }
            } else if (!member.role().equals("generalist") && !member.role().equals("specialist")) {
                throw new InvalidInput(at + ".role", "unknown role '" + member.role()
                        + "'; roles: generalist, specialist, desk:<code>, partnership-coordinator, evaluator");
            }
        }
    }

    private void make(MunicipalityCode municipality, MunicipalityDeclaration declaration) {
        staffDirectory.ensureMunicipality(municipality, declaration.name());
        for (ServicePointDeclaration servicePoint : declaration.servicePoints()) {
            ServicePointId id = new ServicePointId(municipality, servicePoint.code());
            CoOrganisationModel model = CoOrganisationModel.fromCode(servicePoint.model());
            Map<ServiceCode, Competence> catalogue = catalogue("", servicePoint);
            Optional<ServicePointView> existing = servicePoints.findById(id.toString());
            if (existing.isEmpty()) {
                commands.sendAndWait(new RegisterServicePoint(id, servicePoint.name(), model,
                        desks("", servicePoint), catalogue));
            } else {
                if (!catalogueOf(existing.get()).equals(catalogue)) {
                    commands.sendAndWait(new ChangeCatalogue(id, catalogue));
                }
                List<Desk> desks = desks("", servicePoint);
                if (!sameDesks(existing.get(), desks)) {
                    commands.sendAndWait(new ChangeDesks(id, desks));
                }
            }
        }
        Map<String, Set<String>> kept = new java.util.HashMap<>();
        for (StaffDeclaration member : declaration.staff()) {
            if (member.removed()) {
                continue;
            }
            for (StaffGroup group : groupsOf(municipality, declaration, member)) {
                group.ensure(staffDirectory, municipality);
                kept.computeIfAbsent(member.user(), user -> new HashSet<>()).add(group.id());
                if (!staffDirectory.ensureMembershipIfKnown(member.user(), group.id())) {
                    log.warn("Municipality {}: user '{}' is not in the identity store; not added to {}",
                            municipality, member.user(), group.id());
                }
            }
        }
        for (StaffDeclaration member : declaration.staff()) {
            if (!member.removed()) {
                continue;
            }
            // out of the role's groups, but not of one another entry still puts them in (a hybrid's joint team)
            for (StaffGroup group : groupsOf(municipality, declaration, member)) {
                if (!kept.getOrDefault(member.user(), Set.of()).contains(group.id())
                        && staffDirectory.removeMembership(member.user(), group.id())) {
                    log.info("Municipality {}: user '{}' removed from {}", municipality, member.user(), group.id());
                }
            }
        }
        staffDirectory.allowReadingColleagues(municipality);
    }

    /** A staff group a role means: its id, its name in the staff's language, and the processes it may start. */
    private record StaffGroup(String id, String name, List<String> startable, boolean evaluators) {

        void ensure(StaffDirectory staffDirectory, MunicipalityCode municipality) {
            if (evaluators) {
                staffDirectory.ensureEvaluatorGroup(municipality, name);
            } else {
                staffDirectory.ensureStaffGroup(id, name, municipality, startable);
            }
        }
    }

    /** The staff groups the member's role means. */
    private List<StaffGroup> groupsOf(MunicipalityCode municipality, MunicipalityDeclaration declaration,
                                      StaffDeclaration member) {
        String language = declaration.language();
        if ("partnership-coordinator".equals(member.role())) {
            return List.of(new StaffGroup(PartnershipSteps.partnershipGroupOf(municipality), declaration.name()
                    + " – " + texts.ui(language, "group.partnerships"),
                    List.of(Partnerships.PROCESS_KEY, NetworkContactProcess.PROCESS_KEY), false));
        }
        if ("evaluator".equals(member.role())) {
            return List.of(new StaffGroup(StaffPrincipal.evaluatorsOf(municipality), declaration.name() + " – "
                    + texts.ui(language, "group.evaluators"), List.of(), true));
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
        List<StaffGroup> groups = new ArrayList<>(List.of(
                new StaffGroup(group, servicePoint.name() + " – " + label, inquiries, false)));
        if (model == CoOrganisationModel.HYBRID) {
            groups.add(new StaffGroup(StaffGroups.jointTeam(municipality), declaration.name() + " – "
                    + texts.ui(language, "group.jointTeam"), inquiries, false));
        }
        return groups;
    }

    /** The service point's open desks, as declared. */
    private static List<Desk> desks(String at, ServicePointDeclaration servicePoint) {
        List<Desk> desks = new ArrayList<>();
        for (int d = 0; d < servicePoint.desks().size(); d++) {
            DeskDeclaration desk = servicePoint.desks().get(d);
            if (desk.removed()) {
                continue; // closed: what it was is no longer asked
            }
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
        return view.desks().stream().map(desk -> desk.code() + "=" + desk.name() + "=" + desk.competence()).sorted()
                .toList().equals(declared.stream().map(desk -> desk.code() + "=" + desk.name() + "="
                        + desk.competence().code()).sorted().toList());
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "is required");
        }
    }
}
