package no.samspill.service.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The production profile refuses to start unless it is safe, before anything is created: the first administrator
 * comes from configuration (so that Camunda's first-run page, which lets the first visitor make themselves
 * administrator, is never needed; it is closed anyway, see SecurityConfiguration), the personal-data master key is
 * the municipality's own, and neither the demo nor its passwords are on. Each missing or unsafe setting is named.
 */
public class ProductionSettings implements EnvironmentPostProcessor {

    /** The demo profile's master key, public in this repository (application-demo.yaml). */
    static final String DEMO_MASTER_KEY = "c2Ftc3BpbGwtZGVtby1vbmx5LWtleS0zMmJ5dGVzISE=";
    static final int SHORTEST_ADMIN_PASSWORD = 12;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("production")) {
            return;
        }
        List<String> unsafe = unsafeSettings(environment);
        if (!unsafe.isEmpty()) {
            throw new IllegalStateException("Samspill will not start in production until these are set right:\n  - "
                    + String.join("\n  - ", unsafe));
        }
    }

    /** Camunda's password policy (on in production) and then some: it would refuse a weaker first administrator. */
    static boolean strong(String password) {
        return password.length() >= SHORTEST_ADMIN_PASSWORD && password.chars().anyMatch(Character::isUpperCase)
                && password.chars().anyMatch(Character::isLowerCase) && password.chars().anyMatch(Character::isDigit)
                && password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
    }

    static List<String> unsafeSettings(ConfigurableEnvironment environment) {
        List<String> unsafe = new ArrayList<>();
        if (Arrays.asList(environment.getActiveProfiles()).contains("demo")
                || environment.getProperty("samspill.demo.enabled", Boolean.class, false)) {
            unsafe.add("the demo is on (profile demo or samspill.demo.enabled): its users and clients share the "
                    + "public password 'demo'");
        }
        String adminId = environment.getProperty("camunda.bpm.admin-user.id");
        String adminPassword = environment.getProperty("camunda.bpm.admin-user.password");
        if (adminId == null || adminId.isBlank()) {
            unsafe.add("SAMSPILL_ADMIN_USER (camunda.bpm.admin-user.id): the first administrator's user name");
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            unsafe.add("SAMSPILL_ADMIN_PASSWORD (camunda.bpm.admin-user.password): the first administrator's password");
        } else if (!strong(adminPassword)) {
            unsafe.add("SAMSPILL_ADMIN_PASSWORD: at least " + SHORTEST_ADMIN_PASSWORD + " characters, with upper and "
                    + "lower case letters, a digit and a special character (the staff password policy)");
        }
        String masterKey = environment.getProperty("samspill.personal-data.master-key");
        if (masterKey == null || masterKey.isBlank()) {
            unsafe.add("SAMSPILL_PERSONAL_DATA_MASTER_KEY (samspill.personal-data.master-key): base64 of 32 random "
                    + "bytes, e.g. `openssl rand -base64 32`");
        } else if (DEMO_MASTER_KEY.equals(masterKey.trim())) {
            unsafe.add("SAMSPILL_PERSONAL_DATA_MASTER_KEY is the demo's public key; make the municipality's own");
        }
        String ledger = environment.getProperty("samspill.personal-data.erasure-ledger");
        if (ledger == null || ledger.isBlank() || !java.nio.file.Path.of(ledger.trim()).isAbsolute()) {
            unsafe.add("SAMSPILL_PERSONAL_DATA_ERASURE_LEDGER (samspill.personal-data.erasure-ledger): the absolute "
                    + "path of a folder apart from the database and its backups, shared by all nodes, where every "
                    + "erasure is recorded so that a restored backup cannot bring an erased citizen back "
                    + "(docs/backup-and-restore.md)");
        }
        return unsafe;
    }
}
