package no.samspill.service.personaldata;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samspill.personal-data.*}: the master key that seals citizens' identifiers and staff's notes (base64 of 32
 * random bytes, from the environment in production), how long they are kept after an inquiry ends, and when the
 * retention job runs (a cron expression), and the folder of the erasure ledger: the record of every erasure, kept
 * apart from the database and its backups so that a restored backup cannot bring an erased citizen back (ADR 0005).
 */
@ConfigurationProperties(prefix = "samspill.personal-data")
public record PersonalDataProperties(String masterKey,
                                     @DefaultValue("P365D") Duration retention,
                                     @DefaultValue("0 30 2 * * *") String retentionSchedule,
                                     @DefaultValue("./erasures") Path erasureLedger) {
}
