-- A review's title as a translatable text: its message key and (in TITLE_ARGS, as JSON) its English pattern and
-- arguments beside the English TITLE,
-- so that each reviewer reads it in their own language. Reviews submitted before keep their title only.
ALTER TABLE NQ_REVIEW ADD COLUMN TITLE_KEY VARCHAR(200);
ALTER TABLE NQ_REVIEW ADD COLUMN TITLE_ARGS VARCHAR(2000);
