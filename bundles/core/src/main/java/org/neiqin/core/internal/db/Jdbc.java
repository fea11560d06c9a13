package org.neiqin.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Thin JDBC helpers for core's own tables. Core uses plain JDBC on the shared XA datasource so
 * that a number, an audit entry or a review decision joins whatever JTA transaction the calling
 * module has open (the pool hands the same enlisted connection to Hibernate and to us).
 */
public final class Jdbc {
    private final DataSource dataSource;
    private final IdBlocks ids;
    private final Transactions tx;

    public Jdbc(DataSource dataSource, IdBlocks ids, Transactions tx) {
        this.dataSource = dataSource;
        this.ids = ids;
        this.tx = tx;
    }

    /** A new id for a row of one of core's tables (unique across them: the row 'core' of NQ_ID). */
    public long nextId() {
        return ids.next("NQ_ID", "core");
    }

    private volatile Boolean postgres;

    /**
     * Inserts a row unless one with the same key exists, in the caller's transaction and without
     * a second connection (a second connection per issuer would exhaust the pool under load). A
     * concurrent inserter of the same key waits for ours to commit, then finds it.
     */
    public void insertIfAbsent(String table, String keyColumn, String columns, Object... values) {
        String sql = insertSql(table, columns, values.length);
        if (isPostgres()) {
            update(sql + " ON CONFLICT (" + keyColumn + ") DO NOTHING", values);
            return;
        }
        try {
            update(sql, values);
        } catch (DataAccessException e) {
            // Derby undoes just the failed statement; the transaction goes on
            if (!isDuplicate(e)) {
                throw e;
            }
        }
    }

    private boolean isPostgres() {
        Boolean p = postgres;
        if (p == null) {
            try {
                p = tx.withConnection(dataSource, c -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
            } catch (SQLException e) {
                throw new DataAccessException("database product name", e);
            }
            postgres = p;
        }
        return p;
    }

    /** Maps one row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public int update(String sql, Object... args) {
        try {
            return tx.withConnection(dataSource, c -> {
                try (PreparedStatement ps = prepare(c, sql, args)) {
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    /** Inserts a row with a {@link #nextId() new id} before {@code columns}; returns the id. */
    public long insert(String table, String columns, Object... values) {
        long id = nextId();
        Object[] all = new Object[values.length + 1];
        all[0] = id;
        System.arraycopy(values, 0, all, 1, values.length);
        insertRow(table, "ID, " + columns, all);
        return id;
    }

    /** Inserts one row of {@code values} into {@code columns} (a comma-separated list). */
    public void insertRow(String table, String columns, Object... values) {
        update(insertSql(table, columns, values.length), values);
    }

    private static String insertSql(String table, String columns, int values) {
        return "INSERT INTO " + table + " (" + columns + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(values, "?")) + ")";
    }

    public <T> List<T> query(String sql, Row<T> row, Object... args) {
        try {
            return tx.withConnection(dataSource, c -> {
                try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row.map(rs));
                    }
                    return out;
                }
            });
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... args) {
        List<T> all = query(sql, row, args);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    public long count(String sql, Object... args) {
        return one(sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        bind(ps, args);
        return ps;
    }

    /**
     * A null of a column that is not text (a review's amount): PostgreSQL refuses a null bound as text into a numeric
     * column, which Derby took.
     */
    public record Null(int sqlType) {
    }

    /** A null for a DECIMAL column. */
    public static final Null NULL_DECIMAL = new Null(java.sql.Types.DECIMAL);

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Instant) {
                ps.setTimestamp(i + 1, Timestamp.from((Instant) a), utc());
            } else if (a == null) {
                ps.setNull(i + 1, java.sql.Types.VARCHAR);
            } else if (a instanceof Null n) {
                ps.setNull(i + 1, n.sqlType());
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    /** Instants are stored as UTC wall-clock time, whatever the JVM's time zone. */
    private static java.util.Calendar utc() {
        return java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
    }

    /** @return whether {@code e} (or a cause) is a unique/primary key violation (SQLState 23xxx). */
    public static boolean isDuplicate(Throwable e) {
        return sqlState(e, "23").isPresent();
    }

    /**
     * @return the SQL state of the first SQL exception among {@code e} and its causes whose state
     *         starts with {@code prefix} (e.g. {@code 40}: a lock not granted in time, a deadlock)
     */
    public static Optional<String> sqlState(Throwable e, String prefix) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                String state = ((SQLException) t).getSQLState();
                if (state != null && state.startsWith(prefix)) {
                    return Optional.of(state);
                }
            }
        }
        return Optional.empty();
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column, utc());
        return ts == null ? null : ts.toInstant();
    }
}
