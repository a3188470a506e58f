-- Migration 019, SQLite dialect: see postgresql/019_organization_tree.sql.
CREATE TABLE organization_fee_rates (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    effective_month TEXT NOT NULL CHECK (effective_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    fee_bp INTEGER NOT NULL CHECK (fee_bp BETWEEN 0 AND 10000),
    set_by TEXT NOT NULL DEFAULT 'owner',
    set_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    reason TEXT
);
CREATE INDEX idx_organization_fee_rates_org ON organization_fee_rates(organization_id, effective_month, id);
INSERT INTO organization_fee_rates (organization_id, effective_month, fee_bp, reason)
    SELECT id, '2000-01', settlement_fee_bp, 'the rate before rates by month (migration 005)'
    FROM organizations WHERE settlement_fee_bp IS NOT NULL;
CREATE TRIGGER organization_fee_rates_no_update BEFORE UPDATE ON organization_fee_rates
BEGIN
    SELECT RAISE(ABORT, 'fee rates are never changed; set a newer rate');
END;
CREATE TRIGGER organization_fee_rates_no_delete BEFORE DELETE ON organization_fee_rates
BEGIN
    SELECT RAISE(ABORT, 'fee rates are never deleted; set a newer rate');
END;
CREATE TRIGGER organizations_shape_guard_insert BEFORE INSERT ON organizations
WHEN NEW.parent_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM organizations p WHERE p.id = NEW.parent_id AND (
        (p.org_type = 'hq' AND NEW.org_type = 'region') OR (p.org_type = 'region' AND NEW.org_type = 'center')
        OR (p.org_type = 'center' AND NEW.org_type = 'institution')))
BEGIN
    SELECT RAISE(ABORT, 'an organisation sits one level below its parent');
END;
CREATE TRIGGER organizations_shape_guard_update BEFORE UPDATE OF parent_id ON organizations
WHEN NEW.parent_id IS NOT NULL AND (NOT EXISTS (
    SELECT 1 FROM organizations p WHERE p.id = NEW.parent_id AND (
        (p.org_type = 'hq' AND NEW.org_type = 'region') OR (p.org_type = 'region' AND NEW.org_type = 'center')
        OR (p.org_type = 'center' AND NEW.org_type = 'institution')))
    OR EXISTS (SELECT 1 FROM organizations p WHERE p.id = NEW.parent_id AND p.path LIKE OLD.path || '%'))
BEGIN
    SELECT RAISE(ABORT, 'an organisation sits one level below its parent, never below itself');
END;
