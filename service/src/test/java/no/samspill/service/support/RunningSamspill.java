package no.samspill.service.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.service.SamspillApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application, started as {@code java -jar} would start it, on a random port; stoppable and restartable. */
public final class RunningSamspill implements AutoCloseable {

    public static final String ERASURE_LEDGER = "samspill.personal-data.erasure-ledger";

    private final Map<String, Object> properties;
    private final String profiles;
    private ConfigurableApplicationContext context;

    private RunningSamspill(String profiles, Map<String, Object> properties) {
        this.profiles = profiles;
        this.properties = withOwnErasureLedger(properties);
    }

    /**
     * Each instance keeps its erasure ledger in a folder of its own (kept across {@link #restart()}), unless a test
     * names one: a ledger shared by tests would carry one test's erasures into another's database.
     */
    private static Map<String, Object> withOwnErasureLedger(Map<String, Object> properties) {
        if (properties.containsKey(ERASURE_LEDGER)) {
            return properties;
        }
        Map<String, Object> withLedger = new LinkedHashMap<>(properties);
        withLedger.put(ERASURE_LEDGER, newErasureLedger());
        return withLedger;
    }

    /** A fresh, empty folder for an erasure ledger of a test's own. */
    static Path newErasureLedger() {
        try {
            return Files.createTempDirectory("samspill-erasures-");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Starts Samspill with the given profiles and settings (e.g. the datasource) plus a random port. */
    public static RunningSamspill start(String profiles, Map<String, Object> properties) {
        RunningSamspill samspill = new RunningSamspill(profiles, properties);
        samspill.startContext();
        return samspill;
    }

    private void startContext() {
        List<String> args = new ArrayList<>();
        if (!properties.containsKey("server.port")) {
            args.add("--server.port=0");
        }
        args.add("--spring.profiles.active=" + profiles);
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        forgetEarlierWebappContexts();
        context = SamspillApplication.application().run(args.toArray(String[]::new));
    }

    /**
     * Camunda's webapp filters find their Spring context through static fields of LazyInitRegistration, cleared
     * only when a context closes. A start that failed part-way (ProductionStartTest refuses some on purpose) leaves
     * them pointing at its never-refreshed context, and the next application in this JVM then fails to start its
     * web server. One application per JVM, as in production, never meets this; the tests start many.
     */
    private static void forgetEarlierWebappContexts() {
        try {
            Class<?> registration = Class.forName(
                    "org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration");
            java.lang.reflect.Field context = registration.getDeclaredField("APPLICATION_CONTEXT");
            context.setAccessible(true);
            context.set(null, null);
            java.lang.reflect.Field filters = registration.getDeclaredField("REGISTRATION");
            filters.setAccessible(true);
            ((java.util.Set<?>) filters.get(null)).clear();
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException("Camunda's LazyInitRegistration changed", unexpected);
        }
    }

    /** Stops the application and starts it again on the same database. */
    public void restart() {
        context.close();
        startContext();
    }

    public String baseUrl() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public JdbcTemplate database() {
        return context.getBean(JdbcTemplate.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
