-- Migration 004 (issue 9): the database enforces who sees and changes what, because a desktop
-- program can be bypassed. Group roles for design/DOMAIN.md's roles get only the grants they
-- need (column-level where a role may change only some columns); row-level security limits
-- members, payments, invoices and settlements to the staff member's organisation subtree,
-- keyed on current_user through the staff table (never on a setting the client can SET). The
-- schema owner and superusers are not limited. Login roles are made with paydesk_add_staff()
-- (`paydesk admin add-staff`). Needs a migrating role with CREATEROLE.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['paydesk_hq_admin', 'paydesk_regional_admin', 'paydesk_center_manager',
                             'paydesk_kyc_reviewer', 'paydesk_auditor'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', r);
    END LOOP;
END
$$;

-- Who the connected staff member is (current_user is the login role, also inside policies).
CREATE FUNCTION paydesk_staff_role() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT s.role FROM staff s WHERE s.login = current_user AND s.is_active
$$;
-- Roles that see every organisation's rows (design/DOMAIN.md).
CREATE FUNCTION paydesk_sees_all() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT COALESCE(paydesk_staff_role() IN ('hq_admin', 'auditor', 'kyc_reviewer'), FALSE)
$$;
-- The organisations in the staff member's subtree (its own and everything below it).
CREATE FUNCTION paydesk_visible_orgs() RETURNS SETOF integer LANGUAGE sql STABLE AS $$
    SELECT o.id FROM staff s JOIN organizations home ON home.id = s.organization_id
        JOIN organizations o ON o.path LIKE home.path || '%'
    WHERE s.login = current_user AND s.is_active
$$;

-- Table privileges. Everyone reads the organisation tree, the staff list, the schema version.
GRANT SELECT ON organizations, staff, schema_migrations, kyc_settings
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor;
-- Everyone records what they do; nobody changes the record (the triggers refuse it too).
GRANT SELECT, INSERT ON audit_log
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer;
GRANT SELECT ON audit_log TO paydesk_auditor;
GRANT USAGE ON SEQUENCE audit_log_id_seq
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer;

-- hq_admin: everything else.
GRANT SELECT, INSERT, UPDATE, DELETE ON users, wallets, transactions, kyc_documents, parents, children, cms_info,
    payments, invoices, user_credits, settlements, bch_accounts TO paydesk_hq_admin;
GRANT INSERT, UPDATE ON organizations, staff, kyc_settings TO paydesk_hq_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO paydesk_hq_admin;

-- Reading for the others. The encrypted account number and the document number are readable
-- only by the roles that may reveal them (hq_admin; KYC reviewers for document numbers).
GRANT SELECT ON users, wallets, transactions, parents, children, payments, invoices, user_credits, settlements,
    bch_accounts TO paydesk_regional_admin, paydesk_center_manager, paydesk_auditor;
GRANT SELECT ON users, wallets, transactions, parents, children, payments TO paydesk_kyc_reviewer;
GRANT SELECT (id, parent_id, contract_id, bank_code, bank_name, account_holder, account_last4, payment_day,
              monthly_amount, cms_status, created_at, updated_at, version)
    ON cms_info TO paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor;
GRANT SELECT (id, user_id, document_type, full_name, date_of_birth, nationality, gender, address_line1,
              address_line2, city, state_province, postal_code, country, occupation, employer, income_range,
              source_of_funds, file_url, file_type, file_size, verification_status, verification_method,
              verification_notes, verified_by, verified_at, compliance_check_id, risk_score, risk_factors,
              created_at, updated_at, expires_at, kyc_level, version, claimed_by, claimed_at, claim_expires_at,
              first_approved_by, first_approved_at, resubmitted_at)
    ON kyc_documents TO paydesk_regional_admin, paydesk_center_manager, paydesk_auditor;
GRANT SELECT ON kyc_documents TO paydesk_kyc_reviewer;

-- Changes, column by column.
GRANT UPDATE (status, paid_at, tid, failure_reason, method, attempt_count, version, updated_at)
    ON payments TO paydesk_regional_admin;
GRANT UPDATE (status, paid_at, tid, failure_reason, version, updated_at) ON payments TO paydesk_center_manager;
GRANT UPDATE (status, confirmed_by, confirmed_at, paid_at, payment_count, gross_amount, fee_amount, net_amount,
              version, updated_at)
    ON settlements TO paydesk_regional_admin, paydesk_center_manager;
GRANT UPDATE (verification_status, verification_notes, verification_method, verified_by, verified_at, claimed_by,
              claimed_at, claim_expires_at, first_approved_by, first_approved_at, version, updated_at)
    ON kyc_documents TO paydesk_kyc_reviewer;
GRANT UPDATE (kyc_status, kyc_level, is_verified, version, updated_at) ON users TO paydesk_kyc_reviewer;
GRANT UPDATE (claim_minutes, sla_hours, four_eyes_risk, version, updated_at) ON kyc_settings TO paydesk_hq_admin;

-- Row-level security. (SELECT paydesk_sees_all()) is evaluated once per statement.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_visible ON users
    USING ((SELECT paydesk_sees_all()) OR organization_id IN (SELECT paydesk_visible_orgs()));
ALTER TABLE kyc_documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY kyc_documents_visible ON kyc_documents
    USING ((SELECT paydesk_sees_all()) OR user_id IN (SELECT u.id FROM users u));
ALTER TABLE wallets ENABLE ROW LEVEL SECURITY;
CREATE POLICY wallets_visible ON wallets USING ((SELECT paydesk_sees_all()) OR user_id IN (SELECT u.id FROM users u));
ALTER TABLE transactions ENABLE ROW LEVEL SECURITY;
CREATE POLICY transactions_visible ON transactions
    USING ((SELECT paydesk_sees_all()) OR user_id IN (SELECT u.id FROM users u));
ALTER TABLE user_credits ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_credits_visible ON user_credits
    USING ((SELECT paydesk_sees_all()) OR user_id IN (SELECT u.id FROM users u));
ALTER TABLE parents ENABLE ROW LEVEL SECURITY;
CREATE POLICY parents_visible ON parents
    USING ((SELECT paydesk_sees_all()) OR organization_id IN (SELECT paydesk_visible_orgs()));
ALTER TABLE children ENABLE ROW LEVEL SECURITY;
CREATE POLICY children_visible ON children
    USING ((SELECT paydesk_sees_all()) OR parent_id IN (SELECT p.id FROM parents p));
ALTER TABLE cms_info ENABLE ROW LEVEL SECURITY;
CREATE POLICY cms_info_visible ON cms_info
    USING ((SELECT paydesk_sees_all()) OR parent_id IN (SELECT p.id FROM parents p));
ALTER TABLE payments ENABLE ROW LEVEL SECURITY;
CREATE POLICY payments_visible ON payments
    USING ((SELECT paydesk_sees_all()) OR organization_id IN (SELECT paydesk_visible_orgs()));
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_visible ON invoices
    USING ((SELECT paydesk_sees_all()) OR organization_id IN (SELECT paydesk_visible_orgs()));
ALTER TABLE settlements ENABLE ROW LEVEL SECURITY;
CREATE POLICY settlements_visible ON settlements
    USING ((SELECT paydesk_sees_all()) OR organization_id IN (SELECT paydesk_visible_orgs()));
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_read ON audit_log FOR SELECT USING ((SELECT paydesk_sees_all()) OR actor = current_user);
CREATE POLICY audit_log_write ON audit_log FOR INSERT WITH CHECK (actor = current_user);

-- A login role for a staff member and its staff row, in one call with bound values:
-- SELECT paydesk_add_staff('kim.center', 'center_manager', 'C001', 'display name', NULL).
CREATE FUNCTION paydesk_add_staff(p_login text, p_role text, p_org_code text, p_display_name text,
                                  p_password text)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    org integer;
    staff_id integer;
BEGIN
    IF p_login !~ '^[a-z_][a-z0-9_.]{0,62}$' THEN
        RAISE EXCEPTION 'A login is 1 to 63 characters: lowercase letters, digits, "_" and "."; it starts with a letter or "_".'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_role NOT IN ('hq_admin', 'regional_admin', 'center_manager', 'kyc_reviewer', 'auditor') THEN
        RAISE EXCEPTION 'Unknown role "%"; use hq_admin, regional_admin, center_manager, kyc_reviewer or auditor.',
            p_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT id INTO org FROM organizations WHERE code = p_org_code;
    IF org IS NULL THEN
        RAISE EXCEPTION 'There is no organisation with the code "%".', p_org_code
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        IF p_password IS NULL THEN
            EXECUTE format('CREATE ROLE %I LOGIN', p_login);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password);
        END IF;
    END IF;
    EXECUTE format('GRANT %I TO %I', 'paydesk_' || p_role, p_login);
    INSERT INTO staff AS s (login, display_name, role, organization_id)
        VALUES (p_login, COALESCE(NULLIF(p_display_name, ''), p_login), p_role, org)
        ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role, organization_id = EXCLUDED.organization_id,
            display_name = EXCLUDED.display_name, is_active = TRUE, version = s.version + 1
        RETURNING s.id INTO staff_id;
    INSERT INTO audit_log (actor, action, entity, entity_id, after_data)
        VALUES (current_user, 'staff.add', 'staff', staff_id,
                jsonb_build_object('login', p_login, 'role', p_role, 'organization', p_org_code));
    RETURN staff_id;
END
$$;
REVOKE ALL ON FUNCTION paydesk_add_staff(text, text, text, text, text) FROM PUBLIC;
