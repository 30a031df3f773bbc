package no.samspill.service.provisioning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The staff language each provisioned municipality or county declared, read from its declaration and kept for a short while
 * (task names and forms ask for it often); another node's change is seen within {@link #FRESH_FOR}.
 */
@Component
public class DeclaredLanguages {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final JdbcTemplate database;
    private final Clock clock;
    private volatile Map<String, String> languages;
    private volatile Instant readAt = Instant.MIN;

    public DeclaredLanguages(JdbcTemplate database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Optional<String> of(String municipality) {
        if (languages == null || readAt.plus(FRESH_FOR).isBefore(clock.instant())) {
            languages = database.queryForList("select code, language from provisioning_declaration").stream()
                    .collect(Collectors.toUnmodifiableMap(row -> (String) row.get("code"),
                            row -> (String) row.get("language")));
            readAt = clock.instant();
        }
        return Optional.ofNullable(languages.get(municipality));
    }

    /** A declaration was applied here: read them again at the next question. */
    void forget() {
        languages = null;
    }
}
