-- Ids of the customer files are handed out in blocks from here through core's IdService
-- (each block in a short transaction of its own), instead of by the
-- identity columns: Derby fails to take a new identity range (40XL1) while any session compiles an
-- insert into the same table. NEXT_ID is the first id not handed out yet; the row 'crm' serves all
-- of the module's tables.
CREATE TABLE CRM_ID (
    NAME VARCHAR(64) NOT NULL PRIMARY KEY,
    NEXT_ID BIGINT NOT NULL
);

INSERT INTO CRM_ID (NAME, NEXT_ID)
    SELECT 'crm', COALESCE(MAX(M), 0) + 1 FROM (
        SELECT MAX(ID) AS M FROM CRM_CUSTOMER
        UNION ALL SELECT MAX(ID) AS M FROM CRM_CONTACT
        UNION ALL SELECT MAX(ID) AS M FROM CRM_VISIT
        UNION ALL SELECT MAX(ID) AS M FROM CRM_COMPLAINT
        UNION ALL SELECT MAX(ID) AS M FROM CRM_LICENCE) AS T;
