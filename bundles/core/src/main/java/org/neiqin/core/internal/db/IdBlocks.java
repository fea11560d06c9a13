package org.neiqin.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Hands out ids from blocks of {@value #BLOCK} (see {@link org.neiqin.api.ids.IdService}). A block
 * is taken on one connection kept for that alone, in a local transaction of its own, with the
 * caller's JTA transaction set aside meanwhile: a caller never waits for another transaction's
 * commit, and never asks the pool for a second connection while it holds one (when every pooled
 * connection is held by a caller waiting for the same block, that would wait for the pool's
 * timeout).
 */
public final class IdBlocks {
    static final int BLOCK = 100;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private final DataSource dataSource;
    private final Transactions tx;
    private final Map<String, Block> blocks = new ConcurrentHashMap<>();
    /** The connection blocks are taken on, opened on first use; guarded by {@code this}. */
    private Connection own;

    private static final class Block {
        long next;
        long end;
    }

    IdBlocks(DataSource dataSource, Transactions tx) {
        this.dataSource = dataSource;
        this.tx = tx;
    }

    public long next(String table, String name) {
        if (table == null || !NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("an id table must be a plain SQL name, not " + table);
        }
        Block b = blocks.computeIfAbsent(table + "/" + name, k -> new Block());
        synchronized (b) {
            if (b.next == b.end) {
                b.next = take(table, name);
                b.end = b.next + BLOCK;
            }
            return b.next++;
        }
    }

    /**
     * Moves the row on by a block and commits; returns the block's first id. The connection is kept from block to
     * block, so the pool never checks it: when the database went away since (a restart, the network), the kept one is
     * dropped and the block taken once more on a new one — the first try did not commit, or committed a block nobody
     * uses, a gap in ids and not in any number a user sees.
     */
    private long take(String table, String name) {
        return tx.outside(() -> {
            synchronized (this) {
                try {
                    return take(kept(), table, name);
                } catch (SQLException e) {
                    close();
                    if (Failures.unreachable(e).isEmpty()) {
                        throw new DataAccessException("taking a block of ids from " + table + " '" + name + "'", e);
                    }
                }
                try {
                    return take(kept(), table, name);
                } catch (SQLException e) {
                    close();
                    throw new DataAccessException("taking a block of ids from " + table + " '" + name + "'", e);
                }
            }
        });
    }

    /** @return the connection kept for taking blocks, opened when there is none */
    private Connection kept() throws SQLException {
        if (own == null) {
            own = dataSource.getConnection();
            own.setAutoCommit(false);
        }
        return own;
    }

    private static long take(Connection c, String table, String name) throws SQLException {
        try (PreparedStatement move = c.prepareStatement("UPDATE " + table + " SET NEXT_ID = NEXT_ID + ? WHERE NAME = ?");
                PreparedStatement read = c.prepareStatement("SELECT NEXT_ID FROM " + table + " WHERE NAME = ?")) {
            move.setLong(1, BLOCK);
            move.setString(2, name);
            if (move.executeUpdate() == 0) {
                throw new IllegalArgumentException("no row '" + name + "' in the id table " + table
                        + ": the module's migrations create and seed it");
            }
            read.setString(1, name);
            long first;
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                first = rs.getLong(1) - BLOCK;
            }
            c.commit();
            return first;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is closed and opened again
            }
            throw e;
        }
    }

    /** Closes the kept connection (the next block opens another). */
    public synchronized void close() {
        if (own != null) {
            try {
                own.close();
            } catch (SQLException ignored) {
                // it is dropped either way
            }
            own = null;
        }
    }
}
