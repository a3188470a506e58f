-- Migration 003: the KYC review workflow (issue 4). A reviewer claims a pending document
-- before deciding it; the claim lapses at claim_expires_at, so an abandoned claim frees the
-- document again. Documents over the four-eyes risk threshold need two approvals by different
-- reviewers: the first is kept in first_approved_by/at while the document stays pending.
-- resubmitted_at marks a document the customer sent again after a request for information.
ALTER TABLE kyc_documents ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE kyc_documents ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE kyc_documents ADD COLUMN claim_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE kyc_documents ADD COLUMN first_approved_by VARCHAR(100);
ALTER TABLE kyc_documents ADD COLUMN first_approved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE kyc_documents ADD COLUMN resubmitted_at TIMESTAMP WITH TIME ZONE;
UPDATE kyc_documents SET resubmitted_at = updated_at
    WHERE verification_status = 'pending' AND verification_notes LIKE 'resubmitted%';
-- The queue: pending documents oldest first.
CREATE INDEX idx_kyc_documents_queue ON kyc_documents(created_at, id) WHERE verification_status = 'pending';
CREATE INDEX idx_kyc_documents_claimed_by ON kyc_documents(claimed_by) WHERE claimed_by IS NOT NULL;

-- One row of review settings for the organisation.
CREATE TABLE kyc_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    claim_minutes INTEGER NOT NULL DEFAULT 30 CHECK (claim_minutes BETWEEN 1 AND 1440),
    sla_hours INTEGER NOT NULL DEFAULT 48 CHECK (sla_hours BETWEEN 1 AND 720),
    four_eyes_risk NUMERIC(3, 2) NOT NULL DEFAULT 7.00 CHECK (four_eyes_risk BETWEEN 0 AND 9.99),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO kyc_settings (id) VALUES (1);
CREATE TRIGGER update_kyc_settings_updated_at BEFORE UPDATE ON kyc_settings
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
