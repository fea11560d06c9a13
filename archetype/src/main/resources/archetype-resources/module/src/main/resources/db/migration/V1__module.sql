-- The module's id table: one row per run of ids (the module's IdRun), taken in blocks by core's IdService.
CREATE TABLE ${tablePrefix}_ID (
    NAME VARCHAR(64) NOT NULL PRIMARY KEY,
    NEXT_ID BIGINT NOT NULL
);
INSERT INTO ${tablePrefix}_ID (NAME, NEXT_ID) VALUES ('${moduleId}', 1);

-- The records: every column the entity maps (names from the fields: createdAt is CREATED_AT).
CREATE TABLE ${tablePrefix}_${recordTable} (
    ID BIGINT NOT NULL PRIMARY KEY,
    VERSION INT NOT NULL,
    CODE VARCHAR(30) NOT NULL,
    NAME VARCHAR(100) NOT NULL,
    KIND VARCHAR(20) NOT NULL,
    NOTE VARCHAR(500),
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(100) NOT NULL,
    UPDATED_AT TIMESTAMP NOT NULL,
    UPDATED_BY VARCHAR(100) NOT NULL
);
CREATE UNIQUE INDEX ${tablePrefix}_${recordTable}_CODE ON ${tablePrefix}_${recordTable} (CODE);
