-- What is left to pay of each issued invoice, kept as money is matched or unmatched and credit notes are issued, so
-- that the collection ladder, the ageing of today and the credit stop read only the invoices still open. Filled for
-- the invoices already issued from their matches and credit notes.
ALTER TABLE INV_INVOICE ADD COLUMN OPEN_AMOUNT DECIMAL(19, 2);
UPDATE INV_INVOICE SET OPEN_AMOUNT = TOTAL
    - COALESCE((SELECT SUM(a.AMOUNT) FROM INV_ALLOCATION a WHERE a.INVOICE_ID = INV_INVOICE.ID), 0)
    + COALESCE((SELECT SUM(c.TOTAL) FROM INV_INVOICE c WHERE c.CREDIT_OF = INV_INVOICE.ID AND c.STATE = 'ISSUED'), 0)
    WHERE STATE = 'ISSUED' AND CREDIT_OF IS NULL;
CREATE INDEX INV_INVOICE_OPEN ON INV_INVOICE (STATE, OPEN_AMOUNT, DUE_DATE);
