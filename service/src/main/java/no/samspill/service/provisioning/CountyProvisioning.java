package no.samspill.service.provisioning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samspill.core.county.County.ChangeRegions;
import no.samspill.core.county.County.CountyRegion;
import no.samspill.core.county.County.RegisterCounty;
import no.samspill.core.libraryplan.Region;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.api.InvalidInput;
import no.samspill.service.county.CountyView;
import no.samspill.service.county.CountyViews;
import no.samspill.service.demo.StaffDirectory;
import no.samspill.service.security.StaffPrincipal;
import no.samspill.service.provisioning.CountyDeclaration.CountyStaffDeclaration;
import no.samspill.service.provisioning.CountyDeclaration.RegionDeclaration;
import no.samspill.workflows.language.StaffLanguage;
import no.samspill.workflows.libraryplan.LibraryPlans;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies a county's declaration as Provisioning does a municipality's: its tenant, the county registered with its
 * regions, the county library's group (which runs the library plans and registers consultation answers) and a group
 * per region for its library chief, and the declared staff who exist in the identity store. Changed regions are
 * redrawn (a municipality moved, a region added): plans started after that use them.
 */
@Component
public class CountyProvisioning {

    static final String KIND = "county";
    private static final Logger log = LoggerFactory.getLogger(CountyProvisioning.class);

    private final DeclarationStore store;
    private final CommandGateway commands;
    private final CountyViews counties;
    private final StaffDirectory staffDirectory;

    public CountyProvisioning(DeclarationStore store, CommandGateway commands, CountyViews counties,
                              StaffDirectory staffDirectory) {
        this.store = store;
        this.commands = commands;
        this.counties = counties;
        this.staffDirectory = staffDirectory;
    }

    public Optional<CountyDeclaration> declarationOf(MunicipalityCode county) {
        return store.find(county.value(), KIND, CountyDeclaration.class);
    }

    public Provisioning.Outcome apply(MunicipalityCode county, CountyDeclaration declaration) {
        List<CountyRegion> regions = check(county, declaration);
        return store.apply(county.value(), KIND, declaration, declaration.language(), CountyDeclaration.class,
                () -> make(county, declaration, regions));
    }

    private List<CountyRegion> check(MunicipalityCode county, CountyDeclaration declaration) {
        if (declaration.name() == null || declaration.name().isBlank()) {
            throw new InvalidInput("name", "is required");
        }
        if (!StaffLanguage.speaks(declaration.language())) {
            throw new InvalidInput("language", "must be nb, nn or da");
        }
        if (declaration.regions().isEmpty()) {
            throw new InvalidInput("regions", "a county has at least one region");
        }
        List<CountyRegion> regions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> removed = new HashSet<>();
        for (int i = 0; i < declaration.regions().size(); i++) {
            RegionDeclaration region = declaration.regions().get(i);
            String at = "regions[" + i + "]";
            Region parsed = InvalidInput.parse(at + ".code", region.code(), code -> new Region(code,
                    region.name() == null || region.name().isBlank() ? code : region.name()));
            if (!codes.add(region.code())) {
                throw new InvalidInput(at + ".code", "region '" + region.code() + "' is declared twice");
            }
            if (region.removed()) {
                removed.add(region.code());
                continue;
            }
            List<MunicipalityCode> municipalities = new ArrayList<>();
            for (int m = 0; m < region.municipalities().size(); m++) {
                municipalities.add(InvalidInput.parse(at + ".municipalities[" + m + "]",
                        region.municipalities().get(m), MunicipalityCode::new));
            }
            regions.add(new CountyRegion(parsed, municipalities));
        }
        if (regions.isEmpty()) {
            throw new InvalidInput("regions", "a county has at least one region that is not removed");
        }
        counties.findById(county.value()).ifPresent(registered -> registered.regions().stream()
                .filter(region -> !codes.contains(region.code())).findFirst().ifPresent(left -> {
                    throw new InvalidInput("regions", "region '" + left.code() + "' is registered; leaving it out "
                            + "removes nothing: declare it with \"removed\": true to take it out of the county");
                }));
        java.util.Map<String, Boolean> entries = new java.util.HashMap<>();
        for (int i = 0; i < declaration.staff().size(); i++) {
            CountyStaffDeclaration member = declaration.staff().get(i);
            String at = "staff[" + i + "]";
            if (member.user() == null || member.user().isBlank()) {
                throw new InvalidInput(at + ".user", "is required");
            }
            if ("library-chief".equals(member.role())) {
                if (removed.contains(member.region()) && !member.removed()) {
                    throw new InvalidInput(at + ".region", "region '" + member.region() + "' is removed");
                }
                if (!codes.contains(member.region())) {
                    throw new InvalidInput(at + ".region", "no region '" + member.region() + "' in this declaration");
                }
            } else if (!"county-library".equals(member.role()) && !"evaluator".equals(member.role())) {
                throw new InvalidInput(at + ".role", "unknown role '" + member.role()
                        + "'; roles: county-library, library-chief, evaluator");
            }
            Boolean before = entries.put(member.user() + "/" + member.role() + "/" + member.region(),
                    member.removed());
            if (before != null && before != member.removed()) {
                throw new InvalidInput(at, "'" + member.user() + "' is declared as " + member.role()
                        + " and removed from it at once");
            }
        }
        return regions;
    }

    private void make(MunicipalityCode county, CountyDeclaration declaration, List<CountyRegion> regions) {
        staffDirectory.ensureMunicipality(county, declaration.name());
        Optional<CountyView> registered = counties.findById(county.value());
        if (registered.isEmpty()) {
            commands.sendAndWait(new RegisterCounty(county, declaration.name(), regions));
        } else if (!sameRegions(registered.get(), regions)) {
            commands.sendAndWait(new ChangeRegions(county, regions));
        }
        String countyLibrary = county.value() + ".county-library";
        staffDirectory.ensureStaffGroup(countyLibrary, declaration.name() + " – fylkesbiblioteket", county,
                List.of(LibraryPlans.PROCESS_KEY, LibraryPlans.ANSWER_PROCESS_KEY, LibraryPlans.REMINDER_PROCESS_KEY));
        for (CountyStaffDeclaration member : declaration.staff()) {
            String group = countyLibrary;
            if ("library-chief".equals(member.role())) {
                group = county.value() + ".region." + member.region();
                if (!member.removed()) {
                    staffDirectory.ensureStaffGroup(group, declaration.name() + " – biblioteksjefer "
                            + member.region(), county, List.of());
                }
            } else if ("evaluator".equals(member.role())) {
                group = member.removed() ? StaffPrincipal.evaluatorsOf(county)
                        : staffDirectory.ensureEvaluatorGroup(county, declaration.name() + " – evaluatorer");
            }
            if (member.removed()) {
                if (staffDirectory.removeMembership(member.user(), group)) {
                    log.info("County {}: user '{}' removed from {}", county, member.user(), group);
                }
            } else if (!staffDirectory.ensureMembershipIfKnown(member.user(), group)) {
                log.warn("County {}: user '{}' is not in the identity store; not added to {}", county, member.user(),
                        group);
            }
        }
        staffDirectory.allowReadingColleagues(county);
    }

    private static boolean sameRegions(CountyView registered, List<CountyRegion> declared) {
        return registered.regions().stream().map(region -> region.code() + "=" + region.name() + "="
                        + region.municipalities()).sorted().toList()
                .equals(declared.stream().map(region -> region.region().code() + "=" + region.region().name() + "="
                        + String.join(",", region.municipalities().stream().map(MunicipalityCode::value).toList()))
                        .sorted().toList());
    }
}
