-- The list of delivery notes pages from an index: its page's ids are read in the list's order (number,
-- then id), with or without a state, from an index that holds them, instead of sorting every matching
-- note (at 200 000 notes, a page of the delivered ones took over a second on Derby). Measured by the
-- benchmark (scale.logistics.list).
CREATE INDEX LG_NOTE_BY_CODE ON LG_NOTE (CODE, ID);
CREATE INDEX LG_NOTE_STATE_BY_CODE ON LG_NOTE (STATE, CODE, ID);
