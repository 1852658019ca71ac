-- /clients pages show each client's visit count and last visit, asked by client id alone: an index
-- that starts with the client serves it on both databases (PostgreSQL had no index starting with
-- client_id; H2's foreign-key index lacked started_at).
CREATE INDEX ix_visit_client_started ON visit (client_id, started_at);
