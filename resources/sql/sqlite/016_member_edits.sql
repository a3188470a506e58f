-- Migration 016, SQLite dialect: see postgresql/016_member_edits.sql.
CREATE TRIGGER parents_org_guard_update BEFORE UPDATE OF organization_id ON parents
WHEN NEW.organization_id IS NOT OLD.organization_id AND NOT EXISTS (
    SELECT 1 FROM organizations o WHERE o.id = NEW.organization_id AND o.is_active AND o.org_type = 'institution')
BEGIN
    SELECT RAISE(ABORT, 'a member joins an open institution');
END;
CREATE TRIGGER parents_org_guard_insert BEFORE INSERT ON parents
WHEN NOT EXISTS (
    SELECT 1 FROM organizations o WHERE o.id = NEW.organization_id AND o.is_active AND o.org_type = 'institution')
BEGIN
    SELECT RAISE(ABORT, 'a member joins an open institution');
END;
