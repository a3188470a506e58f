-- Migration 020: headquarters adds staff, changes a staff member's role, organisation or name,
-- and sets a staff member's paydesk-server password from the console (core/sql/SqlStaff.cpp).
-- Staff logins cannot create roles or write the staff table, so each is a SECURITY DEFINER
-- function of the migrating owner (who holds CREATEROLE), as paydesk_set_staff_active() is
-- (migration 009): it checks that the caller is an active hq_admin (or the owner), changes the
-- row, the login role and its group role together, ends the login's server sessions when its
-- rights change, and writes the audit row under the caller, never with a secret in it.

-- Whether the caller may administer staff: an active hq_admin, or the owner with no staff row.
CREATE FUNCTION paydesk_caller_administers_staff() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM staff c WHERE c.login = paydesk_caller() AND c.is_active AND c.role = 'hq_admin')
        OR (NOT EXISTS (SELECT 1 FROM staff c WHERE c.login = paydesk_caller())
            AND paydesk_role_is_owner(paydesk_caller()))
$$;

-- The checks every function below makes first: the caller administers staff (refused as
-- "Only headquarters (hq_admin) <p_doing>."), gives a reason, and names a known role.
CREATE FUNCTION paydesk_staff_admin_check(p_doing text, p_reason text, p_role text) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF NOT paydesk_caller_administers_staff() THEN
        RAISE EXCEPTION 'Only headquarters (hq_admin) %.', p_doing USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF btrim(COALESCE(p_reason, '')) = '' THEN
        RAISE EXCEPTION 'Give a reason: it is kept in the audit log with your name.' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_role IS NOT NULL AND p_role NOT IN ('hq_admin', 'regional_admin', 'center_manager', 'kyc_reviewer', 'auditor') THEN
        RAISE EXCEPTION 'Unknown role "%"; use hq_admin, regional_admin, center_manager, kyc_reviewer or auditor.',
            p_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

CREATE FUNCTION paydesk_staff_create(p_login text, p_role text, p_org integer, p_display_name text,
                                     p_db_password text, p_password_hash text, p_reason text)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    staff_id integer;
BEGIN
    PERFORM paydesk_staff_admin_check('adds staff', p_reason, p_role);
    IF p_login !~ '^[a-z_][a-z0-9_.]{0,62}$' THEN
        RAISE EXCEPTION 'A login is 1 to 63 characters: lowercase letters, digits, "_" and "."; it starts with a letter or "_".'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM organizations WHERE id = p_org AND is_active) THEN
        RAISE EXCEPTION 'There is no open organisation #%.', p_org USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM staff WHERE login = p_login) THEN
        RAISE EXCEPTION 'The login "%" belongs to a staff member already; change that one instead.', p_login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'A database role "%" exists already and is not Paydesk staff; choose another login.', p_login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_db_password IS NULL OR p_db_password = '' THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_db_password);
    END IF;
    PERFORM paydesk_grant_only_role(p_login, p_role);
    EXECUTE format('GRANT %I TO paydesk_service', p_login);
    INSERT INTO staff (login, display_name, role, organization_id, password_hash)
        VALUES (p_login, COALESCE(NULLIF(btrim(p_display_name), ''), p_login), p_role, p_org,
                NULLIF(p_password_hash, ''))
        RETURNING id INTO staff_id;
    INSERT INTO audit_log (actor, action, entity, entity_id, after_data, reason)
        VALUES (paydesk_caller(), 'staff.add', 'staff', staff_id,
                jsonb_build_object('login', p_login, 'role', p_role, 'organization_id', p_org,
                                   'database_password', p_db_password IS NOT NULL AND p_db_password <> '',
                                   'server_password', p_password_hash IS NOT NULL AND p_password_hash <> ''),
                btrim(p_reason));
    RETURN staff_id;
END
$$;
REVOKE ALL ON FUNCTION paydesk_staff_create(text, text, integer, text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION paydesk_staff_create(text, text, integer, text, text, text, text) TO paydesk_hq_admin;

CREATE FUNCTION paydesk_staff_change(p_login text, p_version integer, p_role text, p_org integer,
                                     p_display_name text, p_reason text)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    target staff%ROWTYPE;
BEGIN
    PERFORM paydesk_staff_admin_check('changes staff', p_reason, p_role);
    SELECT * INTO target FROM staff WHERE login = p_login FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no staff member with the login "%".', p_login USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF target.version <> p_version THEN
        RAISE EXCEPTION 'Staff member % changed since it was shown; look again.', p_login
            USING ERRCODE = 'serialization_failure';
    END IF;
    IF p_login = paydesk_caller() AND p_role <> target.role THEN
        RAISE EXCEPTION 'You cannot change your own role; ask another headquarters admin.'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_org <> target.organization_id AND NOT EXISTS (SELECT 1 FROM organizations WHERE id = p_org AND is_active) THEN
        RAISE EXCEPTION 'There is no open organisation #%.', p_org USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE staff SET role = p_role, organization_id = p_org,
        display_name = COALESCE(NULLIF(btrim(p_display_name), ''), target.display_name), version = version + 1
        WHERE id = target.id;
    IF target.is_active AND p_role <> target.role THEN
        PERFORM paydesk_grant_only_role(p_login, p_role);
    END IF;
    IF p_role <> target.role OR p_org <> target.organization_id THEN
        -- Tokens carry the role and the organisation: the server's sessions end at once.
        UPDATE refresh_tokens SET revoked_at = now() WHERE staff_id = target.id AND revoked_at IS NULL;
    END IF;
    INSERT INTO audit_log (actor, action, entity, entity_id, before_data, after_data, reason)
        VALUES (paydesk_caller(), 'staff.change', 'staff', target.id,
                jsonb_build_object('role', target.role, 'organization_id', target.organization_id,
                                   'display_name', target.display_name),
                jsonb_build_object('role', p_role, 'organization_id', p_org,
                                   'display_name', COALESCE(NULLIF(btrim(p_display_name), ''), target.display_name)),
                btrim(p_reason));
    RETURN target.version + 1;
END
$$;
REVOKE ALL ON FUNCTION paydesk_staff_change(text, integer, text, integer, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION paydesk_staff_change(text, integer, text, integer, text, text) TO paydesk_hq_admin;

CREATE FUNCTION paydesk_staff_set_server_password(p_login text, p_password_hash text, p_reason text)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    target staff%ROWTYPE;
BEGIN
    PERFORM paydesk_staff_admin_check('sets staff passwords', p_reason, NULL);
    IF p_password_hash !~ '^pbkdf2_sha256\$' THEN
        RAISE EXCEPTION 'The password hash is not in the stored form.' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO target FROM staff WHERE login = p_login FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no staff member with the login "%".', p_login USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE staff SET password_hash = p_password_hash, version = version + 1 WHERE id = target.id;
    UPDATE refresh_tokens SET revoked_at = now() WHERE staff_id = target.id AND revoked_at IS NULL;
    INSERT INTO audit_log (actor, action, entity, entity_id, before_data, after_data, reason)
        VALUES (paydesk_caller(), 'staff.server_password', 'staff', target.id,
                jsonb_build_object('server_password', target.password_hash IS NOT NULL),
                jsonb_build_object('server_password', 'reset'), btrim(p_reason));
    RETURN target.version + 1;
END
$$;
REVOKE ALL ON FUNCTION paydesk_staff_set_server_password(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION paydesk_staff_set_server_password(text, text, text) TO paydesk_hq_admin;
