-- Migration 022, SQLite dialect: see postgresql/022_kyc_queue.sql. SQLite has no logins, so the
-- review rules (who holds, assigns, resumes) are the console's; the SLA clock is kept by
-- triggers for every writer.
ALTER TABLE kyc_documents ADD COLUMN hold_reason TEXT;
ALTER TABLE kyc_documents ADD COLUMN held_by TEXT;
ALTER TABLE kyc_documents ADD COLUMN held_at TEXT;
ALTER TABLE kyc_documents ADD COLUMN sla_clock_from TEXT;
ALTER TABLE kyc_documents ADD COLUMN paused_at TEXT;
ALTER TABLE kyc_documents ADD COLUMN assigned_to TEXT;
ALTER TABLE kyc_documents ADD COLUMN assigned_at TEXT;
CREATE INDEX idx_kyc_documents_assigned_to ON kyc_documents(assigned_to) WHERE assigned_to IS NOT NULL;
ALTER TABLE kyc_settings ADD COLUMN auto_assign INTEGER NOT NULL DEFAULT 0 CHECK (auto_assign IN (0, 1));
ALTER TABLE staff ADD COLUMN away_until TEXT;

UPDATE kyc_documents SET paused_at = COALESCE(verified_at, updated_at) WHERE verification_status = 'needs_info';
UPDATE kyc_documents SET sla_clock_from = strftime('%Y-%m-%dT%H:%M:%f',
        julianday(created_at) + julianday(resubmitted_at) - julianday(verified_at)) || '000Z'
    WHERE verification_status = 'pending' AND resubmitted_at IS NOT NULL
      AND verified_at BETWEEN created_at AND resubmitted_at;

CREATE TRIGGER kyc_documents_auto_assign AFTER INSERT ON kyc_documents
    WHEN NEW.verification_status = 'pending' AND NEW.assigned_to IS NULL
     AND COALESCE((SELECT auto_assign FROM kyc_settings WHERE id = 1), 0) = 1
BEGIN
    UPDATE kyc_documents SET assigned_to = (
            SELECT s.login FROM staff s
            WHERE s.is_active = 1 AND s.role = 'kyc_reviewer' AND (s.away_until IS NULL OR s.away_until < date('now'))
            ORDER BY (SELECT COUNT(*) FROM kyc_documents d WHERE d.assigned_to = s.login
                      AND d.verification_status = 'pending'), s.login
            LIMIT 1)
    WHERE id = NEW.id;
    UPDATE kyc_documents SET assigned_at = strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'
    WHERE id = NEW.id AND assigned_to IS NOT NULL;
END;
CREATE TRIGGER kyc_documents_sla_pause AFTER UPDATE OF verification_status, hold_reason ON kyc_documents
    WHEN (NEW.verification_status = 'needs_info' OR NEW.hold_reason IS NOT NULL)
     AND NOT (OLD.verification_status = 'needs_info' OR OLD.hold_reason IS NOT NULL)
BEGIN
    UPDATE kyc_documents SET paused_at = strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z' WHERE id = NEW.id;
END;
CREATE TRIGGER kyc_documents_sla_resume AFTER UPDATE OF verification_status, hold_reason ON kyc_documents
    WHEN NOT (NEW.verification_status = 'needs_info' OR NEW.hold_reason IS NOT NULL)
     AND (OLD.verification_status = 'needs_info' OR OLD.hold_reason IS NOT NULL)
BEGIN
    UPDATE kyc_documents SET sla_clock_from = strftime('%Y-%m-%dT%H:%M:%f',
            julianday(COALESCE(OLD.sla_clock_from, OLD.created_at)) + julianday('now')
            - julianday(COALESCE(OLD.paused_at, strftime('%Y-%m-%dT%H:%M:%f', 'now')))) || '000Z',
        paused_at = NULL
    WHERE id = NEW.id;
END;
