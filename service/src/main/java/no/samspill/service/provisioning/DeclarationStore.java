package no.samspill.service.provisioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/** The declarations as last applied, by code (a municipality's or a county's), with their staff language. */
@Component
class DeclarationStore {

    private static final Logger log = LoggerFactory.getLogger(DeclarationStore.class);

    private final JdbcTemplate database;
    private final TransactionTemplate transaction;
    private final DeclaredLanguages languages;
    private final ObjectMapper json;
    private final Clock clock;

    DeclarationStore(JdbcTemplate database, TransactionTemplate transaction, DeclaredLanguages languages,
                     ObjectMapper json, Clock clock) {
        this.database = database;
        this.transaction = transaction;
        this.languages = languages;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Makes what the declaration says ({@code make}, run again even when the declaration is the same: staff who
     * joined the identity store since become members) and records it, in one transaction; what that was.
     */
    <T> Provisioning.Outcome apply(String code, String kind, T declaration, String language, Class<T> type,
                                   Runnable make) {
        Optional<T> before = find(code, kind, type);
        boolean same = before.isPresent() && before.get().equals(declaration);
        transaction.executeWithoutResult(status -> {
            make.run();
            if (!same) {
                save(code, kind, declaration, language);
            }
        });
        if (same) {
            return Provisioning.Outcome.UNCHANGED;
        }
        languages.forget();
        log.info("{} {} {} from its declaration", kind, code, before.isPresent() ? "updated" : "provisioned");
        return before.isPresent() ? Provisioning.Outcome.CHANGED : Provisioning.Outcome.CREATED;
    }

    <T> Optional<T> find(String code, String kind, Class<T> type) {
        return database.queryForList("select declaration from provisioning_declaration where code = ? and kind = ?",
                String.class, code, kind).stream().findFirst().map(text -> read(text, type));
    }

    /** Records the declaration as applied now. */
    private void save(String code, String kind, Object declaration, String language) {
        String text = write(declaration);
        Timestamp now = Timestamp.from(clock.instant());
        if (database.update("update provisioning_declaration set declaration = ?, language = ?, applied_at = ? "
                + "where code = ? and kind = ?", text, language, now, code, kind) == 0) {
            database.update("insert into provisioning_declaration (code, kind, declaration, language, applied_at) "
                    + "values (?, ?, ?, ?, ?)", code, kind, text, language, now);
        }
    }

    private String write(Object declaration) {
        try {
            return json.writeValueAsString(declaration);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored declaration cannot be read", e);
        }
    }
}
