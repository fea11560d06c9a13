-- a line may name a product of the catalogue (neiqin-catalog): its id and its code on the day the line was written
ALTER TABLE CT_LINE ADD COLUMN PRODUCT_ID BIGINT;
ALTER TABLE CT_LINE ADD COLUMN PRODUCT_CODE VARCHAR(40);
