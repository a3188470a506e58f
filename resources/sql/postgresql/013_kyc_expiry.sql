-- Migration 013: an expired identity document is never approved (docs/DOMAIN.md, "KYC review").
-- The console and the server refuse first, in words; this trigger holds for every writer (psql,
-- other programs, the owner). It looks at the expiry as stored (OLD): moving the expiry and
-- approving in one statement does not pass; correcting a wrong expiry is a change of its own.
-- A first approval of a four-eyes document counts as approving.
CREATE OR REPLACE FUNCTION paydesk_kyc_expiry_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.expires_at IS NOT NULL AND OLD.expires_at <= now()
       AND ((NEW.verification_status = 'approved' AND OLD.verification_status IS DISTINCT FROM 'approved')
            OR (NEW.first_approved_by IS NOT NULL AND OLD.first_approved_by IS NULL)) THEN
        RAISE EXCEPTION 'KYC document % expired on %; an expired document cannot be approved.', OLD.id,
            to_char(OLD.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER kyc_documents_expiry_guard BEFORE UPDATE ON kyc_documents
    FOR EACH ROW EXECUTE FUNCTION paydesk_kyc_expiry_guard();
