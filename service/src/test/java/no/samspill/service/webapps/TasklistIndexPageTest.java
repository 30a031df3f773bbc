package no.samspill.service.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Samspill's Tasklist page is Camunda's own with one attribute added, which leaves Camunda's History tab out for
 * Samspill's (scripts/task-history.js). When a Camunda upgrade changes its page, this fails: copy the new page and
 * add the attribute again.
 */
class TasklistIndexPageTest {

    private static final String PAGE = "META-INF/resources/webjars/camunda/app/tasklist/index.html";
    private static final String EXCLUSION = "\n        cam-exclude-plugins=\"tasklist.task.detail:task-detail-history\"";

    @Test
    void samspills_tasklist_page_is_camundas_with_its_history_tab_left_out() throws IOException {
        List<URL> pages = Collections.list(getClass().getClassLoader().getResources(PAGE));
        URL samspills = pages.stream().filter(url -> !url.toString().contains("camunda-webapp-webjar")).findFirst()
                .orElseThrow();
        URL camundas = pages.stream().filter(url -> url.toString().contains("camunda-webapp-webjar")).findFirst()
                .orElseThrow();
        String ours = read(samspills);

        assertThat(ours).contains(EXCLUSION);
        assertThat(ours.replace(EXCLUSION, "")).isEqualTo(read(camundas));
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
