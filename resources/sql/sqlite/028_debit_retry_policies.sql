-- Migration 028, SQLite dialect: see postgresql/028_debit_retry_policies.sql.
CREATE TABLE debit_retry_policies (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    retry_limit INTEGER NOT NULL CHECK (retry_limit BETWEEN 0 AND 5),
    interval_days INTEGER NOT NULL CHECK (interval_days BETWEEN 1 AND 10),
    set_by TEXT NOT NULL DEFAULT 'owner',
    set_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    CHECK (retry_limit * interval_days <= 15)
);
CREATE INDEX idx_debit_retry_policies_org ON debit_retry_policies(organization_id, id);
CREATE TRIGGER debit_retry_policies_no_update BEFORE UPDATE ON debit_retry_policies
BEGIN
    SELECT RAISE(ABORT, 'retry policies are never changed; set a newer policy');
END;
CREATE TRIGGER debit_retry_policies_no_delete BEFORE DELETE ON debit_retry_policies
BEGIN
    SELECT RAISE(ABORT, 'retry policies are never deleted; set a newer policy');
END;
