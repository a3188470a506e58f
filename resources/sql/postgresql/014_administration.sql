-- Migration 014: the administration pages (docs/DOMAIN.md, "Administration"): members,
-- organisations, staff, wallets, transactions and the audit log as keyset-paged lists, and an
-- audit trail that also covers changes the schema owner makes outside Paydesk.

-- -- Staff directory -----------------------------------------------------------------------------
-- What headquarters sees of a staff member without reading password hashes, tokens or TOTP
-- secrets: whether a server password is set, whether a second factor is enrolled and when the
-- login last signed in to paydesk-server (the first token of its newest session). A view runs
-- with its owner's rights, so it reads those tables for the roles granted it, and only them.
CREATE VIEW staff_directory AS
SELECT s.id, s.login, s.display_name, s.role, s.organization_id, s.is_active, s.created_at, s.updated_at, s.version,
       (s.password_hash IS NOT NULL) AS server_password,
       EXISTS (SELECT 1 FROM staff_mfa m WHERE m.staff_id = s.id AND m.confirmed_at IS NOT NULL
               AND m.disabled_at IS NULL) AS second_factor,
       (SELECT max(r.issued_at) FROM refresh_tokens r WHERE r.staff_id = s.id AND r.session_id = r.id)
           AS last_sign_in_at
FROM staff s;
GRANT SELECT ON staff_directory TO paydesk_hq_admin, paydesk_auditor;

-- -- Keyset indexes: (sort expression, id) for every column the new lists sort by --------------------
CREATE INDEX idx_parents_k_enrolled_at ON parents(enrolled_at, id);
CREATE INDEX idx_parents_k_service_status ON parents(service_status, id);
CREATE INDEX idx_parents_k_updated_at ON parents(updated_at, id);
CREATE INDEX idx_wallets_k_created_at ON wallets((COALESCE(created_at, 'epoch'::timestamptz)), id);
CREATE INDEX idx_wallets_k_chain_name ON wallets(chain_name, id);
CREATE INDEX idx_wallets_k_balance ON wallets((COALESCE(usdc_balance, 0)), id);
CREATE INDEX idx_transactions_k_created_at ON transactions((COALESCE(created_at, 'epoch'::timestamptz)), id);
CREATE INDEX idx_transactions_k_amount ON transactions(amount, id);
CREATE INDEX idx_transactions_k_status ON transactions((COALESCE(status, '')), id);
CREATE INDEX idx_transactions_k_type ON transactions(transaction_type, id);
CREATE INDEX idx_audit_log_k_occurred_at ON audit_log(occurred_at, id);
CREATE INDEX idx_audit_log_k_actor ON audit_log(actor, id);
CREATE INDEX idx_audit_log_k_action ON audit_log(action, id);
CREATE INDEX idx_audit_log_k_entity ON audit_log(entity, id);

-- -- Changes by the owner are audited too ------------------------------------------------------------
-- Migration 009 audits direct statements of staff logins. The owner (psql as the schema owner,
-- other systems sharing its account) changes payments, invoices, members, contracts and
-- organisations too; those changes now get an audit row under the owner's name when the
-- transaction wrote none of its own. Bulk loads by the owner (demo data: COPY of millions of
-- rows) set paydesk.bulk_load = 'on' for their session and are not audited row by row; a staff
-- login setting it changes nothing (the WHEN below only skips the migrating owner).
CREATE OR REPLACE FUNCTION paydesk_audit_direct_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed jsonb;
    previous jsonb;
BEGIN
    IF paydesk_is_owner() AND (TG_TABLE_NAME NOT IN ('payments', 'invoices', 'parents', 'children', 'cms_info',
                                                     'organizations')
                               OR current_setting('paydesk.bulk_load', true) = 'on') THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM audit_log a WHERE a.txid = txid_current() AND a.actor = current_user
               AND ((a.entity = TG_TABLE_NAME AND a.entity_id = NEW.id)
                    OR (TG_TABLE_NAME = 'users' AND a.entity = 'kyc_documents'
                        AND a.entity_id IN (SELECT k.id FROM kyc_documents k WHERE k.user_id = NEW.id)))) THEN
        RETURN NULL;
    END IF;
    SELECT jsonb_object_agg(n.key, n.value) INTO changed FROM jsonb_each(to_jsonb(NEW)) n
    WHERE n.key NOT IN ('document_number', 'document_number_masked', 'account_number_enc', 'password_hash')
      AND (TG_OP = 'INSERT' OR n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key);
    IF changed IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT jsonb_object_agg(o.key, o.value) INTO previous FROM jsonb_each(to_jsonb(OLD)) o WHERE changed ? o.key;
    END IF;
    INSERT INTO audit_log (actor, action, entity, entity_id, before_data, after_data, reason)
    VALUES (current_user, TG_TABLE_NAME || '.direct_' || lower(TG_OP), TG_TABLE_NAME, NEW.id, previous, changed,
            'a direct database statement without an audit row of its own');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['payments', 'invoices', 'parents', 'children', 'cms_info', 'organizations'] LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', t || '_audited', t);
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE ON %I DEFERRABLE INITIALLY DEFERRED '
                       'FOR EACH ROW WHEN (current_user <> %L OR current_setting(''paydesk.bulk_load'', true) '
                       'IS DISTINCT FROM ''on'') EXECUTE FUNCTION paydesk_audit_direct_change()',
                       t || '_audited', t, current_user);
    END LOOP;
END
$$;

-- -- Members and auto-debit contracts -----------------------------------------------------------------
-- Those who run a center's collections pause, withdraw and resume its members and suspend,
-- resume and terminate their contracts (row-level security keeps them to their subtree);
-- headquarters holds every column already.
GRANT UPDATE (service_status, version, updated_at) ON parents TO paydesk_regional_admin, paydesk_center_manager;
GRANT UPDATE (cms_status, version, updated_at) ON cms_info TO paydesk_regional_admin, paydesk_center_manager;

-- A contract moves only along the steps of docs/DOMAIN.md (core/Users.cpp
-- contractTransitionAllowed), for every writer: a terminated contract is final.
CREATE FUNCTION paydesk_cms_status_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.cms_status IS DISTINCT FROM OLD.cms_status AND NOT (OLD.cms_status, NEW.cms_status) IN (
            ('pending_registration', 'active'), ('pending_registration', 'terminated'), ('active', 'suspended'),
            ('active', 'terminated'), ('suspended', 'active'), ('suspended', 'terminated')) THEN
        RAISE EXCEPTION 'Auto-debit contract #% is %; it cannot become % from there.', OLD.id, OLD.cms_status,
            NEW.cms_status USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER cms_info_status_guard BEFORE UPDATE OF cms_status ON cms_info
    FOR EACH ROW EXECUTE FUNCTION paydesk_cms_status_guard();
