package no.samspill.service.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Samspill's locale files for Camunda's webapps are complete: every key of Camunda's own English file of the same
 * version (read from the webjar on the classpath) is there, and nothing else, so an engine upgrade that adds strings
 * fails here at once. Each language the webapp's config.js offers has its file.
 */
class WebappLocalesTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"tasklist, nb", "tasklist, nn", "tasklist, da", "welcome, nb", "welcome, nn", "welcome, da",
            "cockpit, nb", "cockpit, da", "admin, nb", "admin, da"})
    void every_key_of_camundas_english_file_is_translated(String app, String language) throws IOException {
        JsonNode english = read(APPS + app + "/locales/en.json");
        JsonNode translated = read(APPS + app + "/locales/" + language + ".json");

        assertThat(keys(translated.get("labels"), "")).containsExactlyInAnyOrderElementsOf(keys(english.get("labels"), ""));
        if (english.has("dateLocales")) {
            assertThat(keys(translated.get("dateLocales"), "")).containsExactlyInAnyOrderElementsOf(
                    keys(english.get("dateLocales"), ""));
        }
        assertThat(translated.get("labels").properties())
                .filteredOn(label -> !english.get("labels").get(label.getKey()).asText().isBlank())
                .allSatisfy(label -> assertThat(label.getValue().asText()).as(label.getKey()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"tasklist | nb,nn,da,en", "welcome | nb,nn,da,en", "cockpit | nb,da,en",
            "admin | nb,da,en"})
    void the_webapp_offers_exactly_the_languages_it_has_files_for(String app, String languages) throws IOException {
        String config = text(APPS + app + "/scripts/config.js");
        String offered = "availableLocales: ['" + String.join("', '", languages.split(",")) + "']";

        assertThat(config).contains(offered).contains("fallbackLocale: 'nb'");
        for (String language : languages.split(",")) {
            assertThat(resource(APPS + app + "/locales/" + language + ".json")).as(language).isNotNull();
        }
    }

    private static List<String> keys(JsonNode node, String prefix) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode child = node.get(name);
            keys.add(prefix + name);
            if (child.isObject()) {
                keys.addAll(keys(child, prefix + name + "."));
            }
        }
        return keys;
    }

    private static JsonNode read(String path) throws IOException {
        // Camunda's own files start with a byte-order mark, which Jackson does not skip
        return JSON.readTree(text(path).replace("\uFEFF", ""));
    }

    private static String text(String path) throws IOException {
        try (InputStream in = resource(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String path) {
        return WebappLocalesTest.class.getClassLoader().getResourceAsStream(path);
    }
}
