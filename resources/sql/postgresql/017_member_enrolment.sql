-- Migration 017: members are enrolled and their children kept from the console
-- (core/sql/SqlMembers.cpp): a new user with its parents row and first child, a child added,
-- corrected or marked as no longer attending (children are never deleted). Those who run a
-- center's collections do it inside their subtree: the visibility policies (users_visible,
-- parents_visible, children_visible) apply to the new rows too, and parents_org_guard keeps new
-- members in open institutions. Headquarters holds these tables already.
ALTER TABLE children ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE children ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE TRIGGER update_children_updated_at BEFORE UPDATE ON children
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

GRANT INSERT (email, phone, first_name, last_name, country_code, preferred_currency, is_active, organization_id)
    ON users TO paydesk_regional_admin, paydesk_center_manager;
GRANT INSERT (user_id, organization_id, service_status, enrolled_at) ON parents
    TO paydesk_regional_admin, paydesk_center_manager;
GRANT INSERT (parent_id, name, birth_date, class_name, is_active) ON children
    TO paydesk_regional_admin, paydesk_center_manager;
GRANT UPDATE (name, birth_date, class_name, is_active, version, updated_at) ON children
    TO paydesk_regional_admin, paydesk_center_manager;
GRANT USAGE ON SEQUENCE users_id_seq, parents_id_seq, children_id_seq
    TO paydesk_regional_admin, paydesk_center_manager;

-- A child joins a member who is enrolled: not a withdrawn one, whoever writes (but the owner's
-- bulk load of demo data, which writes the children of members who withdrew later).
CREATE FUNCTION paydesk_child_parent_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF paydesk_is_owner() AND current_setting('paydesk.bulk_load', true) = 'on' THEN
        RETURN NEW;
    END IF;
    IF EXISTS (SELECT 1 FROM parents p WHERE p.id = NEW.parent_id AND p.service_status = 'withdrawn') THEN
        RAISE EXCEPTION 'Member #% has withdrawn; enrol them again before adding a child.', NEW.parent_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER children_parent_guard BEFORE INSERT ON children
    FOR EACH ROW EXECUTE FUNCTION paydesk_child_parent_guard();
