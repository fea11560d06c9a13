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

    public Result migrate(String module, List<MigrationScript> scripts) {
        TreeSet<MigrationScript> ordered = new TreeSet<>(scripts);
        if (ordered.size() != scripts.size()) {
            throw new MigrationException(module + " has two migrations with the same version", null);
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

    /** Identity values Derby takes from its catalog at a time (its default is 100); see {@link #tuneDerby()}. */
    static final String IDENTITY_PREALLOCATION = "1000";

    /**
     * On Derby, identity values are taken from the catalog in ranges; when a range runs out while
     * other writers compile or insert, Derby may fail the insert with a lock timeout ("too much
     * contention", SQLState 40XL1): 8 clients taking orders into force did so a few times in a
     * hundred. Larger ranges make that a tenth as likely. A database property, so that it holds
     * for every Karaf that opens the database; it applies to tables first used after it is set
     * (at once on a new database, after a restart on an existing one).
     */
    private void tuneDerby() {
        try (Connection c = dataSource.getConnection()) {
            if (!"Apache Derby".equals(c.getMetaData().getDatabaseProductName())) {
                return;
            }
            String key = "derby.language.sequence.preallocator";
            String now;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('" + key + "')")) {
                now = rs.next() ? rs.getString(1) : null;
            }
            if (!IDENTITY_PREALLOCATION.equals(now)) {
                try (Statement s = c.createStatement()) {
                    s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('" + key + "', '" + IDENTITY_PREALLOCATION + "')");
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("cannot set Derby's identity preallocation: " + e.getMessage(), e);
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
