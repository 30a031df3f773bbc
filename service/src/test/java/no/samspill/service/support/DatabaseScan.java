package no.samspill.service.support;

import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Looks for a text in every column of every table of the application's database, binary columns read as UTF-8. */
public final class DatabaseScan {

    private DatabaseScan() {
    }

    /** The {@code table.column} places where any of the texts occurs. */
    public static List<String> placesOf(JdbcTemplate database, String... texts) {
        List<String> places = new ArrayList<>();
        for (String table : tables(database)) {
            for (Map<String, Object> row : database.queryForList("select * from \"" + table + "\"")) {
                row.forEach((column, value) -> {
                    String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                            : String.valueOf(value);
                    for (String wanted : texts) {
                        if (text.contains(wanted)) {
                            places.add(table + "." + column);
                        }
                    }
                });
            }
        }
        return places;
    }

    /** Every table of the application's schema (Flyway's, Axon's, Camunda's and Samspill's own). */
    public static List<String> tables(JdbcTemplate database) {
        return database.execute((java.sql.Connection connection) -> {
            List<String> tables = new ArrayList<>();
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet found = metaData.getTables(null, connection.getSchema(), "%", null)) {
                while (found.next()) {
                    String type = found.getString("TABLE_TYPE");
                    if (type.equals("TABLE") || type.equals("BASE TABLE")) {
                        tables.add(found.getString("TABLE_NAME"));
                    }
                }
            }
            return tables;
        });
    }
}
