package org.neiqin.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which database the tests run on: embedded Derby (the default), or PostgreSQL when
 * {@code NEIQIN_DB=postgresql} is set, as {@code .ci/postgres} sets it with the server's address
 * ({@code NEIQIN_PG_URL}, {@code NEIQIN_PG_USER}, {@code NEIQIN_PG_PASSWORD}; or the same as
 * {@code neiqin.db}, {@code neiqin.pg.url} ... system properties). Each test Karaf gets a fresh
 * PostgreSQL database of its own, as each gets a fresh Derby.
 */
public final class Database {
    private static final AtomicInteger COUNT = new AtomicInteger();

    /** A database and how to reach it. */
    public record Target(String url, String user, String password) {
    }

    private Database() {
    }

    /** @return whether the tests run on PostgreSQL */
    public static boolean postgres() {
        return "postgresql".equalsIgnoreCase(setting("neiqin.db", "NEIQIN_DB", "derby"));
    }

    /** @return the name the tests print for the database they run on */
    public static String name() {
        return postgres() ? "PostgreSQL" : "Derby";
    }

    /** @return a new, empty database on the PostgreSQL server, owned by the tests' user */
    public static Target fresh() {
        String server = setting("neiqin.pg.url", "NEIQIN_PG_URL", "jdbc:postgresql://127.0.0.1:25432/");
        String user = setting("neiqin.pg.user", "NEIQIN_PG_USER", "neiqin");
        String password = setting("neiqin.pg.password", "NEIQIN_PG_PASSWORD", "neiqin");
        String name = "neiqin_it_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet() + "_"
                + Long.toString(System.currentTimeMillis(), 36);
        try (Connection c = connect(server + "neiqin", user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server + " as " + user
                    + " (is the server of .ci/postgres running?): " + e.getMessage(), e);
        }
        return new Target(server + name, user, password);
    }

    /**
     * @return a connection through PostgreSQL's driver itself: under {@code exec:java} (the benchmark)
     *         DriverManager does not see the class loader the driver is in
     */
    public static Connection connect(String url, String user, String password) throws SQLException {
        java.sql.Driver driver;
        try {
            driver = (java.sql.Driver) Class.forName("org.postgresql.Driver", true, Database.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            return DriverManager.getConnection(url, user, password);
        }
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return driver.connect(url, p);
    }

    /** @return the keys and values of {@code etc/org.ops4j.datasource-neiqin.cfg} for {@code db} */
    public static List<String[]> datasource(Target db) {
        return List.of(new String[] {"dataSourceName", "neiqin"},
                new String[] {"osgi.jdbc.driver.class", "org.postgresql.Driver"},
                new String[] {"url", planned(db.url())},
                new String[] {"user", db.user()},
                new String[] {"password", db.password()},
                new String[] {"pool", "dbcp2"},
                new String[] {"xa", "true"},
                new String[] {"pool.maxTotal", "16"},
                new String[] {"pool.maxIdle", "16"},
                new String[] {"pool.maxWaitMillis", "30000"},
                new String[] {"pool.testOnBorrow", "true"});
    }

    /**
     * @return the PostgreSQL URL as the README gives it: {@code prepareThreshold=0}, so that every statement is
     *         planned for the values it is sent with (a statement the driver prepared once on the server runs
     *         with a generic plan after five executions, which read a three-year report three times slower)
     */
    public static String planned(String url) {
        if (!url.startsWith("jdbc:postgresql:") || url.contains("prepareThreshold")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "prepareThreshold=0";
    }

    /** @return {@link #datasource} as the lines of the cfg file the README shows */
    public static List<String> cfgLines(Target db) {
        List<String> lines = new java.util.ArrayList<>();
        for (String[] kv : datasource(db)) {
            lines.add(kv[0] + " = " + kv[1]);
        }
        return lines;
    }

    private static String setting(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v;
    }
}
