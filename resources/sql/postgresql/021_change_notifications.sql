-- Migration 021: consoles and paydesk-server learn of other people's changes as they happen
-- (docs/ARCHITECTURE.md, "Live tables"). After each insert or update of a listed table a row
-- trigger sends NOTIFY with the area and the row's id only ("payments 812", never a name or an
-- amount), on one channel per organisation above the row: the headquarters channel hears
-- everything, a center's channel only its own rows. A notification bypasses row-level security,
-- and LISTEN needs no privilege, so channel names are not guessable: each is an MD5 of a key
-- only the owner reads and the organisation id, and paydesk_change_channel() tells a staff login
-- the one channel it may hear (headquarters' for the roles that see everything, design/DOMAIN.md).
-- The console re-reads the named rows through its own role-checked queries.
CREATE TABLE paydesk_change_key (
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    channel_key TEXT NOT NULL
);
INSERT INTO paydesk_change_key (channel_key)
    VALUES (md5(random()::text || clock_timestamp()::text || pg_backend_pid()::text || random()::text));
REVOKE ALL ON paydesk_change_key FROM PUBLIC;

-- The channel of an organisation (owner only).
CREATE FUNCTION paydesk_change_channel_of(p_org integer) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT 'paydesk_changes_' || md5(k.channel_key || ':' || p_org::text) FROM paydesk_change_key k
$$;
REVOKE ALL ON FUNCTION paydesk_change_channel_of(integer) FROM PUBLIC;

-- The one channel the caller hears: headquarters' (the root organisation) for the owner and the
-- roles that see every organisation, the staff member's own organisation otherwise; NULL for a
-- login that is neither staff nor owner.
CREATE FUNCTION paydesk_change_channel() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT paydesk_change_channel_of(CASE
        WHEN s.login IS NULL THEN (SELECT r.id FROM organizations r WHERE r.parent_id IS NULL ORDER BY r.id LIMIT 1)
        WHEN s.role IN ('hq_admin', 'auditor', 'kyc_reviewer')
            THEN (SELECT r.id FROM organizations r WHERE r.parent_id IS NULL ORDER BY r.id LIMIT 1)
        ELSE s.organization_id END)
    FROM (SELECT 1) one
        LEFT JOIN staff s ON s.login = paydesk_caller() AND s.is_active
    WHERE s.login IS NOT NULL OR paydesk_role_is_owner(paydesk_caller())
$$;
GRANT EXECUTE ON FUNCTION paydesk_change_channel()
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor;

-- NOTIFY "<area> <id>" on the channel of every organisation on `p_path` ('/1/4/17/'); the root's
-- alone when the path is NULL (rows only headquarters sees, such as audit rows).
CREATE FUNCTION paydesk_notify_row(p_area text, p_id bigint, p_path text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    org text;
BEGIN
    IF p_id IS NULL THEN
        RETURN;
    END IF;
    IF p_path IS NULL THEN
        SELECT '/' || r.id || '/' INTO p_path FROM organizations r WHERE r.parent_id IS NULL ORDER BY r.id LIMIT 1;
    END IF;
    FOREACH org IN ARRAY string_to_array(btrim(COALESCE(p_path, ''), '/'), '/') LOOP
        IF org ~ '^[0-9]+$' THEN -- (a path being written may hold a placeholder)
            PERFORM pg_notify(paydesk_change_channel_of(org::integer), p_area || ' ' || p_id::text);
        END IF;
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION paydesk_notify_row(text, bigint, text) FROM PUBLIC;

-- The row trigger: which areas show the row, and under which organisation. The owner's bulk
-- load of demo data (paydesk.bulk_load) sends nothing.
CREATE FUNCTION paydesk_notify_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    org_path text;
    member bigint;
BEGIN
    IF current_setting('paydesk.bulk_load', true) = 'on' AND paydesk_role_is_owner(session_user::text) THEN
        RETURN NULL;
    END IF;
    CASE TG_TABLE_NAME
    WHEN 'users' THEN
        SELECT o.path INTO org_path FROM organizations o WHERE o.id = NEW.organization_id;
        PERFORM paydesk_notify_row('users', NEW.id, org_path);
        FOR member IN SELECT pa.id FROM parents pa WHERE pa.user_id = NEW.id LOOP
            PERFORM paydesk_notify_row('members', member, org_path);
            PERFORM paydesk_notify_row('overdue-members', member, org_path);
        END LOOP;
    WHEN 'parents' THEN
        SELECT o.path INTO org_path FROM organizations o WHERE o.id = NEW.organization_id;
        PERFORM paydesk_notify_row('members', NEW.id, org_path);
        PERFORM paydesk_notify_row('overdue-members', NEW.id, org_path);
    WHEN 'children', 'cms_info' THEN
        SELECT o.path INTO org_path FROM parents pa JOIN organizations o ON o.id = pa.organization_id
            WHERE pa.id = NEW.parent_id;
        PERFORM paydesk_notify_row('members', NEW.parent_id, org_path);
    WHEN 'payments' THEN
        SELECT o.path INTO org_path FROM organizations o WHERE o.id = NEW.organization_id;
        PERFORM paydesk_notify_row('payments', NEW.id, org_path);
        PERFORM paydesk_notify_row('overdue-members', NEW.parent_id, org_path);
    WHEN 'invoices' THEN
        SELECT o.path INTO org_path FROM organizations o WHERE o.id = NEW.organization_id;
        PERFORM paydesk_notify_row('invoices', NEW.id, org_path);
    WHEN 'settlements' THEN
        SELECT o.path INTO org_path FROM organizations o WHERE o.id = NEW.organization_id;
        PERFORM paydesk_notify_row('settlements', NEW.id, org_path);
    WHEN 'kyc_documents' THEN
        SELECT o.path INTO org_path FROM users u JOIN organizations o ON o.id = u.organization_id
            WHERE u.id = NEW.user_id;
        PERFORM paydesk_notify_row('kyc-documents', NEW.id, org_path);
    WHEN 'organizations' THEN
        PERFORM paydesk_notify_row('organizations', NEW.id, NEW.path);
    WHEN 'staff' THEN
        SELECT o.path INTO org_path FROM organizations o WHERE o.id = NEW.organization_id;
        PERFORM paydesk_notify_row('staff', NEW.id, org_path);
    WHEN 'credit_requests' THEN
        PERFORM paydesk_notify_row('credit-requests', NEW.id, NULL);
    WHEN 'audit_log' THEN
        PERFORM paydesk_notify_row('audit-log', NEW.id, NULL);
    END CASE;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION paydesk_notify_change() FROM PUBLIC;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['users', 'parents', 'children', 'cms_info', 'payments', 'invoices', 'settlements',
                             'kyc_documents', 'organizations', 'staff', 'credit_requests'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION paydesk_notify_change()', t || '_notify_change', t);
    END LOOP;
END
$$;
CREATE TRIGGER audit_log_notify_change AFTER INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION paydesk_notify_change();
