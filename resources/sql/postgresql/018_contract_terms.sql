-- Migration 018: auto-debit contracts are registered and their terms changed from the console
-- (core/sql/SqlMembers.cpp registerContract, changeContractTerms): the bank, the account (sealed
-- with FieldCipher by the application, bound to the contract id; only the last four digits in
-- clear), the holder, the payment day and the monthly amount. Those who run a center's
-- collections do it for their subtree's members (cms_info_visible). A member keeps one contract
-- row (cms_info.parent_id is unique): registering after a termination writes a new contract,
-- with a new contract id, into that row; the terminated contract's terms stay in the audit log.
GRANT INSERT (parent_id, contract_id, bank_code, bank_name, account_holder, account_number_enc, account_last4,
              payment_day, monthly_amount, cms_status)
    ON cms_info TO paydesk_regional_admin, paydesk_center_manager;
GRANT UPDATE (contract_id, bank_code, bank_name, account_holder, account_number_enc, account_last4, payment_day,
              monthly_amount)
    ON cms_info TO paydesk_regional_admin, paydesk_center_manager;
GRANT USAGE ON SEQUENCE cms_info_id_seq TO paydesk_regional_admin, paydesk_center_manager;

-- A terminated contract is final; the one way out is a new registration: a new contract id with
-- status pending_registration.
CREATE OR REPLACE FUNCTION paydesk_cms_status_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.cms_status IS DISTINCT FROM OLD.cms_status AND NOT (OLD.cms_status, NEW.cms_status) IN (
            ('pending_registration', 'active'), ('pending_registration', 'terminated'), ('active', 'suspended'),
            ('active', 'terminated'), ('suspended', 'active'), ('suspended', 'terminated'))
       AND NOT (OLD.cms_status = 'terminated' AND NEW.cms_status = 'pending_registration'
                AND NEW.contract_id IS DISTINCT FROM OLD.contract_id) THEN
        RAISE EXCEPTION 'Auto-debit contract #% is %; it cannot become % from there.', OLD.id, OLD.cms_status,
            NEW.cms_status USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.cms_status = 'terminated' AND NEW.cms_status = 'terminated' AND (
            NEW.payment_day IS DISTINCT FROM OLD.payment_day OR NEW.bank_code IS DISTINCT FROM OLD.bank_code
            OR NEW.account_number_enc IS DISTINCT FROM OLD.account_number_enc
            OR NEW.monthly_amount IS DISTINCT FROM OLD.monthly_amount) THEN
        RAISE EXCEPTION 'Auto-debit contract #% is terminated; its terms do not change. Register a new contract.',
            OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER cms_info_status_guard ON cms_info;
CREATE TRIGGER cms_info_status_guard BEFORE UPDATE ON cms_info
    FOR EACH ROW EXECUTE FUNCTION paydesk_cms_status_guard();
