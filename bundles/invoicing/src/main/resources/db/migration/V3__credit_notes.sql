-- A red-letter credit note (红字发票) is an invoice of its own with negative quantities and amounts, reviewed and
-- issued like any other, naming the invoice it corrects and why; each of its lines names the line it credits.
ALTER TABLE INV_INVOICE ADD COLUMN CREDIT_OF BIGINT;
ALTER TABLE INV_INVOICE ADD COLUMN CREDIT_REASON VARCHAR(500);
ALTER TABLE INV_LINE ADD COLUMN CREDITED_LINE_NO INT;
CREATE INDEX INV_INVOICE_CREDIT_OF ON INV_INVOICE (CREDIT_OF);
