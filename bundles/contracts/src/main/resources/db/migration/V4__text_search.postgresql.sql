-- The document list's text search (lower(column) LIKE '%text%', in number and customer name) read
-- through trigram indexes. PostgreSQL only (see crm's V6); Derby reads the rows.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX CT_DOCUMENT_NUMBER_TRGM ON CT_DOCUMENT USING gin (lower(DOC_NUMBER) gin_trgm_ops);
CREATE INDEX CT_DOCUMENT_CUSTOMER_TRGM ON CT_DOCUMENT USING gin (lower(CUSTOMER_NAME) gin_trgm_ops);
