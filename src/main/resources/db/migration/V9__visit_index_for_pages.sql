-- V8 widened the page index to (site_id, started_at DESC, client_id) for the unique-client count;
-- H2 then served /visits' first page from the booth index and sorted the site's visits. The page
-- gets its own index back, and the count a covering index of its own.
DROP INDEX ix_visit_site_started;
CREATE INDEX ix_visit_site_started ON visit (site_id, started_at DESC);
CREATE INDEX ix_visit_site_started_client ON visit (site_id, started_at, client_id);
