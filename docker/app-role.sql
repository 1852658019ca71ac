-- The console's application role on PostgreSQL: reads and writes the working tables, but may only
-- read and append to the history tables, so no bug and no stolen application password can rewrite
-- who did what. Run with psql as the owner role that runs Flyway (docs/OPERATIONS.md, "Database
-- roles"), after the first start and again after every upgrade (new tables arrive with upgrades):
--   psql -h db-host -U dcr_owner -d dcr -v ON_ERROR_STOP=1 -f docker/app-role.sql
-- The application role itself is created once by a superuser:
--   CREATE ROLE dcr_app LOGIN PASSWORD '...';

GRANT CONNECT ON DATABASE dcr TO dcr_app;
GRANT USAGE ON SCHEMA public TO dcr_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO dcr_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO dcr_app;

-- History tables: read and append only.
-- Incident history (Hibernate Envers revisions of incidents, response steps and follow-up actions)
REVOKE UPDATE, DELETE, TRUNCATE ON revinfo, incident_aud, response_step_aud, follow_up_action_aud FROM dcr_app;
-- Changes of users (roles, sites, active flag, password resets) and sign-in throttling events
REVOKE UPDATE, DELETE, TRUNCATE ON user_change, sign_in_throttle FROM dcr_app;
-- Corrections of visits and changes of a booth's service (their visit's or booth's deletion by the
-- retention job takes them along through ON DELETE CASCADE, which runs with the owner's rights)
REVOKE UPDATE, DELETE, TRUNCATE ON visit_correction, booth_service_change FROM dcr_app;
-- Who looked at which client, incident or export
REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM dcr_app;

-- Flyway's own table belongs to the owner alone.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM dcr_app;
