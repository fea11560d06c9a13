-- The customer list's text search (lower(column) LIKE '%text%', in name, short name and code) read
-- through trigram indexes. PostgreSQL only: pg_trgm ships with PostgreSQL and is trusted, so the
-- database's owner may create it. Derby has no such index and reads the rows.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX CRM_CUSTOMER_NAME_TRGM ON CRM_CUSTOMER USING gin (lower(FULL_NAME) gin_trgm_ops);
CREATE INDEX CRM_CUSTOMER_SHORT_TRGM ON CRM_CUSTOMER USING gin (lower(SHORT_NAME) gin_trgm_ops);
CREATE INDEX CRM_CUSTOMER_CODE_TRGM ON CRM_CUSTOMER USING gin (lower(CODE) gin_trgm_ops);
