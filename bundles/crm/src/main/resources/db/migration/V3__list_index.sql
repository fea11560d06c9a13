-- The customer list's usual page (active files in code order) read straight from an index instead of
-- sorting every active file; measured by the benchmark (first page at 10 000 customers).
CREATE INDEX CRM_CUSTOMER_ACTIVE_CODE ON CRM_CUSTOMER (ARCHIVED, CODE);
