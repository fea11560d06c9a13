-- Scheduled work, run once across the nodes on this database: the node whose update of a row takes its lease
-- (HOLDER, LEASE_UNTIL) runs the work; the others leave it. A node that dies mid-run loses the lease when
-- LEASE_UNTIL passes. The last run's outcome is kept for the administrator.
CREATE TABLE NQ_WORK (
    NAME VARCHAR(100) NOT NULL PRIMARY KEY,
    HOLDER VARCHAR(200),
    LEASE_UNTIL TIMESTAMP,
    LAST_START TIMESTAMP,
    LAST_END TIMESTAMP,
    LAST_NODE VARCHAR(200),
    LAST_OUTCOME VARCHAR(1000),
    FAILED SMALLINT DEFAULT 0 NOT NULL,
    RUNS BIGINT DEFAULT 0 NOT NULL
);
