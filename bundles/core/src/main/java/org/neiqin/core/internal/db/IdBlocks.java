package org.neiqin.core.internal.db;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.transaction.Transaction;
import javax.transaction.TransactionManager;

/**
 * Ids for core's tables, handed out from blocks of {@value #BLOCK} taken from the row {@code core}
 * of {@code NQ_ID} (column {@code NEXT_ID}: the first id not handed out yet), each block in a short
 * transaction of its own, so that no caller waits on the row until its own commit. The business
 * modules take theirs the same way through their persistence units' table generators
 * ({@code CRM_ID}, {@code CT_ID}). The tables' identity columns are not used: Derby fails to take a
 * new identity range (40XL1, "a lock could not be obtained") while any session compiles an insert
 * into the same table, as every session does after a boot. Ids of a block not used before a stop
 * are skipped, never reused.
 */
final class IdBlocks {
    static final int BLOCK = 100;
    static final String TABLE = "NQ_ID";

    private final Jdbc jdbc;
    private final TransactionManager tm;
    private final Map<String, Block> blocks = new ConcurrentHashMap<>();

    private static final class Block {
        long next;
        long end;
    }

    IdBlocks(Jdbc jdbc, TransactionManager tm) {
        this.jdbc = jdbc;
        this.tm = tm;
    }

    long next(String name) {
        Block b = blocks.computeIfAbsent(name, k -> new Block());
        synchronized (b) {
            if (b.next == b.end) {
                b.next = take(name);
                b.end = b.next + BLOCK;
            }
            return b.next++;
        }
    }

    /** Moves the row on by a block, in a transaction of its own; returns the block's first id. */
    private long take(String name) {
        Transaction outer;
        try {
            outer = tm.suspend();
        } catch (Exception e) {
            throw new IllegalStateException("cannot set the caller's transaction aside to take ids: " + e.getMessage(), e);
        }
        try {
            tm.begin();
            long first;
            try {
                if (jdbc.update("UPDATE " + TABLE + " SET NEXT_ID = NEXT_ID + ? WHERE NAME = ?", BLOCK, name) == 0) {
                    throw new IllegalStateException("no row '" + name + "' in " + TABLE + ": core's schema is not migrated");
                }
                first = jdbc.one("SELECT NEXT_ID FROM " + TABLE + " WHERE NAME = ?", rs -> rs.getLong(1), name)
                        .orElseThrow() - BLOCK;
            } catch (RuntimeException e) {
                tm.rollback();
                throw e;
            }
            tm.commit();
            return first;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot take a block of ids for " + name + ": " + e.getMessage(), e);
        } finally {
            if (outer != null) {
                try {
                    tm.resume(outer);
                } catch (Exception e) {
                    throw new IllegalStateException("cannot resume the caller's transaction: " + e.getMessage(), e);
                }
            }
        }
    }
}
