package no.samspill.service.inquiry;

import java.nio.file.Path;
import java.util.Map;
import no.samspill.service.support.RunningSamspill;
import no.samspill.service.webapps.WebappsInBrowserScenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file database, demo profile; here too the webapps in a real browser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InquiryLifecycleOnH2Test extends InquiryLifecycleScenarios implements WebappsInBrowserScenarios {

    private RunningSamspill samspill;

    @BeforeAll
    void start(@TempDir Path dataDirectory) {
        samspill = RunningSamspill.start("demo", withTokens(Map.of(
                "spring.datasource.url", "jdbc:h2:file:" + dataDirectory.resolve("samspill") + ";DB_CLOSE_ON_EXIT=FALSE")));
    }

    @AfterAll
    void stop() {
        samspill.close();
    }

    @Override
    public RunningSamspill samspill() {
        return samspill;
    }
}
