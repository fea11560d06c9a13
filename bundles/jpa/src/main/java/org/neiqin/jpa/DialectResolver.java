package org.neiqin.jpa;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

/**
 * Chooses {@link DerbyDialect} for Apache Derby and leaves every other database (PostgreSQL) to
 * Hibernate's own detection.
 *
 * <p>Why: Hibernate 5.6 asks Derby's {@code sysinfo} class for the driver version. Inside Karaf
 * the Hibernate bundle cannot see that class, so its Derby dialects fall back to "older than
 * 10.5" and page a query by reading every row and skipping to the offset. A list of 50 customers
 * out of 100 000 then reads 100 000 entities.
 */
public class DialectResolver implements org.hibernate.engine.jdbc.dialect.spi.DialectResolver {
    private static final long serialVersionUID = 1L;

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        return "Apache Derby".equals(info.getDatabaseName()) ? new DerbyDialect() : null;
    }
}
