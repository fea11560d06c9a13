package org.neiqin.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.neiqin.testing.Database;

/**
 * The database a benchmark's Neiqin home stores in: the embedded Derby in its data directory (the
 * default), or, when {@code .ci/postgres} runs the benchmark ({@code NEIQIN_DB=postgresql}), a fresh
 * PostgreSQL database of its own on that server, configured as the README's "Running on PostgreSQL"
 * says. The raw-JDBC reference and the generated data use the same database.
 */
final class BenchDb {
    private final Path home;
    private final Database.Target pg;

    private BenchDb(Path home, Database.Target pg) {
        this.home = home;
        this.pg = pg;
    }

    /** @return whether the benchmark runs on PostgreSQL */
    static boolean postgres() {
        return Database.postgres();
    }

    /** The database of a freshly unpacked home: on PostgreSQL a new one, and the home configured for it. */
    static BenchDb forHome(KarafProcess k) throws IOException {
        if (!postgres()) {
            return new BenchDb(k.home(), null);
        }
        Database.Target db = Database.fresh();
        k.node().usePostgresql(db);
        return new BenchDb(k.home(), db);
    }

    /** Points another fresh home at this same database (a second node). */
    void alsoFor(KarafProcess k) throws IOException {
        if (pg == null) {
            throw new IllegalStateException("several nodes need PostgreSQL");
        }
        k.node().usePostgresql(pg);
    }

    /** @return the database of {@code home} as {@link #forHome} left it, for a home that is not new */
    static BenchDb of(KarafProcess k) throws IOException {
        if (!postgres()) {
            return new BenchDb(k.home(), null);
        }
        String url = null;
        String user = null;
        String password = null;
        for (String line : Files.readAllLines(k.home().resolve("etc/org.ops4j.datasource-neiqin.cfg"))) {
            String[] kv = line.split("=", 2);
            if (kv.length == 2) {
                switch (kv[0].trim()) {
                    case "url": url = kv[1].trim(); break;
                    case "user": user = kv[1].trim(); break;
                    case "password": password = kv[1].trim(); break;
                    default: break;
                }
            }
        }
        return new BenchDb(k.home(), new Database.Target(url, user, password));
    }

    boolean isPostgres() {
        return pg != null;
    }

    /** @return a connection (Karaf stopped, for Derby: the embedded database is then opened here) */
    Connection connect() throws SQLException {
        return pg == null ? Generator.connect(derbyUrl()) : Database.connect(pg.url(), pg.user(), pg.password());
    }

    /** Lets go of the database after {@link #connect()}: Derby's embedded engine shuts it down. */
    void release() {
        if (pg == null) {
            Generator.shutdown(derbyUrl());
        }
    }

    private String derbyUrl() {
        return "jdbc:derby:" + home.resolve("data/neiqin/derby");
    }

    /** @return the database as the figures name it */
    String describe() {
        return pg == null ? "embedded Derby 10.14 (data/neiqin/derby)" : "PostgreSQL at " + pg.url();
    }

    /**
     * pgbench's rate of single-row inserts, each its own transaction, into a table of this database,
     * from one client for {@code seconds}: a second reference beside the raw-JDBC one.
     *
     * @return inserts per second, or -1 when pgbench is not installed
     */
    double pgbenchInserts(int seconds) throws IOException, InterruptedException, SQLException {
        try (Connection c = connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE BENCH_PGBENCH (ID BIGSERIAL PRIMARY KEY, PAYLOAD VARCHAR(200))");
        }
        Path script = Files.createTempFile("neiqin-pgbench", ".sql");
        Files.writeString(script, "INSERT INTO BENCH_PGBENCH (PAYLOAD) VALUES ('raw row');\n");
        java.net.URI u = java.net.URI.create(pg.url().substring("jdbc:".length()));
        ProcessBuilder pb = new ProcessBuilder("pgbench", "-n", "-c", "1", "-T", String.valueOf(seconds), "-f",
                script.toString(), "-h", u.getHost(), "-p", String.valueOf(u.getPort()), "-U", pg.user(),
                u.getPath().substring(1)).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", pg.password());
        String out;
        try {
            Process p = pb.start();
            out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
        } catch (IOException notInstalled) {
            return -1;
        } finally {
            Files.deleteIfExists(script);
            try (Connection c = connect(); java.sql.Statement s = c.createStatement()) {
                s.execute("DROP TABLE BENCH_PGBENCH");
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!m.find()) {
            throw new IOException("no rate in pgbench's output: " + out);
        }
        return Double.parseDouble(m.group(1));
    }
}
