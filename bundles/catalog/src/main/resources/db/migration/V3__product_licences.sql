-- the licences a buyer must hold to be sold a product (销售合法性), as customer files name them
ALTER TABLE CAT_PRODUCT ADD COLUMN LICENCES VARCHAR(200);
