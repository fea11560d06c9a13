-- An issued invoice goes back through the office, which sends it to the customer: when, by which courier and
-- waybill, and when the customer received it (回到内勤寄给客户).
ALTER TABLE INV_INVOICE ADD COLUMN SENT_ON DATE;
ALTER TABLE INV_INVOICE ADD COLUMN COURIER VARCHAR(100);
ALTER TABLE INV_INVOICE ADD COLUMN WAYBILL VARCHAR(60);
ALTER TABLE INV_INVOICE ADD COLUMN RECEIVED_ON DATE;
