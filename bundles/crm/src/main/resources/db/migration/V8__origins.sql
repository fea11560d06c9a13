-- Customer files opened by another module (a won investment lead), one per origin: opening the same origin again
-- finds the file made the first time.
CREATE TABLE CRM_ORIGIN (
    ORIGIN VARCHAR(100) NOT NULL PRIMARY KEY,
    CUSTOMER_ID BIGINT NOT NULL,
    REFERENCE VARCHAR(100)
);
CREATE INDEX CRM_ORIGIN_CUSTOMER ON CRM_ORIGIN (CUSTOMER_ID);
