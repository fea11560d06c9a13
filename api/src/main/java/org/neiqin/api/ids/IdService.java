package org.neiqin.api.ids;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Ids for new rows. A module keeps an id table of its own, created and seeded by its migrations:
 * {@code NAME VARCHAR(64) PRIMARY KEY, NEXT_ID BIGINT NOT NULL}, one row per run of ids, whose
 * {@code NEXT_ID} is the first id not handed out yet. Ids are taken from it in blocks, each block
 * in a short transaction of its own on a connection kept for that, so a caller never waits for
 * another transaction's commit, and never needs a second connection from the pool. Ids are unique
 * per row and never reused; a rollback or a stop leaves gaps.
 *
 * <p>Use it instead of identity columns: Derby fails to take a new identity range ("a lock could
 * not be obtained", 40XL1) while any session compiles an insert into the same table, as every
 * session does after a boot.
 *
 * @since 0.1
 */
@ProviderType
public interface IdService {

    /**
     * @param run the module's id table and row
     * @return an id not handed out before
     * @throws IllegalArgumentException if the row is not in the table
     * @since 0.2
     */
    long next(IdRun run);
}
