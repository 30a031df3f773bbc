package no.samspill.service.webhook;

import java.util.List;
import java.util.Optional;
import no.samspill.service.personaldata.PersonalDataCipher;
import no.samspill.service.security.ClientPermission;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each case-system client's webhook: where to send, and the secret that signs what is sent. The secret must be
 * readable to sign with, so it is sealed with the service's key (as personal data is), never stored in clear.
 */
@Component
public class WebhookSubscriptions {

    /** A client's webhook, with its secret opened for signing. */
    public record Subscription(String clientId, String url, String secret) {
    }

    private final JdbcTemplate database;
    private final PersonalDataCipher cipher;

    public WebhookSubscriptions(JdbcTemplate database, PersonalDataCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    public void subscribe(String clientId, String url, String secret) {
        byte[] sealed = cipher.seal(secret, belongsTo(clientId));
        if (database.update("update webhook_subscription set url = ?, secret_sealed = ? where client_id = ?",
                url, sealed, clientId) == 0) {
            database.update("insert into webhook_subscription (client_id, url, secret_sealed) values (?, ?, ?)",
                    clientId, url, sealed);
        }
    }

    public boolean unsubscribe(String clientId) {
        return database.update("delete from webhook_subscription where client_id = ?", clientId) > 0;
    }

    /**
     * The clients of {@code municipality} that have a webhook and may read what it tells ({@code permission}): a
     * client that may only read analytics hears nothing of single inquiries.
     */
    public List<String> subscribersOf(String municipality, ClientPermission permission) {
        return database.query("select s.client_id, c.permissions from webhook_subscription s join case_system_client c "
                        + "on c.client_id = s.client_id where c.municipality = ? order by s.client_id",
                (row, n) -> List.of(row.getString(2).split(" ")).contains(permission.code()) ? row.getString(1) : null,
                municipality).stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Every subscribed case system of the municipality, whatever its permissions. */
    public List<String> subscribersOf(String municipality) {
        return database.queryForList("select s.client_id from webhook_subscription s join case_system_client c "
                + "on c.client_id = s.client_id where c.municipality = ? order by s.client_id", String.class,
                municipality);
    }

    public Optional<Subscription> of(String clientId) {
        return database.query("select client_id, url, secret_sealed from webhook_subscription where client_id = ?",
                (row, n) -> new Subscription(row.getString("client_id"), row.getString("url"),
                        cipher.open(row.getBytes("secret_sealed"), belongsTo(row.getString("client_id")))),
                clientId).stream().findFirst();
    }

    /** The url only, for administrators' listings. */
    public Optional<String> urlOf(String clientId) {
        return database.queryForList("select url from webhook_subscription where client_id = ?", String.class,
                clientId).stream().findFirst();
    }

    private static String belongsTo(String clientId) {
        return "webhook:" + clientId;
    }
}
