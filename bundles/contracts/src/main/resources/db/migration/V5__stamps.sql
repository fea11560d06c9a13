-- A revision changes after it is made (in force, superseded, rejected): it keeps who changed it last
-- and when, as every record of the kit's lifecycle does (Stamps).
ALTER TABLE CT_REVISION ADD COLUMN UPDATED_AT TIMESTAMP;
ALTER TABLE CT_REVISION ADD COLUMN UPDATED_BY VARCHAR(100);
UPDATE CT_REVISION SET UPDATED_AT = CREATED_AT, UPDATED_BY = CREATED_BY;
