package no.samspill.service.analytics;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The evaluator's figures end to end on a fresh Samspill on a real PostgreSQL server, nothing else in it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationEndToEndOnPostgresTest implements EvaluationEndToEndScenarios {

    private EmbeddedPostgres postgres;
    private RunningSamspill samspill;

    @BeforeAll
    void start() throws IOException {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        samspill = RunningSamspill.start("demo,postgres", Map.of(
                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres"));
    }

    @AfterAll
    void stop() throws IOException {
        samspill.close();
        postgres.close();
    }

    @Override
    public RunningSamspill samspill() {
        return samspill;
    }
}
