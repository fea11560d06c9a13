-- Ids of contracts and orders are handed out in blocks from here through core's IdService
-- (each block in a short transaction of its own), instead of by the
-- identity columns: Derby fails to take a new identity range (40XL1) while any session compiles an
-- insert into the same table. NEXT_ID is the first id not handed out yet; the row 'contracts'
-- serves all of the module's tables.
CREATE TABLE CT_ID (
    NAME VARCHAR(64) NOT NULL PRIMARY KEY,
    NEXT_ID BIGINT NOT NULL
);

INSERT INTO CT_ID (NAME, NEXT_ID)
    SELECT 'contracts', COALESCE(MAX(M), 0) + 1 FROM (
        SELECT MAX(ID) AS M FROM CT_DOCUMENT
        UNION ALL SELECT MAX(ID) AS M FROM CT_REVISION
        UNION ALL SELECT MAX(ID) AS M FROM CT_LINE
        UNION ALL SELECT MAX(ID) AS M FROM CT_STOCK_UP) AS T;
