-- Migration 006 (issue 6): sessions of paydesk-server. Staff sign in to the server with a
-- password (staff.password_hash, PBKDF2-HMAC-SHA256 written by the server) and hold a refresh
-- token, stored here only as its SHA-256, revocable and rotated on every use.
CREATE TABLE refresh_tokens (
    id BIGSERIAL PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    token_sha256 CHAR(64) NOT NULL UNIQUE CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idx_refresh_tokens_staff ON refresh_tokens(staff_id);
-- Staff roles never read or write tokens or password hashes: only the server's own account.
REVOKE ALL ON refresh_tokens FROM PUBLIC;
REVOKE SELECT ON staff FROM paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer,
    paydesk_auditor;
GRANT SELECT (id, login, display_name, role, organization_id, is_active, created_at, updated_at, version) ON staff
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor;

-- Roles that may not read document numbers (regional and center managers, auditors) still see
-- the masked form in detail views and can search by the last four characters.
ALTER TABLE kyc_documents ADD COLUMN document_number_masked VARCHAR(104)
    GENERATED ALWAYS AS (CASE WHEN document_number IS NULL THEN NULL WHEN length(document_number) <= 4 THEN '****' ELSE '****' || substr(document_number, length(document_number) - 3, 4) END) STORED;
GRANT SELECT (document_number_masked) ON kyc_documents
    TO paydesk_regional_admin, paydesk_center_manager, paydesk_auditor;

-- The server acts as the signed-in staff member (SET ROLE through set_config('role', ...)), so
-- the database's grants and row-level security apply to every request exactly as for a direct
-- connection. Its account needs membership in every staff login: paydesk_add_staff() now grants
-- each login to paydesk_service, and the server's account is made a member of that with
-- GRANT paydesk_service TO <server account> (docs/SECURITY.md).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'paydesk_service') THEN
        CREATE ROLE paydesk_service NOLOGIN NOINHERIT;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION paydesk_add_staff(p_login text, p_role text, p_org_code text, p_display_name text,
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
    EXECUTE format('GRANT %I TO paydesk_service', p_login);
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
