-- Migration 026: when an auto-debit contract's account last changed, for the debit calendar's
-- "account changed since the last debit" flag (docs/DOMAIN.md, "The debit calendar"). A debit
-- sent to the bank right after the account changed is the one most likely to come back
-- (holder mismatch, account not registered), so the manager checks those rows first.
--
-- account_changed_at is kept by the database, not the applications: set when the bank, the
-- sealed account number, its last four digits or the holder change (NULL: unchanged since the
-- contract was registered). Nobody is granted to write it.
ALTER TABLE cms_info ADD COLUMN account_changed_at TIMESTAMP WITH TIME ZONE;

CREATE FUNCTION paydesk_cms_account_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.bank_code IS DISTINCT FROM OLD.bank_code OR NEW.account_number_enc IS DISTINCT FROM OLD.account_number_enc
       OR NEW.account_last4 IS DISTINCT FROM OLD.account_last4
       OR NEW.account_holder IS DISTINCT FROM OLD.account_holder THEN
        NEW.account_changed_at := CURRENT_TIMESTAMP;
    ELSE
        NEW.account_changed_at := OLD.account_changed_at;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER cms_info_account_changed BEFORE UPDATE ON cms_info
    FOR EACH ROW EXECUTE FUNCTION paydesk_cms_account_changed();

GRANT SELECT (account_changed_at) ON cms_info
    TO paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor;

