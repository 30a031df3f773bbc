package no.samspill.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which URLs get H2's write-at-commit (H2 files) and its larger statement cache (every embedded H2), unless they say
 * otherwise; never another database.
 */
class H2SettingsTest {

    @Test
    void an_h2_file_database_writes_at_commit_and_keeps_its_parsed_statements_unless_its_url_says_otherwise() {
        assertThat(H2Settings.tuned("jdbc:h2:file:./data/samspill;DB_CLOSE_ON_EXIT=FALSE"))
                .isEqualTo("jdbc:h2:file:./data/samspill;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=256");
        assertThat(H2Settings.tuned("jdbc:h2:./data/samspill"))
                .isEqualTo("jdbc:h2:./data/samspill;WRITE_DELAY=0;QUERY_CACHE_SIZE=256");
        assertThat(H2Settings.tuned("jdbc:h2:file:/x;write_delay=500;query_cache_size=8"))
                .isEqualTo("jdbc:h2:file:/x;write_delay=500;query_cache_size=8");
        assertThat(H2Settings.tuned("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test;QUERY_CACHE_SIZE=256");
        assertThat(H2Settings.tuned("jdbc:h2:tcp://db/samspill")).isEqualTo("jdbc:h2:tcp://db/samspill");
        assertThat(H2Settings.tuned("jdbc:postgresql://db/samspill")).isEqualTo("jdbc:postgresql://db/samspill");
    }
}
