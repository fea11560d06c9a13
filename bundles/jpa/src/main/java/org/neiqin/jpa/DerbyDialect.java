package org.neiqin.jpa;

import org.hibernate.dialect.DerbyTenSevenDialect;
import org.hibernate.dialect.pagination.LimitHandler;
import org.hibernate.dialect.pagination.SQL2008StandardLimitHandler;

/**
 * Derby 10.7 and later, paging in the database: {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY}
 * (Derby has accepted that clause with parameters since 10.6). Neiqin runs on Derby 10.14.
 */
public class DerbyDialect extends DerbyTenSevenDialect {
    @Override
    public LimitHandler getLimitHandler() {
        return SQL2008StandardLimitHandler.INSTANCE;
    }

    @Override
    public boolean supportsLimit() {
        return true;
    }

    @Override
    public boolean supportsLimitOffset() {
        return true;
    }
}
