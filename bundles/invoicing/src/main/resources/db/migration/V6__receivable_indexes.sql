-- What a statement of account and the ageing read: a customer's invoices by day of issue, and receipts by day.
CREATE INDEX INV_INVOICE_CUSTOMER ON INV_INVOICE (CUSTOMER_ID, ISSUED_ON);
CREATE INDEX INV_RECEIPT_RECEIVED ON INV_RECEIPT (RECEIVED_ON);
