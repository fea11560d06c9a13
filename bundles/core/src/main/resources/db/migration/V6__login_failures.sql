-- Wrong passwords, counted per user ('user:<name>') and per client address ('address:<ip>') in the database, so
-- that every node of a cluster counts what the others saw: after a few a wrong answer is slowed, after more the
-- logins of that user or from that address are refused for a while.
CREATE TABLE NQ_LOGIN_FAILURE (
    SUBJECT VARCHAR(400) NOT NULL PRIMARY KEY,
    FAILURES INTEGER NOT NULL,
    FIRST_AT TIMESTAMP NOT NULL,
    LAST_AT TIMESTAMP NOT NULL
);

-- An idempotency key's row is now written in the same transaction as the write it guards; rows an earlier version
-- reserved on their own and never completed (their node died) would answer 409 for good: they are let go.
DELETE FROM NQ_IDEMPOTENCY WHERE STATUS = 0;
