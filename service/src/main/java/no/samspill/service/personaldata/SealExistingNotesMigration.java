package no.samspill.service.personaldata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 8: seals the notes written before V7 with the master key, then drops the clear column, so that no
 * note is lost and none stays in clear.
 */
@Component
public class SealExistingNotesMigration implements JavaMigration {

    private final PersonalDataCipher cipher;

    public SealExistingNotesMigration(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             ResultSet notes = select.executeQuery("select id, inquiry_id, note from inquiry_note");
             PreparedStatement seal = connection.prepareStatement("update inquiry_note set sealed_note = ? where id = ?")) {
            while (notes.next()) {
                seal.setBytes(1, cipher.seal(notes.getString("note"), PersonalDataStore.noteOf(notes.getString("inquiry_id"))));
                seal.setString(2, notes.getString("id"));
                seal.executeUpdate();
            }
        }
        try (Statement alter = connection.createStatement()) {
            alter.execute("alter table inquiry_note drop column note");
            alter.execute("alter table inquiry_note alter column sealed_note set not null");
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8");
    }

    @Override
    public String getDescription() {
        return "seal existing notes";
    }

    @Override
    public Integer getChecksum() {
        return 8;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
