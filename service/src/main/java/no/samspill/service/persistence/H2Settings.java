package no.samspill.service.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Two settings of the embedded default's H2, added to its URL unless the URL sets them itself (a benchmark comparing
 * them):
 * <ul>
 *   <li>{@code WRITE_DELAY=0}: each commit is written to the file before it answers. H2 keeps committed transactions
 *   in memory for up to half a second by default; a JVM killed in that moment lost inquiries its callers had been
 *   answered 201 for (KilledOnH2IT: 60 lost over five kills of a few hundred accepted; none with the delay off).
 *   File databases only.</li>
 *   <li>{@code QUERY_CACHE_SIZE=256}: H2 parses a statement again unless it is among the last 8 its connection ran;
 *   Camunda's and Axon's few hundred statements missed that cache, and parsing was 13 % of the request threads' CPU
 *   in a profile of full lives on H2 (docs/benchmarks.md).</li>
 * </ul>
 * PostgreSQL is durable at commit and keeps its own plans; its URL is left alone.
 */
@Component
public class H2Settings implements BeanPostProcessor {

    static final String WRITE_AT_COMMIT = ";WRITE_DELAY=0";
    static final String QUERY_CACHE = ";QUERY_CACHE_SIZE=256";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            pool.setJdbcUrl(tuned(pool.getJdbcUrl()));
        }
        return bean;
    }

    static String tuned(String url) {
        // embedded (jdbc:h2:file:…, jdbc:h2:<path>, jdbc:h2:mem:…), not another process's server
        boolean embedded = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
        if (!embedded) {
            return url;
        }
        String settings = url.toUpperCase(Locale.ROOT);
        String tuned = url;
        if (!url.startsWith("jdbc:h2:mem:") && !settings.contains("WRITE_DELAY=")) {
            tuned += WRITE_AT_COMMIT;
        }
        if (!settings.contains("QUERY_CACHE_SIZE=")) {
            tuned += QUERY_CACHE;
        }
        return tuned;
    }
}
