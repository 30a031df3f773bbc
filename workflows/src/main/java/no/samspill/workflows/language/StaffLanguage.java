package no.samspill.workflows.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which language Samspill's own texts (task names, form labels and choices) speak: the staff member's browser
 * language when Samspill has it (the same choice the webapps make), else the municipality's default. A Danish
 * municipality defaults to Danish, a Norwegian one to bokmål; the language a municipality declared when it was
 * provisioned, or {@code overrides} in the configuration, sets another default (e.g. a nynorsk municipality).
 */
public final class StaffLanguage {

    public static final String BOKMAL = "nb";
    public static final String NYNORSK = "nn";
    public static final String DANISH = "da";
    private static final List<String> SPOKEN = List.of(BOKMAL, NYNORSK, DANISH);

    private final Map<String, String> overrides;
    private final Function<String, Optional<String>> declared;
    private final Supplier<List<Locale>> browserLanguages;

    /** Whether Samspill's texts speak this language (nb, nn, da). */
    public static boolean speaks(String language) {
        return SPOKEN.contains(language);
    }

    /** {@code browserLanguages}: the current request's Accept-Language, best first (empty outside a request). */
    public StaffLanguage(Map<String, String> overrides, Supplier<List<Locale>> browserLanguages) {
        this(overrides, municipality -> Optional.empty(), browserLanguages);
    }

    /** {@code declared}: the language a municipality declared when it was provisioned, if it was. */
    public StaffLanguage(Map<String, String> overrides, Function<String, Optional<String>> declared,
                         Supplier<List<Locale>> browserLanguages) {
        overrides.forEach((municipality, language) -> {
            if (!SPOKEN.contains(language)) {
                throw new IllegalArgumentException("municipality " + municipality + ": language '" + language
                        + "' is not one of " + SPOKEN);
            }
        });
        this.overrides = Map.copyOf(overrides);
        this.declared = declared;
        this.browserLanguages = browserLanguages;
    }

    /** The municipality's default: its own setting, else by country. */
    public String ofMunicipality(String municipality) {
        if (municipality == null) {
            return BOKMAL;
        }
        String configured = overrides.get(municipality);
        if (configured != null) {
            return configured;
        }
        return declared.apply(municipality).filter(SPOKEN::contains)
                .orElse(municipality.startsWith("DK-") ? DANISH : BOKMAL);
    }

    /** For a page a staff member is looking at now: their browser's language if Samspill speaks it. */
    public String forViewer(String municipality) {
        return browser().orElseGet(() -> ofMunicipality(municipality));
    }

    private Optional<String> browser() {
        for (Locale locale : browserLanguages.get()) {
            String language = "no".equals(locale.getLanguage()) ? BOKMAL : locale.getLanguage();
            if (SPOKEN.contains(language)) {
                return Optional.of(language);
            }
            if ("en".equals(language)) {
                return Optional.empty(); // Samspill's texts have no English: the municipality's language serves
            }
        }
        return Optional.empty();
    }
}
