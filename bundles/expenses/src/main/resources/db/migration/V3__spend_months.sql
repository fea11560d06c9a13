-- What was spent, added up per month, claimant, region and category as claims are approved and activities verified:
-- the statistics and the expense ledger read whole months here instead of every line. A row is made (at 0) when a
-- claim or application that may add to it is submitted, so that approvals only ever add to existing rows.
CREATE TABLE EXP_SPEND_MONTH (
    MONTH_START DATE NOT NULL,
    CLAIMANT VARCHAR(100) NOT NULL,
    REGION VARCHAR(20) NOT NULL,
    CATEGORY VARCHAR(20) NOT NULL,
    AMOUNT DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (MONTH_START, CLAIMANT, REGION, CATEGORY)
);
