package org.neiqin.core.internal.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The shared datasource as the modules' persistence units see it: every handle taken inside a
 * transaction is closed when the transaction ends, before the pool learns of the end
 * ({@link Transactions#closedAtEnd}), whenever Hibernate would close it.
 */
final class TransactionBoundDataSource implements DataSource {
    private final DataSource pool;
    private final Transactions tx;

    TransactionBoundDataSource(DataSource pool, Transactions tx) {
        this.pool = pool;
        this.tx = tx;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return tx.closedAtEnd(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return tx.closedAtEnd(pool.getConnection(username, password));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
