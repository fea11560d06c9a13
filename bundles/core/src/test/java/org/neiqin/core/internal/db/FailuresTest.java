package org.neiqin.core.internal.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;

import org.junit.Test;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.NeiqinException;

public class FailuresTest {
    /** Named like the providers' exception, which is all that is looked at. */
    static final class OptimisticLockException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OptimisticLockException(Throwable cause) {
            super("row was updated or deleted by another transaction", cause);
        }
    }

    @Test
    public void aNeiqinExceptionAnywhereInTheCausesIsItself() {
        ConflictException refusal = new ConflictException("archived", "customer C00001 is archived");
        assertSame(refusal, Failures.translate(new RuntimeException("rollback", refusal)).orElseThrow());
    }

    @Test
    public void aUniqueKeyTheDatabaseKeptIsADuplicateConflict() {
        NeiqinException n = Failures.translate(new RuntimeException("could not execute batch", new SQLException(
                "duplicate key value violates unique constraint \"uq_price_list_code\"", "23505"))).orElseThrow();
        assertEquals(409, n.status());
        assertEquals("duplicate", n.code());
        assertTrue(n.getMessage(), n.getMessage().contains("nothing was changed") && !n.getMessage().contains("uq_"));
    }

    @Test
    public void aLockNotGrantedInTimeIsBusyAndSaysNothingChanged() {
        NeiqinException n = Failures.translate(new RuntimeException("could not execute statement",
                new SQLException("A lock could not be obtained within the time requested", "40XL1"))).orElseThrow();
        assertEquals(503, n.status());
        assertEquals("busy", n.code());
        assertTrue(n.getMessage(), n.getMessage().contains("nothing was changed") && !n.getMessage().contains("40XL1"));
        assertTrue("the SQLState is for the log", ((Failures.Busy) n).why().contains("40XL1"));
    }

    @Test
    public void aDeadlockVictimIsBusyToo() {
        assertEquals("busy", Failures.translate(new SQLException("deadlock", "40001")).orElseThrow().code());
    }

    @Test
    public void postgresqlsLockFailuresAreBusyAsDerbysAre() {
        // a deadlock victim, a serialization failure, a lock not granted within lock_timeout, a cancelled wait
        for (String state : new String[] {"40P01", "40001", "55P03", "57014"}) {
            assertEquals(state, "busy", Failures.translate(new RuntimeException(new SQLException("pg", state)))
                    .orElseThrow().code());
        }
    }

    @Test
    public void aStaleVersionMetAtFlushIsAStaleConflict() {
        NeiqinException n = Failures.translate(new RuntimeException(new OptimisticLockException(null))).orElseThrow();
        assertEquals(409, n.status());
        assertEquals("stale", n.code());
    }

    @Test
    public void aLockTimeoutReportedAsAnOptimisticLockFailureIsBusy() {
        // Hibernate reports Derby's lock timeout at flush as an optimistic lock failure
        assertEquals("busy", Failures.translate(new OptimisticLockException(new SQLException("timeout", "40XL1")))
                .orElseThrow().code());
    }

    @Test
    public void anythingElseIsUnexpected() {
        assertFalse(Failures.translate(new IllegalStateException("bug")).isPresent());
        // a check the service should have made first (a value's range, a state): its fault, logged with its stack
        assertFalse(Failures.translate(new SQLException("violates check constraint", "23514")).isPresent());
    }

    @Test
    public void aDatabaseThatCannotBeReachedIsBusyAndSaysNothingWasDone() {
        // the driver refused (08001), the server shutting down (57P01), the connection cut under a statement, the pool empty
        for (Throwable away : new Throwable[] {new SQLException("Connection refused", "08001"),
                new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")),
                new RuntimeException("could not execute query", new java.net.SocketException("Connection reset")),
                new SQLException("Cannot get a connection, general error", new java.util.NoSuchElementException())}) {
            NeiqinException n = Failures.translate(away).orElseThrow(() -> new AssertionError(away));
            assertEquals(503, n.status());
            assertEquals("busy", n.code());
            assertTrue(n.getMessage(), n.getMessage().contains("cannot be reached") && n.getMessage().contains("nothing was done"));
        }
    }
}
