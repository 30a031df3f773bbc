package no.samspill.service.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samspill.service.SamspillApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application, started as {@code java -jar} would start it, on a random port; stoppable and restartable. */
public final class RunningSamspill implements AutoCloseable {

    private final Map<String, Object> properties;
    private final String profiles;
    private ConfigurableApplicationContext context;

    private RunningSamspill(String profiles, Map<String, Object> properties) {
        this.profiles = profiles;
        this.properties = properties;
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
        context = SamspillApplication.application().run(args.toArray(String[]::new));
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
