-- The incident history (Envers) is append-only for the application role on PostgreSQL
-- (docker/app-role.sql), yet the retention job must delete an incident's history with the
-- incident after ten years. A cascading foreign key does that: the database runs the cascade
-- with the table owner's rights, so the application role deletes incidents but never a history
-- row on its own. Incidents themselves are never deleted by the console otherwise.
ALTER TABLE incident_aud ADD CONSTRAINT fk_incident_aud_incident
    FOREIGN KEY (id) REFERENCES incident (id) ON DELETE CASCADE;
ALTER TABLE response_step_aud ADD CONSTRAINT fk_response_step_aud_incident
    FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE;
ALTER TABLE follow_up_action_aud ADD CONSTRAINT fk_follow_up_action_aud_incident
    FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE;
CREATE INDEX ix_incident_aud_id ON incident_aud (id);
