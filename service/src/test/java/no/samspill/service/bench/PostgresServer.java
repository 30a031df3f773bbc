package no.samspill.service.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's PostgreSQL 17 server, configured as production would run it ({@code synchronous_commit=on}: an
 * answer of 201 waits for the commit to be on disk; the embedded default is off) and with pg_stat_statements, so
 * that the benchmark can count each database's commits and statements, and run pgbench on the same server.
 */
final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final JdbcTemplate admin;

    PostgresServer() throws IOException {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.max", "2000").start();
        admin = new JdbcTemplate(postgres.getPostgresDatabase());
        admin.execute("create extension if not exists pg_stat_statements");
    }

    /** A fresh database for one system under test; its JDBC URL. */
    String createDatabase(String name) {
        admin.execute("create database " + name);
        return postgres.getJdbcUrl("postgres", name);
    }

    JdbcTemplate jdbc(String database) {
        return new JdbcTemplate(postgres.getDatabase("postgres", database));
    }

    long commits(String database) {
        Long commits = admin.queryForObject("select xact_commit from pg_stat_database where datname = ?", Long.class,
                database);
        return commits == null ? 0 : commits;
    }

    void resetStatements() {
        admin.execute("select pg_stat_statements_reset()");
    }

    long statements(String database) {
        return statements(database, "%");
    }

    /** Statements since the last reset whose text is like {@code pattern} (SQL LIKE, case-insensitive). */
    long statements(String database, String pattern) {
        Long calls = admin.queryForObject("select coalesce(sum(s.calls), 0) from pg_stat_statements s join pg_database d"
                + " on d.oid = s.dbid where d.datname = ? and s.query ilike ?", Long.class, database, pattern);
        return calls == null ? 0 : calls;
    }

    /** The database's most frequent statements since the last reset: calls and the statement's start. */
    List<String> topStatements(String database, int count, int perItems) {
        return admin.query("select s.calls, regexp_replace(s.query, '\\s+', ' ', 'g') as query from pg_stat_statements s"
                        + " join pg_database d on d.oid = s.dbid where d.datname = ? order by s.calls desc limit ?",
                (row, index) -> String.format("%6.2f  %s", row.getLong("calls") / (double) perItems,
                        abbreviate(row.getString("query"), 110)), database, count);
    }

    /**
     * pgbench on this server with 8 clients for {@code seconds}: TPC-B-like transactions per second (pgbench's
     * default, 5 statements each) and single-insert commits per second (the raw commit rate).
     */
    List<String> pgbench(int seconds) throws Exception {
        createDatabase("pgbench");
        jdbc("pgbench").execute("create table commit_probe (id bigint)");
        Path oneInsert = Files.createTempFile("commit-probe", ".sql");
        Files.writeString(oneInsert, "insert into commit_probe values (1);\n");
        List<String> connection = List.of("-h", "127.0.0.1", "-p", Integer.toString(postgres.getPort()),
                "-U", "postgres");
        pgbenchRun(connection, List.of("-i", "-q", "-s", "10"));
        double tpcb = tps(pgbenchRun(connection, List.of("-c", "8", "-j", "2", "-T", Integer.toString(seconds))));
        double commits = tps(pgbenchRun(connection, List.of("-c", "8", "-j", "2", "-T", Integer.toString(seconds),
                "-f", oneInsert.toString())));
        return List.of(String.format("%.0f", commits), String.format("%.0f", tpcb));
    }

    private static String pgbenchRun(List<String> connection, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("pgbench"));
        command.addAll(connection);
        command.addAll(arguments);
        command.add("pgbench");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed: " + output);
        }
        return output;
    }

    private static double tps(String output) {
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench's output: " + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
