-- Migration 018, SQLite dialect: see postgresql/018_contract_terms.sql.
DROP TRIGGER cms_info_status_guard;
CREATE TRIGGER cms_info_status_guard BEFORE UPDATE OF cms_status ON cms_info
WHEN NEW.cms_status IS NOT OLD.cms_status AND NOT (
    (OLD.cms_status = 'pending_registration' AND NEW.cms_status IN ('active', 'terminated'))
    OR (OLD.cms_status = 'active' AND NEW.cms_status IN ('suspended', 'terminated'))
    OR (OLD.cms_status = 'suspended' AND NEW.cms_status IN ('active', 'terminated'))
    OR (OLD.cms_status = 'terminated' AND NEW.cms_status = 'pending_registration'
        AND NEW.contract_id IS NOT OLD.contract_id))
BEGIN
    SELECT RAISE(ABORT, 'an auto-debit contract cannot make this status change');
END;
CREATE TRIGGER cms_info_terminated_terms BEFORE UPDATE OF payment_day, bank_code, account_number_enc, monthly_amount
ON cms_info
WHEN OLD.cms_status = 'terminated' AND NEW.cms_status = 'terminated'
BEGIN
    SELECT RAISE(ABORT, 'a terminated contract''s terms do not change');
END;
