-- Migration 013, SQLite dialect: see postgresql/013_kyc_expiry.sql. Instants are canonical UTC
-- text (2026-12-01T09:00:00.000000Z), so they compare as text.
CREATE TRIGGER kyc_documents_expiry_guard BEFORE UPDATE ON kyc_documents
WHEN OLD.expires_at IS NOT NULL AND OLD.expires_at <= (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
     AND ((NEW.verification_status = 'approved' AND OLD.verification_status IS NOT 'approved')
          OR (NEW.first_approved_by IS NOT NULL AND OLD.first_approved_by IS NULL))
BEGIN
    SELECT RAISE(ABORT, 'an expired KYC document cannot be approved');
END;
