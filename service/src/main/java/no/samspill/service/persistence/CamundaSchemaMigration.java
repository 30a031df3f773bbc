package no.samspill.service.persistence;

import java.sql.Connection;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 1: Camunda 7.24's own create scripts, read from the engine jar for the database at hand, so the
 * schema matches the engine exactly and no copy of them lives in this repository. Later engine upgrades add
 * migrations that run Camunda's upgrade scripts ({@code org/camunda/bpm/engine/db/upgrade}).
 */
@Component
public class CamundaSchemaMigration implements JavaMigration {

    private static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine",
            "case.history", "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String database = camundaDatabaseType(connection.getMetaData().getDatabaseProductName());
        for (String component : COMPONENTS) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(
                    "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql"));
        }
    }

    private static String camundaDatabaseType(String productName) {
        return switch (productName) {
            case "H2" -> "h2";
            case "PostgreSQL" -> "postgres";
            default -> throw new IllegalStateException("Samspill runs on H2 or PostgreSQL, not " + productName);
        };
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1");
    }

    @Override
    public String getDescription() {
        return "Camunda 7.24 schema";
    }

    @Override
    public Integer getChecksum() {
        return 724;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
