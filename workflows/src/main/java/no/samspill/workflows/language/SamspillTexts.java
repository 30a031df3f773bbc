package no.samspill.workflows.language;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Samspill's staff-facing texts in nynorsk and Danish, keyed by the bokmål text the BPMN files carry (as gettext
 * keys by the source text), so that the diagrams stay readable in Cockpit and Modeler. Files: texts/nn.json and
 * texts/da.json beside the processes; a test checks that every text of every process is there.
 */
public final class SamspillTexts {

    private final Map<String, Map<String, String>> byLanguage;
    /** The texts code shows staff, by key (texts/ui.json): bokmål, translated like the processes' texts. */
    private final Map<String, String> ui;

    private SamspillTexts(Map<String, Map<String, String>> byLanguage, Map<String, String> ui) {
        this.byLanguage = byLanguage;
        this.ui = ui;
    }

    public static SamspillTexts load() {
        return new SamspillTexts(Map.of(StaffLanguage.NYNORSK, read("texts/nn.json"),
                StaffLanguage.DANISH, read("texts/da.json")), read("texts/ui.json"));
    }

    /**
     * A text code shows staff, by its key in texts/ui.json (e.g. {@code service.passport}), in the language, with
     * {@code {0}}, {@code {1}}, … replaced by the arguments; the key itself where there is no such text.
     */
    public String ui(String language, String key, Object... arguments) {
        String text = in(language, ui.getOrDefault(key, key));
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** A code's label ({@code kind.code} in texts/ui.json), or the code itself where it has none. */
    public String label(String language, String kind, String code) {
        return code == null ? null : ui.containsKey(kind + "." + code) ? ui(language, kind + "." + code) : code;
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = SamspillTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() { });
        } catch (IOException failed) {
            throw new UncheckedIOException(resource + " could not be read", failed);
        }
    }

    /** The text in the language; bokmål as it is, and any text without a translation stays bokmål. */
    public String in(String language, String bokmal) {
        if (bokmal == null) {
            return null;
        }
        return byLanguage.getOrDefault(language, Map.of()).getOrDefault(bokmal, bokmal);
    }

    /** Whether the language has this text (bokmål has every text). */
    public boolean has(String language, String bokmal) {
        return StaffLanguage.BOKMAL.equals(language) || byLanguage.getOrDefault(language, Map.of()).containsKey(bokmal);
    }
}
