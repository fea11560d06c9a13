package org.neiqin.core.internal.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * Applies a module's migrations strictly: in version order, each script in its own transaction
 * together with its history row, under an exclusive lock on the history table (so two nodes or
 * two bundles never migrate at once and a crash never leaves a stale lock), stopping at the first
 * failure. An applied script whose text changed since is a failure too.
 */
public final class Migrator {
    static final String HISTORY = "NQ_SCHEMA_HISTORY";

    private final DataSource dataSource;

    public Migrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What one run did. */
    public record Result(String module, int version, List<String> applied) {
    }

    /** A migration could not be applied; everything of that script was rolled back. */
    public static final class MigrationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MigrationException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Result migrate(String module, List<MigrationScript> all) {
        String database = database();
        List<MigrationScript> scripts = all.stream().filter(s -> s.isFor(database)).collect(Collectors.toList());
        TreeSet<MigrationScript> ordered = new TreeSet<>(scripts);
        if (ordered.size() != scripts.size()) {
            throw new MigrationException(module + " has two migrations with the same version for " + database, null);
        }
        ensureHistoryTable();
        tuneDerby();
        List<String> applied = new ArrayList<>();
        int version = 0;
        for (MigrationScript script : ordered) {
            if (applyOne(module, script)) {
                applied.add(script.toString());
            }
            version = script.version();
        }
        return new Result(module, version, applied);
    }

    /** @return applied versions of {@code module} with their checksums. */
    public Map<Integer, String> history(String module) {
        ensureHistoryTable();
        try (Connection c = dataSource.getConnection()) {
            return readHistory(c, module);
        } catch (SQLException e) {
            throw new MigrationException("cannot read " + HISTORY + ": " + e.getMessage(), e);
        }
    }

    private boolean applyOne(String module, MigrationScript script) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("LOCK TABLE " + HISTORY + " IN EXCLUSIVE MODE");
                }
                Map<Integer, String> done = readHistory(c, module);
                String checksum = script.checksum();
                if (done.containsKey(script.version())) {
                    c.rollback();
                    if (!done.get(script.version()).equals(checksum)) {
                        throw new MigrationException(module + " migration " + script
                                + " was changed after it was applied (checksum differs); "
                                + "add a new migration instead of editing an applied one", null);
                    }
                    return false;
                }
                for (String sql : script.statements()) {
                    try (Statement s = c.createStatement()) {
                        s.execute(sql);
                    } catch (SQLException e) {
                        throw new MigrationException(module + " migration " + script + " failed: "
                                + e.getMessage() + " in: " + sql, e);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + HISTORY
                        + " (MODULE, VERSION, DESCRIPTION, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, module);
                    ps.setInt(2, script.version());
                    ps.setString(3, script.description());
                    ps.setString(4, checksum);
                    ps.setTimestamp(5, Timestamp.from(Instant.now()));
                    ps.executeUpdate();
                }
                c.commit();
                return true;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new MigrationException(module + " migration " + script + " failed: " + e.getMessage(), e);
        }
    }

    private static Map<Integer, String> readHistory(Connection c, String module) throws SQLException {
        Map<Integer, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT VERSION, CHECKSUM FROM " + HISTORY + " WHERE MODULE = ?")) {
            ps.setString(1, module);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * Derby settings stored in the database, so that they hold for every Karaf that opens it: a
     * statement cache of 1 000 instead of 100 statements, so that the many list and report
     * queries do not push each other out and get compiled again (from the database's next boot;
     * the distribution also sets it as a system property, which holds from the first boot). The
     * identity columns are not used for new rows (see core's id block migration), so Derby's
     * identity ranges need no setting.
     */
    static final Map<String, String> DERBY = Map.of("derby.language.statementCacheSize", "1000");

    /** @return {@link MigrationScript#POSTGRESQL} or {@link MigrationScript#DERBY}: whose scripts run here */
    private String database() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                    ? MigrationScript.POSTGRESQL : MigrationScript.DERBY;
        } catch (SQLException e) {
            throw new MigrationException("cannot tell which database this is: " + e.getMessage(), e);
        }
    }

    private void tuneDerby() {
        try (Connection c = dataSource.getConnection()) {
            if (!"Apache Derby".equals(c.getMetaData().getDatabaseProductName())) {
                return;
            }
            for (Map.Entry<String, String> p : DERBY.entrySet()) {
                String now;
                try (PreparedStatement get = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY(?)")) {
                    get.setString(1, p.getKey());
                    try (ResultSet rs = get.executeQuery()) {
                        now = rs.next() ? rs.getString(1) : null;
                    }
                }
                if (!p.getValue().equals(now)) {
                    try (PreparedStatement set = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
                        set.setString(1, p.getKey());
                        set.setString(2, p.getValue());
                        set.execute();
                    }
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("cannot store Derby's settings: " + e.getMessage(), e);
        }
    }

    private void ensureHistoryTable() {
        try (Connection c = dataSource.getConnection()) {
            if (tableExists(c)) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + HISTORY + " (MODULE VARCHAR(64) NOT NULL, VERSION INT NOT NULL, "
                        + "DESCRIPTION VARCHAR(200) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL, "
                        + "APPLIED_AT TIMESTAMP NOT NULL, PRIMARY KEY (MODULE, VERSION))");
            } catch (SQLException e) {
                // another node or bundle may have created it meanwhile
                if (!tableExists(c)) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("cannot create " + HISTORY + ": " + e.getMessage(), e);
        }
    }

    private static boolean tableExists(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String name : new String[] {HISTORY, HISTORY.toLowerCase()}) {
            try (ResultSet rs = md.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
