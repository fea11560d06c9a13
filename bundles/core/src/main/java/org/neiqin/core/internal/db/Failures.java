package org.neiqin.core.internal.db;

import java.util.Optional;

import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.NeiqinException;

/**
 * What a failure deep in the persistence provider means to the user, for REST and the console
 * alike: a Neiqin exception anywhere in the causes is itself; a lock the database could not grant
 * in time (SQLState class 40: a lock timeout, a deadlock victim or a serialization failure; on
 * PostgreSQL also 55P03 and 57014) is {@link Busy}; a stale
 * optimistic lock met at flush is a {@code stale} conflict; a database that cannot be reached is {@link Busy} too
 * (nothing was done). Hibernate also reports a lock timeout
 * as an optimistic lock failure although nobody else changed the record, so the lock is looked for
 * first.
 */
public final class Failures {
    private Failures() {
    }

    /** The database could not take the locks a change needs in time: nothing was changed, send it again. */
    public static final class Busy extends NeiqinException {
        private static final long serialVersionUID = 1L;
        /** Why, for the log (a SQLState, the network's exception): the client is told only what it can do. */
        private final String why;

        Busy(String sqlState) {
            this("the database could not take the locks this change needs in time; nothing was changed; send it again",
                    "SQLState " + sqlState);
        }

        private Busy(String what, String why) {
            super(what);
            this.why = why;
        }

        /** The database cannot be reached (stopped, restarting, the network away): nothing was done. */
        public static Busy unreachable(String what) {
            return new Busy("the database cannot be reached; nothing was done; send it again", what);
        }

        /** The change could not be committed (the database went away, or a write inside was refused): nothing of it stayed. */
        public static Busy notCommitted() {
            return new Busy("the change could not be committed; nothing was changed; send it again", "commit failed");
        }

        /** @return why, for the log: a SQLState or the network's failure */
        public String why() {
            return why;
        }

        @Override
        public int status() { return 503; }

        @Override
        public String code() { return "busy"; }
    }

    /**
     * @return what keeps the database away, when that is the failure: a connection exception (SQLState class 08), a
     *         server shutting down or starting (PostgreSQL 57P01-57P03), the pool finding no connection it can make, or
     *         the network refusing, resetting or ending the connection
     */
    static Optional<String> unreachable(Throwable e) {
        Optional<String> state = Jdbc.sqlState(e, "08").or(() -> Jdbc.sqlState(e, "57P0"));
        if (state.isPresent()) {
            return Optional.of("SQLState " + state.get());
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.net.ConnectException || c instanceof java.net.SocketException
                    || c instanceof java.io.EOFException) {
                return Optional.of(c.getClass().getSimpleName());
            }
            String m = c.getMessage();
            if (c instanceof java.sql.SQLException && m != null && (m.startsWith("Cannot get a connection")
                    || m.startsWith("Cannot create PoolableConnectionFactory"))) {
                return Optional.of("no connection from the pool");
            }
        }
        return Optional.empty();
    }

    /** @return the failure as the user should meet it, or empty for an unexpected one (a server error). */
    public static Optional<NeiqinException> translate(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof NeiqinException) {
                return Optional.of((NeiqinException) c);
            }
        }
        // class 40 on every database (Derby's 40XL1/40XL2, PostgreSQL's 40P01 and 40001); PostgreSQL's
        // lock_timeout (55P03) and a wait cancelled by its statement_timeout (57014)
        Optional<String> lock = Jdbc.sqlState(e, "40").or(() -> Jdbc.sqlState(e, "55P03")).or(() -> Jdbc.sqlState(e, "57014"));
        if (lock.isPresent()) {
            return Optional.of(new Busy(lock.get()));
        }
        // a unique key the database kept when two writes of one value met (each checked first, neither saw the
        // other's): the later one is a duplicate, as the check would have said a moment after (Derby and PostgreSQL)
        if (Jdbc.sqlState(e, "23505").isPresent()) {
            return Optional.of(new ConflictException("duplicate", "another record was stored with the same value at the"
                    + " same moment where the value must be unique (a code, a number, a name); nothing was changed"));
        }
        Optional<String> away = unreachable(e);
        if (away.isPresent()) {
            return Optional.of(Busy.unreachable(away.get()));
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c.getClass().getName().endsWith("OptimisticLockException")) {
                return Optional.of(new ConflictException("stale", "the record was changed by someone else "
                        + "since you loaded it; reload it and apply your change again"));
            }
        }
        return Optional.empty();
    }
}
