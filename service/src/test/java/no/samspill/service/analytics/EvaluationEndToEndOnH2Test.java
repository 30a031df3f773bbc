package no.samspill.service.analytics;

import java.nio.file.Path;
import java.util.Map;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator's figures end to end on a fresh embedded default (H2 file database), nothing else in it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationEndToEndOnH2Test implements EvaluationEndToEndScenarios {

    private RunningSamspill samspill;

    @BeforeAll
    void start(@TempDir Path dataDirectory) {
        samspill = RunningSamspill.start("demo", Map.of("spring.datasource.url",
                "jdbc:h2:file:" + dataDirectory.resolve("samspill") + ";DB_CLOSE_ON_EXIT=FALSE"));
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
