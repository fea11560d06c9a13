-- A request over the per-invoice limits is split into several, each within them: the parts name their first part
-- (SPLIT_GROUP), their place and how many there are.
ALTER TABLE INV_INVOICE ADD COLUMN SPLIT_GROUP BIGINT;
ALTER TABLE INV_INVOICE ADD COLUMN SPLIT_PART INT;
ALTER TABLE INV_INVOICE ADD COLUMN SPLIT_PARTS INT;
