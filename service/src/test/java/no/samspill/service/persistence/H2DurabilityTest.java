package no.samspill.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which URLs get H2's write-at-commit: H2 files, unless they say otherwise; never another database. */
class H2DurabilityTest {

    @Test
    void an_h2_file_database_writes_at_commit_unless_its_url_says_otherwise() {
        assertThat(H2Durability.durable("jdbc:h2:file:./data/samspill;DB_CLOSE_ON_EXIT=FALSE"))
                .isEqualTo("jdbc:h2:file:./data/samspill;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        assertThat(H2Durability.durable("jdbc:h2:./data/samspill")).isEqualTo("jdbc:h2:./data/samspill;WRITE_DELAY=0");
        assertThat(H2Durability.durable("jdbc:h2:file:/x;write_delay=500")).isEqualTo("jdbc:h2:file:/x;write_delay=500");
        assertThat(H2Durability.durable("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(H2Durability.durable("jdbc:postgresql://db/samspill")).isEqualTo("jdbc:postgresql://db/samspill");
    }
}
