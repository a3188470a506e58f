-- Migration 016: those who run a center's collections correct their members' names, phone and
-- e-mail and move them between the center's institutions (core/sql/SqlUsers.cpp updateMember);
-- row-level security (users_visible, parents_visible) keeps both the row and its new
-- institution inside their subtree. Headquarters holds every column already.
GRANT UPDATE (last_name, first_name, phone, email, organization_id, version, updated_at) ON users
    TO paydesk_regional_admin, paydesk_center_manager;
GRANT UPDATE (organization_id) ON parents TO paydesk_regional_admin, paydesk_center_manager;

-- A closed organisation takes no new members, whoever writes (the owner included).
CREATE FUNCTION paydesk_member_org_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' OR NEW.organization_id IS DISTINCT FROM OLD.organization_id)
       AND NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = NEW.organization_id AND o.is_active
                       AND o.org_type = 'institution') THEN
        RAISE EXCEPTION 'Organisation #% is not an open institution; a member joins an open institution.',
            NEW.organization_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER parents_org_guard BEFORE INSERT OR UPDATE OF organization_id ON parents
    FOR EACH ROW EXECUTE FUNCTION paydesk_member_org_guard();
