-- the price lists' price (neiqin-catalog) for the customer on the document's date when the line was written: a line
-- priced under it is shown to the document's reviewer with its deviation
ALTER TABLE CT_LINE ADD COLUMN LIST_PRICE DECIMAL(19, 2);
