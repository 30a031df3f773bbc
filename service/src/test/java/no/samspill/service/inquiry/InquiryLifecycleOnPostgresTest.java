package no.samspill.service.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same scenarios on a real PostgreSQL 17 server (embedded binaries from Maven Central), with the postgres
 * profile and Spring's standard connection settings. The application stops before the server does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InquiryLifecycleOnPostgresTest extends InquiryLifecycleScenarios {

    private EmbeddedPostgres postgres;
    private RunningSamspill samspill;

    @BeforeAll
    void start() throws IOException {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        samspill = RunningSamspill.start("demo,postgres", withTokens(Map.of(
                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres")));
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

    @Test
    void events_are_stored_as_bytea_never_as_large_objects() {
        register("events");
        assertThat(samspill.database().queryForObject(
                "select data_type from information_schema.columns where table_name = 'domain_event_entry' and column_name = 'payload'",
                String.class)).isEqualTo("bytea");
        assertThat(samspill.database().queryForObject("select count(*) from pg_largeobject_metadata", Long.class))
                .isZero();
    }
}
