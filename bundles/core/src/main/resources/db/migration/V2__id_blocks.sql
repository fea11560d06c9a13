-- Ids of core's rows are handed out in blocks from here (IdBlocks, which serves the modules' id
-- tables too), each block in a short transaction of its own, instead of by the identity columns:
-- Derby fails to take a new identity range (40XL1) while any session compiles an insert into the
-- same table. NEXT_ID is the first id not handed out yet; the row 'core' serves all of core's
-- tables (their ids are unique across them).
CREATE TABLE NQ_ID (
    NAME VARCHAR(64) NOT NULL PRIMARY KEY,
    NEXT_ID BIGINT NOT NULL
);

INSERT INTO NQ_ID (NAME, NEXT_ID)
    SELECT 'core', COALESCE(MAX(M), 0) + 1 FROM (
        SELECT MAX(ID) AS M FROM NQ_AUDIT
        UNION ALL SELECT MAX(ID) AS M FROM NQ_REVIEW
        UNION ALL SELECT MAX(ID) AS M FROM NQ_REVIEW_DECISION) AS T;
