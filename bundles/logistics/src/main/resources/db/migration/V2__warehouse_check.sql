-- The warehouse check (仓库核实出货): before the goods leave, the warehouse confirms that product,
-- specification, batch numbers and quality status match the note.
ALTER TABLE LG_NOTE ADD COLUMN WAREHOUSE_CHECKED_BY VARCHAR(100);
ALTER TABLE LG_NOTE ADD COLUMN WAREHOUSE_CHECKED_AT TIMESTAMP;
