-- What planning answered for each line of an order or contract in force (committed ship dates, 计划部回复交期):
-- stock found, production order raised, the date the line can ship; the office's chases; when the customer was
-- told of a date later than promised. One row per line, made by the first chase or commitment.
CREATE TABLE CT_SHIP_DATE (
    ID BIGINT NOT NULL PRIMARY KEY,
    VERSION INT NOT NULL,
    DOCUMENT_ID BIGINT NOT NULL REFERENCES CT_DOCUMENT (ID),
    LINE_KEY BIGINT NOT NULL,
    STOCK_ON_HAND DECIMAL(19, 4),
    PRODUCTION_ORDER VARCHAR(60),
    COMMITTED_DATE DATE,
    NOTE VARCHAR(500),
    COMMITTED_BY VARCHAR(100),
    COMMITTED_AT TIMESTAMP,
    CHASES INT NOT NULL,
    CHASED_BY VARCHAR(100),
    CHASED_AT TIMESTAMP,
    TOLD_BY VARCHAR(100),
    TOLD_AT TIMESTAMP,
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(100) NOT NULL,
    UPDATED_AT TIMESTAMP NOT NULL,
    UPDATED_BY VARCHAR(100) NOT NULL,
    CONSTRAINT CT_SHIP_DATE_LINE UNIQUE (DOCUMENT_ID, LINE_KEY)
);
CREATE INDEX CT_SHIP_DATE_COMMITTED ON CT_SHIP_DATE (COMMITTED_DATE);
