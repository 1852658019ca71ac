-- Retention per site (GDPR Art. 5(1)(e), storage limitation). Defaults and their reasons are in
-- docs/OPERATIONS.md: visit detail, clients, refusals and queue entries 24 months, incidents
-- with their history 10 years.
ALTER TABLE site ADD COLUMN retention_visit_months INTEGER NOT NULL DEFAULT 24;
ALTER TABLE site ADD COLUMN retention_client_months INTEGER NOT NULL DEFAULT 24;
ALTER TABLE site ADD COLUMN retention_refusal_months INTEGER NOT NULL DEFAULT 24;
ALTER TABLE site ADD COLUMN retention_incident_years INTEGER NOT NULL DEFAULT 10;
ALTER TABLE site ADD CONSTRAINT ck_site_retention CHECK (retention_visit_months BETWEEN 3 AND 120
    AND retention_client_months BETWEEN 3 AND 120 AND retention_refusal_months BETWEEN 3 AND 120
    AND retention_incident_years BETWEEN 1 AND 30);

-- How far the retention job has deleted, per site: visits and refusals before these local days
-- (always the first of a month) are gone, and their figures come from the kept tables below.
CREATE TABLE retention_state (
    site_id BIGINT NOT NULL PRIMARY KEY REFERENCES site (id),
    visits_purged_before DATE,
    refusals_purged_before DATE
);

-- A day whose visits were deleted keeps its roll-up for good: never dropped, never recounted.
ALTER TABLE visit_day ADD COLUMN purged BOOLEAN NOT NULL DEFAULT FALSE;

-- Figures that are counted directly from visits and refusals, kept per local month (unique
-- clients) or day (refusals) when those rows are deleted: counts only, no client.
CREATE TABLE visit_month_kept (
    site_id BIGINT NOT NULL REFERENCES site (id),
    local_month DATE NOT NULL,
    unique_clients BIGINT NOT NULL,
    CONSTRAINT pk_visit_month_kept PRIMARY KEY (site_id, local_month)
);
CREATE TABLE visit_month_client_kept (
    site_id BIGINT NOT NULL REFERENCES site (id),
    local_month DATE NOT NULL,
    sex VARCHAR(10) NOT NULL,
    birth_year INTEGER NOT NULL,
    clients BIGINT NOT NULL,
    CONSTRAINT pk_visit_month_client_kept PRIMARY KEY (site_id, local_month, sex, birth_year)
);
CREATE TABLE refusal_day_kept (
    site_id BIGINT NOT NULL REFERENCES site (id),
    local_day DATE NOT NULL,
    reason VARCHAR(20) NOT NULL,
    amount BIGINT NOT NULL,
    CONSTRAINT pk_refusal_day_kept PRIMARY KEY (site_id, local_day, reason)
);
-- the purge finds old queue entries by time (incidents have ix_incident_site_occurred)
CREATE INDEX ix_queue_entry_site_joined ON queue_entry (site_id, joined_at);

-- When a client's visits are deleted, the start of the last of them, so that the client is
-- deleted the set number of months after their last visit even when no visit is left.
ALTER TABLE client ADD COLUMN last_deleted_visit_at TIMESTAMP(6) WITH TIME ZONE;
