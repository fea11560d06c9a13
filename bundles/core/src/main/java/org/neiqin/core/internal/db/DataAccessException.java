package org.neiqin.core.internal.db;

import java.sql.SQLException;

/** An SQL failure, unchecked so that the transaction it crosses rolls back. */
public class DataAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataAccessException(String sql, SQLException cause) {
        super(cause.getMessage() + " [" + cause.getSQLState() + "] in: " + sql, cause);
    }
}
