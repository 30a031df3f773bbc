package no.samspill.service.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The embedded default writes each commit to its file before it answers. H2 keeps committed transactions in memory
 * for up to half a second by default ({@code WRITE_DELAY=500}); a JVM killed in that moment lost inquiries its
 * callers had been answered 201 for (KilledOnH2IT: 60 lost over five kills of a few hundred accepted; none with
 * the delay off).
 * So every H2 file database gets {@code WRITE_DELAY=0} unless its URL sets a delay itself (a benchmark comparing the
 * two). PostgreSQL is durable at commit as it is.
 */
@Component
public class H2Durability implements BeanPostProcessor {

    static final String WRITE_AT_COMMIT = ";WRITE_DELAY=0";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            pool.setJdbcUrl(durable(pool.getJdbcUrl()));
        }
        return bean;
    }

    static String durable(String url) {
        // jdbc:h2:file:… or jdbc:h2:<path>; not in memory, not another process's server
        boolean h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
        if (!h2File || url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY=")) {
            return url;
        }
        return url + WRITE_AT_COMMIT;
    }
}
