-- The credit check at release (a note over the customer's limit waits in CREDIT_HOLD for a manager; the
-- check's words stay on the note), the carrier's signature when the goods are handed over, the name of
-- the proof-of-delivery scan kept with the note (LG_PROOF), and the region the note ships to (reports).
ALTER TABLE LG_NOTE ADD COLUMN CREDIT_NOTE VARCHAR(500);
ALTER TABLE LG_NOTE ADD COLUMN CARRIER_SIGNED_BY VARCHAR(100);
ALTER TABLE LG_NOTE ADD COLUMN CARRIER_SIGNED_AT TIMESTAMP;
ALTER TABLE LG_NOTE ADD COLUMN PROOF_NAME VARCHAR(200);
ALTER TABLE LG_NOTE ADD COLUMN REGION VARCHAR(20);
CREATE INDEX LG_NOTE_SHIPPED ON LG_NOTE (SHIPPED_AT);
