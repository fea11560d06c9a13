-- The salesperson of the order or contract a note ships, kept with the note so that a salesperson narrowed to
-- their own records (scope.<role> = own) sees their notes; notes written before have none (a region scope reaches
-- them by their region).
ALTER TABLE LG_NOTE ADD COLUMN SALESPERSON VARCHAR(60);
