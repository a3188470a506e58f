-- Migration 003, SQLite dialect: see postgresql/003_kyc_review.sql.
ALTER TABLE kyc_documents ADD COLUMN claimed_by TEXT;
ALTER TABLE kyc_documents ADD COLUMN claimed_at TEXT;
ALTER TABLE kyc_documents ADD COLUMN claim_expires_at TEXT;
ALTER TABLE kyc_documents ADD COLUMN first_approved_by TEXT;
ALTER TABLE kyc_documents ADD COLUMN first_approved_at TEXT;
ALTER TABLE kyc_documents ADD COLUMN resubmitted_at TEXT;
UPDATE kyc_documents SET resubmitted_at = updated_at
    WHERE verification_status = 'pending' AND verification_notes LIKE 'resubmitted%';
CREATE INDEX idx_kyc_documents_queue ON kyc_documents(created_at, id) WHERE verification_status = 'pending';
CREATE INDEX idx_kyc_documents_claimed_by ON kyc_documents(claimed_by) WHERE claimed_by IS NOT NULL;

CREATE TABLE kyc_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    claim_minutes INTEGER NOT NULL DEFAULT 30 CHECK (claim_minutes BETWEEN 1 AND 1440),
    sla_hours INTEGER NOT NULL DEFAULT 48 CHECK (sla_hours BETWEEN 1 AND 720),
    four_eyes_risk NUMERIC NOT NULL DEFAULT 7.00 CHECK (four_eyes_risk BETWEEN 0 AND 9.99),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO kyc_settings (id) VALUES (1);
