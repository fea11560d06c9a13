package org.neiqin.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;
import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.SystemException;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;
import javax.transaction.TransactionSynchronizationRegistry;

import org.neiqin.core.internal.metrics.CoreMetrics;

/**
 * JTA demarcation for core's own entry points (REST, console, shell). When a module already has
 * a transaction open, work simply joins it.
 */
public final class Transactions {
    private final TransactionManager tm;
    private final TransactionSynchronizationRegistry registry;
    /** Work kept for the end of each open transaction, by transaction and kind. */
    private final Map<Transaction, Map<Object, List<?>>> deferred = new ConcurrentHashMap<>();

    public Transactions(TransactionManager tm, TransactionSynchronizationRegistry registry) {
        this.tm = tm;
        this.registry = registry;
    }

    public boolean active() {
        try {
            return tm.getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code work} in the current transaction or a new one; any exception rolls back. */
    public <T> T required(Supplier<T> work) {
        if (active()) {
            return work.get();
        }
        try {
            tm.begin();
        } catch (Exception e) {
            throw new IllegalStateException("cannot begin a transaction", e);
        }
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            rollbackQuietly();
            throw e;
        }
        try {
            tm.commit();
        } catch (Exception e) {
            throw new IllegalStateException("commit failed: " + e.getMessage(), e);
        }
        return result;
    }


    /**
     * Runs {@code work} with the current transaction, if any, set aside, so that what it does
     * neither joins nor waits for that transaction; the transaction is resumed afterwards.
     */
    public <T> T outside(Supplier<T> work) {
        Transaction outer;
        try {
            outer = tm.suspend();
        } catch (Exception e) {
            throw new IllegalStateException("cannot set the current transaction aside: " + e.getMessage(), e);
        }
        try {
            return work.get();
        } finally {
            if (outer != null) {
                try {
                    tm.resume(outer);
                } catch (Exception e) {
                    throw new IllegalStateException("cannot resume the transaction set aside: " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Runs {@code work} with a connection of {@code dataSource}: inside a transaction the same handle
     * every time, closed when the transaction ends ({@link #closedAtEnd}); outside one a handle of its
     * own, closed at once. The pool enlists one physical connection per transaction either way, but it
     * also keeps every handle asked for until the transaction ends, so a long transaction (an import of
     * thousands of records, each numbered and audited) that asked for a handle per statement would grow
     * with its statements.
     */
    public <T> T withConnection(DataSource dataSource, SqlWork<T> work) throws SQLException {
        if (!active()) {
            CoreMetrics.connections(1);
            try (Connection c = dataSource.getConnection()) {
                return work.apply(c);
            } finally {
                CoreMetrics.connections(-1);
            }
        }
        Object key = List.of(this, dataSource);
        Connection c = (Connection) registry.getResource(key);
        if (c == null) {
            c = closedAtEnd(dataSource.getConnection());
            registry.putResource(key, c);
        }
        return work.apply(c);
    }

    /**
     * Closes a handle taken inside the current transaction when the transaction ends, before the
     * pool learns that it ended (an interposed synchronization completes before the ordinary ones, the
     * pool's among them); a later {@code close()} by its user does nothing. The pool (DBCP's managed
     * pool) shares one physical connection among a transaction's handles and hands it back once, when
     * it learns of the end; a handle still open then and closed afterwards (Hibernate's, closed in its
     * own synchronization after a rollback) hands it back a second time, into the hands of whichever
     * transaction has taken it meanwhile, which then fails with "Connection ... is closed" or "This
     * statement has been closed" (seen with PostgreSQL when refused writes and others raced).
     * Outside a transaction the handle is returned as it is.
     */
    public Connection closedAtEnd(Connection handle) {
        int status;
        try {
            status = tm.getStatus();
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
        if (status != Status.STATUS_ACTIVE && status != Status.STATUS_MARKED_ROLLBACK) {
            return handle;
        }
        timed();
        CoreMetrics.connections(1);
        Synchronization close = new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int ended) {
                CoreMetrics.connections(-1);
                try {
                    handle.close();
                } catch (SQLException e) {
                    // the pool has the connection back with the transaction's end either way
                }
            }
        };
        try {
            registry.registerInterposedSynchronization(close);
        } catch (RuntimeException e) {
            close.afterCompletion(Status.STATUS_UNKNOWN);
            throw new IllegalStateException("cannot follow the transaction: " + e.getMessage(), e);
        }
        return handle;
    }

    /** Measures the current transaction from its first connection to its end, once per transaction. */
    private void timed() {
        if (registry.getResource(TIMED) != null) {
            return;
        }
        long start = System.nanoTime();
        try {
            registry.putResource(TIMED, start);
            registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                CoreMetrics.transaction(status == Status.STATUS_COMMITTED ? "committed" : "rolled_back",
                        System.nanoTime() - start);
            }
            });
        } catch (RuntimeException ending) {
            // a transaction already marked for rollback takes no more synchronizations: it is not measured
        }
    }

    private static final Object TIMED = new Object();

    /** Work with a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
    }

    /** Runs {@code action} once the current transaction commits; at once when there is none. */
    public void afterCommit(Runnable action) {
        if (!active()) {
            action.run();
            return;
        }
        try {
            tm.getTransaction().registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        action.run();
                    }
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Work that the current transaction does just before it commits: the list of {@code kind}
     * bound to the transaction, created on first use. {@code flush} gets the list once, while the
     * transaction is still open and after everything else it did; a rollback drops the list.
     *
     * @throws IllegalStateException when no transaction is open
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> beforeCommit(Object kind, Consumer<List<T>> flush) {
        if (!active()) {
            throw new IllegalStateException("no transaction is open");
        }
        try {
            Transaction t = tm.getTransaction();
            Map<Object, List<?>> kinds = deferred.computeIfAbsent(t, k -> new ConcurrentHashMap<>());
            List<T> list = (List<T>) kinds.get(kind);
            if (list == null) {
                List<T> created = new ArrayList<>();
                list = created;
                kinds.put(kind, created);
                t.registerSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        flush.accept(created);
                    }

                    @Override
                    public void afterCompletion(int status) {
                        deferred.remove(t);
                    }
                });
            }
            return list;
        } catch (javax.transaction.RollbackException | SystemException e) {
            throw new IllegalStateException("the transaction cannot take more work: " + e.getMessage(), e);
        }
    }

    /**
     * Begins a transaction that outlives the call, for an entry point whose work spans several calls (a REST request
     * kept once by its idempotency key: reserved, written and answered in one transaction). Whatever was left open on
     * this thread by an earlier request that never ended is rolled back first.
     */
    public void begin() {
        try {
            if (tm.getStatus() != Status.STATUS_NO_TRANSACTION) {
                rollbackQuietly();
            }
            tm.begin();
        } catch (Exception e) {
            throw new IllegalStateException("cannot begin a transaction", e);
        }
    }

    /**
     * Rolls back a transaction an earlier request left open on this (pooled) thread, so that the request starting
     * now does not join it.
     *
     * @return whether there was one
     */
    public boolean abandonLeftOver() {
        try {
            if (tm.getStatus() == Status.STATUS_NO_TRANSACTION) {
                return false;
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
        rollbackQuietly();
        return true;
    }

    /** @return whether the transaction {@link #begin} opened may still commit (nothing marked it rollback-only). */
    public boolean committable() {
        return active();
    }

    /** Commits the transaction {@link #begin} opened; a failure rolls it back and is thrown. */
    public void commit() {
        try {
            tm.commit();
        } catch (Exception e) {
            rollbackQuietly();
            throw new IllegalStateException("commit failed: " + e.getMessage(), e);
        }
    }

    /** Rolls back the transaction {@link #begin} opened, if it is still there. */
    public void rollback() {
        try {
            if (tm.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tm.rollback();
            }
        } catch (Exception ignored) {
            // nothing of it was committed either way
        }
    }

    private void rollbackQuietly() {
        try {
            tm.rollback();
        } catch (Exception ignored) {
            // the original failure is what the caller needs to see
        }
    }
}
