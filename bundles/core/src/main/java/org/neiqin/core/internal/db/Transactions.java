package org.neiqin.core.internal.db;

import java.util.function.Supplier;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.SystemException;
import javax.transaction.TransactionManager;

/**
 * JTA demarcation for core's own entry points (REST, console, shell). When a module already has
 * a transaction open, work simply joins it.
 */
public final class Transactions {
    private final TransactionManager tm;

    public Transactions(TransactionManager tm) {
        this.tm = tm;
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

    private void rollbackQuietly() {
        try {
            tm.rollback();
        } catch (Exception ignored) {
            // the original failure is what the caller needs to see
        }
    }
}
