-- Migration 023: indexed search and sort keys for joined columns (docs/ARCHITECTURE.md,
-- "Search and sort at scale"; measured in docs/PERFORMANCE.md, "Search and sort").
--
-- 1. Search: every big table the lists search gets one trigram index (pg_trgm, PostgreSQL's own
--    contrib) over a search text: its searched columns joined by U+001F, which no search can
--    contain (the lists refuse control characters), so "the text contains the pattern" is
--    exactly "one of the columns contains it". The lists find matching rows through these
--    indexes first and then test the columns themselves, so the results are those of ILIKE.
-- 2. Sort keys: a list sorted by a column of another table (a payment's member or institution)
--    cannot walk an index of its own table. The shown value is kept on the row (sort_*),
--    in step by the triggers below, with a (key, id) index for keyset paging.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
    RAISE EXCEPTION 'Paydesk''s search needs the PostgreSQL extension pg_trgm, which could not be created here: %', SQLERRM
        USING HINT = 'Ask a superuser to run "CREATE EXTENSION pg_trgm;" in database ' || current_database()
                     || ' (it is part of the postgresql package on Debian; elsewhere install postgresql-contrib), '
                     || 'then run the migration again: paydesk --init-db URL.';
END
$$;

-- The search text of a row: its parts joined by U+001F, NULLs as empty (core/sql/SqlExpr.h
-- spells the same calls, so the planner matches them with the indexes).
CREATE FUNCTION paydesk_search_text(VARIADIC parts text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(parts, E'\x1f', '') $$;

CREATE INDEX idx_users_search ON users USING gin (paydesk_search_text(email, first_name, last_name, phone,
    last_name || first_name, first_name || ' ' || last_name) gin_trgm_ops);
CREATE INDEX idx_payments_search ON payments USING gin (paydesk_search_text(tid, order_id) gin_trgm_ops);
CREATE INDEX idx_kyc_documents_search ON kyc_documents USING gin (paydesk_search_text(full_name, document_number_masked)
    gin_trgm_ops);
CREATE INDEX idx_invoices_search ON invoices USING gin (paydesk_search_text(address, username, description, tx_hash)
    gin_trgm_ops);
CREATE INDEX idx_cms_info_search ON cms_info USING gin (paydesk_search_text(contract_id) gin_trgm_ops);
CREATE INDEX idx_audit_log_search ON audit_log USING gin (paydesk_search_text(actor, action, entity, reason)
    gin_trgm_ops);
CREATE INDEX idx_transactions_search ON transactions USING gin (paydesk_search_text(transaction_id, transaction_hash,
    merchant_name, qr_code_id) gin_trgm_ops);
CREATE INDEX idx_wallets_search ON wallets USING gin (paydesk_search_text(wallet_address, circle_wallet_id)
    gin_trgm_ops);
-- A member's payments, for the search that finds members first.
CREATE INDEX idx_payments_parent_id ON payments(parent_id);

-- A member's name as the lists show it (PD_SQL_MEMBER_NAME in core/sql/SqlExpr.h): Korean names
-- family name first without a space.
CREATE FUNCTION paydesk_member_name(country text, first_name text, last_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN country = 'KR' THEN last_name || first_name ELSE first_name || ' ' || last_name END
$$;

ALTER TABLE payments ADD COLUMN sort_member TEXT NOT NULL DEFAULT '';
ALTER TABLE payments ADD COLUMN sort_institution TEXT NOT NULL DEFAULT '';
ALTER TABLE parents ADD COLUMN sort_member TEXT NOT NULL DEFAULT '';
ALTER TABLE parents ADD COLUMN sort_phone TEXT;
ALTER TABLE parents ADD COLUMN sort_email TEXT NOT NULL DEFAULT '';
ALTER TABLE parents ADD COLUMN sort_institution TEXT NOT NULL DEFAULT '';
ALTER TABLE parents ADD COLUMN sort_cms_status TEXT;
ALTER TABLE parents ADD COLUMN sort_payment_day INTEGER;
ALTER TABLE parents ADD COLUMN sort_monthly_amount BIGINT;
ALTER TABLE users ADD COLUMN sort_organization TEXT;
ALTER TABLE invoices ADD COLUMN sort_organization TEXT;
ALTER TABLE kyc_documents ADD COLUMN sort_email TEXT NOT NULL DEFAULT '';
ALTER TABLE wallets ADD COLUMN sort_email TEXT NOT NULL DEFAULT '';
ALTER TABLE transactions ADD COLUMN sort_email TEXT NOT NULL DEFAULT '';

-- Keys of existing rows (the triggers keep new and changed ones). Filling them is not a change
-- of the rows: no updated_at, no change notifications, no guards.
ALTER TABLE payments DISABLE TRIGGER USER;
ALTER TABLE parents DISABLE TRIGGER USER;
ALTER TABLE users DISABLE TRIGGER USER;
ALTER TABLE invoices DISABLE TRIGGER USER;
ALTER TABLE kyc_documents DISABLE TRIGGER USER;
ALTER TABLE wallets DISABLE TRIGGER USER;
ALTER TABLE transactions DISABLE TRIGGER USER;
UPDATE payments p SET sort_member = paydesk_member_name(u.country_code, u.first_name, u.last_name), sort_institution = o.name
    FROM parents pa, users u, organizations o
    WHERE pa.id = p.parent_id AND u.id = pa.user_id AND o.id = p.organization_id;
UPDATE parents pa SET sort_member = paydesk_member_name(u.country_code, u.first_name, u.last_name), sort_phone = u.phone,
        sort_email = u.email, sort_institution = o.name
    FROM users u, organizations o WHERE u.id = pa.user_id AND o.id = pa.organization_id;
UPDATE parents pa SET sort_cms_status = c.cms_status, sort_payment_day = c.payment_day,
        sort_monthly_amount = c.monthly_amount
    FROM cms_info c WHERE c.parent_id = pa.id;
UPDATE users u SET sort_organization = o.name FROM organizations o WHERE o.id = u.organization_id;
UPDATE invoices i SET sort_organization = o.name FROM organizations o WHERE o.id = i.organization_id;
UPDATE kyc_documents k SET sort_email = u.email FROM users u WHERE u.id = k.user_id;
UPDATE wallets w SET sort_email = u.email FROM users u WHERE u.id = w.user_id;
UPDATE transactions t SET sort_email = u.email FROM users u WHERE u.id = t.user_id;
ALTER TABLE payments ENABLE TRIGGER USER;
ALTER TABLE parents ENABLE TRIGGER USER;
ALTER TABLE users ENABLE TRIGGER USER;
ALTER TABLE invoices ENABLE TRIGGER USER;
ALTER TABLE kyc_documents ENABLE TRIGGER USER;
ALTER TABLE wallets ENABLE TRIGGER USER;
ALTER TABLE transactions ENABLE TRIGGER USER;

CREATE INDEX idx_payments_k_member ON payments(sort_member, id);
CREATE INDEX idx_payments_k_institution ON payments(sort_institution, id);
CREATE INDEX idx_parents_k_member ON parents(sort_member, id);
CREATE INDEX idx_parents_k_phone ON parents((COALESCE(sort_phone, '')), id);
CREATE INDEX idx_parents_k_email ON parents(sort_email, id);
CREATE INDEX idx_parents_k_institution ON parents(sort_institution, id);
CREATE INDEX idx_parents_k_cms_status ON parents((COALESCE(sort_cms_status, '')), id);
CREATE INDEX idx_parents_k_payment_day ON parents((COALESCE(sort_payment_day, 0)), id);
CREATE INDEX idx_parents_k_monthly_amount ON parents((COALESCE(sort_monthly_amount, 0)), id);
CREATE INDEX idx_users_k_organization ON users((COALESCE(sort_organization, '')), id);
CREATE INDEX idx_invoices_k_organization ON invoices((COALESCE(sort_organization, '')), id);
CREATE INDEX idx_kyc_documents_k_email ON kyc_documents(sort_email, id);
CREATE INDEX idx_wallets_k_email ON wallets(sort_email, id);
CREATE INDEX idx_transactions_k_email ON transactions(sort_email, id);

-- The row's own keys, on insert and when it moves to another member or organisation. The
-- functions run as the owner: the writer may not be allowed to read the rows the keys come from.
CREATE FUNCTION paydesk_payment_sort_keys() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    NEW.sort_member := COALESCE((SELECT paydesk_member_name(u.country_code, u.first_name, u.last_name)
                                 FROM parents pa JOIN users u ON u.id = pa.user_id WHERE pa.id = NEW.parent_id), '');
    NEW.sort_institution := COALESCE((SELECT o.name FROM organizations o WHERE o.id = NEW.organization_id), '');
    RETURN NEW;
END
$$;
CREATE TRIGGER payments_sort_keys BEFORE INSERT OR UPDATE OF parent_id, organization_id ON payments
    FOR EACH ROW EXECUTE FUNCTION paydesk_payment_sort_keys();

CREATE FUNCTION paydesk_parent_sort_keys() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    u users%ROWTYPE;
BEGIN
    SELECT * INTO u FROM users WHERE id = NEW.user_id;
    NEW.sort_member := COALESCE(paydesk_member_name(u.country_code, u.first_name, u.last_name), '');
    NEW.sort_phone := u.phone;
    NEW.sort_email := COALESCE(u.email, '');
    NEW.sort_institution := COALESCE((SELECT o.name FROM organizations o WHERE o.id = NEW.organization_id), '');
    RETURN NEW;
END
$$;
CREATE TRIGGER parents_sort_keys BEFORE INSERT OR UPDATE OF user_id, organization_id ON parents
    FOR EACH ROW EXECUTE FUNCTION paydesk_parent_sort_keys();

CREATE FUNCTION paydesk_cms_sort_keys() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM set_config('paydesk.sort_keys_only', 'on', true);
    UPDATE parents SET sort_cms_status = NEW.cms_status, sort_payment_day = NEW.payment_day,
                       sort_monthly_amount = NEW.monthly_amount
        WHERE id = NEW.parent_id AND (sort_cms_status, sort_payment_day, sort_monthly_amount)
              IS DISTINCT FROM (NEW.cms_status, NEW.payment_day, NEW.monthly_amount);
    PERFORM set_config('paydesk.sort_keys_only', 'off', true);
    RETURN NULL;
END
$$;
CREATE TRIGGER cms_info_sort_keys AFTER INSERT OR UPDATE OF cms_status, payment_day, monthly_amount ON cms_info
    FOR EACH ROW EXECUTE FUNCTION paydesk_cms_sort_keys();

CREATE FUNCTION paydesk_organization_key() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    NEW.sort_organization := (SELECT o.name FROM organizations o WHERE o.id = NEW.organization_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER users_sort_keys BEFORE INSERT OR UPDATE OF organization_id ON users
    FOR EACH ROW EXECUTE FUNCTION paydesk_organization_key();
CREATE TRIGGER invoices_sort_keys BEFORE INSERT OR UPDATE OF organization_id ON invoices
    FOR EACH ROW EXECUTE FUNCTION paydesk_organization_key();

CREATE FUNCTION paydesk_email_key() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    NEW.sort_email := COALESCE((SELECT u.email FROM users u WHERE u.id = NEW.user_id), '');
    RETURN NEW;
END
$$;
CREATE TRIGGER kyc_documents_sort_keys BEFORE INSERT OR UPDATE OF user_id ON kyc_documents
    FOR EACH ROW EXECUTE FUNCTION paydesk_email_key();
CREATE TRIGGER wallets_sort_keys BEFORE INSERT OR UPDATE OF user_id ON wallets
    FOR EACH ROW EXECUTE FUNCTION paydesk_email_key();
CREATE TRIGGER transactions_sort_keys BEFORE INSERT OR UPDATE OF user_id ON transactions
    FOR EACH ROW EXECUTE FUNCTION paydesk_email_key();

-- The copied sort keys are not a change of the row that carries them: the direct-change audit
-- of migration 014 leaves them out, so a renamed member or a changed contract updating its
-- copies writes no "direct_update" row (the audit is deferred to commit, so the flag above
-- cannot tell it apart). Otherwise the function is migration 014's.
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
      AND n.key NOT LIKE 'sort\_%'
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

-- Keys copied from a user or an organisation follow it when it changes. That is not a change of
-- the rows that carry them: updated_at stays (the flag below, for this statement only).
CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS TRIGGER AS $$
BEGIN
    IF current_setting('paydesk.sort_keys_only', true) = 'on' THEN
        RETURN NEW;
    END IF;
    NEW.updated_at = CURRENT_TIMESTAMP;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION paydesk_user_keys_follow() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    name text := COALESCE(paydesk_member_name(NEW.country_code, NEW.first_name, NEW.last_name), '');
BEGIN
    PERFORM set_config('paydesk.sort_keys_only', 'on', true);
    UPDATE parents SET sort_member = name, sort_phone = NEW.phone, sort_email = NEW.email
        WHERE user_id = NEW.id AND (sort_member, sort_phone, sort_email) IS DISTINCT FROM (name, NEW.phone, NEW.email);
    UPDATE payments SET sort_member = name
        WHERE parent_id IN (SELECT pa.id FROM parents pa WHERE pa.user_id = NEW.id) AND sort_member <> name;
    IF NEW.email IS DISTINCT FROM OLD.email THEN
        UPDATE kyc_documents SET sort_email = NEW.email WHERE user_id = NEW.id;
        UPDATE wallets SET sort_email = NEW.email WHERE user_id = NEW.id;
        UPDATE transactions SET sort_email = NEW.email WHERE user_id = NEW.id;
    END IF;
    PERFORM set_config('paydesk.sort_keys_only', 'off', true);
    RETURN NULL;
END
$$;
CREATE TRIGGER users_keys_follow AFTER UPDATE OF first_name, last_name, country_code, email, phone ON users
    FOR EACH ROW EXECUTE FUNCTION paydesk_user_keys_follow();

CREATE FUNCTION paydesk_organization_keys_follow() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.name IS NOT DISTINCT FROM OLD.name THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('paydesk.sort_keys_only', 'on', true);
    UPDATE payments SET sort_institution = NEW.name WHERE organization_id = NEW.id;
    UPDATE parents SET sort_institution = NEW.name WHERE organization_id = NEW.id;
    UPDATE users SET sort_organization = NEW.name WHERE organization_id = NEW.id;
    UPDATE invoices SET sort_organization = NEW.name WHERE organization_id = NEW.id;
    PERFORM set_config('paydesk.sort_keys_only', 'off', true);
    RETURN NULL;
END
$$;
CREATE TRIGGER organizations_keys_follow AFTER UPDATE OF name ON organizations
    FOR EACH ROW EXECUTE FUNCTION paydesk_organization_keys_follow();

GRANT SELECT (sort_email) ON kyc_documents TO paydesk_regional_admin, paydesk_center_manager, paydesk_auditor;
