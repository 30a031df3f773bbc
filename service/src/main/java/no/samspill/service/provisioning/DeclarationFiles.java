package no.samspill.service.provisioning;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.service.api.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Declarations applied at every start from the files {@code samspill.provisioning.files} names (YAML or JSON:
 * {@code municipalities: {NO-3118: {name: …, language: …, servicePoints: […], staff: […]}}}, and {@code counties:
 * {NO-55: {name: …, language: …, regions: […], staff: […]}}}). A file that does not
 * apply stops the start, naming the municipality and the entry: a half-provisioned municipality is worse than none.
 */
@Component
public class DeclarationFiles {

    private static final Logger log = LoggerFactory.getLogger(DeclarationFiles.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** A file's content: municipalities and counties by code. */
    record Declarations(Map<String, MunicipalityDeclaration> municipalities, Map<String, CountyDeclaration> counties) {
    }

    private final Provisioning provisioning;
    private final CountyProvisioning counties;
    private final ResourceLoader resources;
    private final List<String> files;

    public DeclarationFiles(Provisioning provisioning, CountyProvisioning counties, ResourceLoader resources,
                            @Value("${samspill.provisioning.files:}") List<String> files) {
        this.provisioning = provisioning;
        this.counties = counties;
        this.resources = resources;
        this.files = files;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1) // after the demo's own setup, before what needs the service points
    public void applyAll() {
        for (String file : files) {
            if (!file.isBlank()) {
                apply(file.trim());
            }
        }
    }

    private static void apply(String location, String kind, String code,
                              java.util.function.Supplier<Provisioning.Outcome> applying) {
        try {
            log.info("{}: {} {} {}", location, kind, code, applying.get().name().toLowerCase());
        } catch (InvalidInput refused) {
            throw new IllegalStateException(location + ": " + kind + " " + code + ": " + refused.getMessage(), refused);
        }
    }

    /** Applies every municipality and county the file declares, in its order; a refused one stops the start. */
    public void apply(String location) {
        Resource file = resources.getResource(location);
        Declarations declarations;
        try (InputStream in = file.getInputStream()) {
            declarations = YAML.readValue(in, new TypeReference<Declarations>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the declarations in " + location + ": " + e.getMessage(), e);
        }
        Map<String, MunicipalityDeclaration> municipalities = declarations.municipalities() == null
                ? Map.of() : new LinkedHashMap<>(declarations.municipalities());
        municipalities.forEach((code, declaration) -> apply(location, "municipality", code, () ->
                provisioning.apply(InvalidInput.parse("municipality", code, MunicipalityCode::new), declaration)));
        if (declarations.counties() != null) {
            new LinkedHashMap<>(declarations.counties()).forEach((code, declaration) -> apply(location, "county", code,
                    () -> counties.apply(InvalidInput.parse("county", code, MunicipalityCode::new), declaration)));
        }
    }
}
