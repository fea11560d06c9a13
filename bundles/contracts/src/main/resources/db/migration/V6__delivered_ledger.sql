-- What each fulfilment source delivered on each order or contract, in value (FulfilmentLedger): kept by
-- the sources in the transactions that deliver, summed with the documents by the statistics in one query.
-- Filled from a source's own documents when the source is first counted (an upgrade, a module installed
-- later), so nothing is copied here.
CREATE TABLE CT_DELIVERED (
    DOCUMENT_ID BIGINT NOT NULL,
    SOURCE VARCHAR(40) NOT NULL,
    AMOUNT DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (DOCUMENT_ID, SOURCE)
);

-- The sources whose deliveries the ledger holds: a source is filled from its own documents once, when
-- first counted, under an exclusive lock of CT_DELIVERED (a delivery reported meanwhile waits for it).
CREATE TABLE CT_DELIVERED_SOURCE (
    NAME VARCHAR(40) NOT NULL PRIMARY KEY,
    FILLED_AT TIMESTAMP NOT NULL
);
