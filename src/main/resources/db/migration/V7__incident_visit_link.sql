-- Incidents and visits were built side by side; now that both exist, an incident's visit must
-- be a real visit (the service also checks it is one of the incident's site).
ALTER TABLE incident ADD CONSTRAINT fk_incident_visit FOREIGN KEY (visit_id) REFERENCES visit (id);
CREATE INDEX ix_incident_visit ON incident (visit_id);
