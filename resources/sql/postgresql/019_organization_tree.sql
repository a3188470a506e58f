-- Migration 019: headquarters grows and reshapes the organisation tree from the console (a new
-- region, center or institution under its parent; a center moved to another region, an
-- institution to another center: core/sql/SqlOrganizations.cpp) and sets fee rates by month.
--
-- Fee rates: organization_fee_rates replaces organizations.settlement_fee_bp (kept as it was,
-- no longer read). A center's rate for a settlement month is the rate of its nearest ancestor
-- (itself included) that has one in force that month: the latest row whose effective_month is
-- that month or before (docs/DOMAIN.md, "Settlements"). Rows are never changed or deleted; a
-- correction is a newer row. A rate cannot start in a month a settlement below the
-- organisation is confirmed or paid for, so settled figures keep their fee.
CREATE TABLE organization_fee_rates (
    id SERIAL PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    effective_month CHAR(7) NOT NULL CHECK (effective_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    fee_bp INTEGER NOT NULL CHECK (fee_bp BETWEEN 0 AND 10000),
    set_by VARCHAR(100) NOT NULL DEFAULT current_user,
    set_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    reason TEXT
);
CREATE INDEX idx_organization_fee_rates_org ON organization_fee_rates(organization_id, effective_month, id);
INSERT INTO organization_fee_rates (organization_id, effective_month, fee_bp, reason)
    SELECT id, '2000-01', settlement_fee_bp, 'the rate before rates by month (migration 005)'
    FROM organizations WHERE settlement_fee_bp IS NOT NULL;
COMMENT ON COLUMN organizations.settlement_fee_bp IS 'superseded by organization_fee_rates (migration 019)';

CREATE FUNCTION paydesk_fee_rows_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Fee rates are never changed or deleted; set a newer rate instead.'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER organization_fee_rates_append_only BEFORE UPDATE OR DELETE ON organization_fee_rates
    FOR EACH ROW EXECUTE FUNCTION paydesk_fee_rows_append_only();

CREATE FUNCTION paydesk_fee_rate_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    settled text;
BEGIN
    SELECT MAX(s.settlement_month) INTO settled FROM settlements s
        JOIN organizations c ON c.id = s.organization_id
        JOIN organizations o ON o.id = NEW.organization_id
    WHERE c.path LIKE o.path || '%' AND s.status IN ('confirmed', 'paid') AND s.settlement_month >= NEW.effective_month;
    IF settled IS NOT NULL THEN
        RAISE EXCEPTION 'A settlement for % below this organisation is confirmed already; a new rate starts after it.',
            settled USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER organization_fee_rates_guard BEFORE INSERT ON organization_fee_rates
    FOR EACH ROW EXECUTE FUNCTION paydesk_fee_rate_guard();

-- The fee rate in basis points for center `p_center` in month `p_month` (0 when none).
CREATE FUNCTION paydesk_fee_rate_at(p_center integer, p_month text) RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT COALESCE((SELECT r.fee_bp FROM organizations c JOIN organizations a ON c.path LIKE a.path || '%'
                     JOIN organization_fee_rates r ON r.organization_id = a.id
                     WHERE c.id = p_center AND r.effective_month <= p_month
                     ORDER BY length(a.path) DESC, r.effective_month DESC, r.id DESC LIMIT 1), 0)
$$;

CREATE OR REPLACE FUNCTION paydesk_settlement_figures(p_center integer, p_month text, OUT payment_count bigint,
                                                      OUT gross bigint, OUT fee bigint)
LANGUAGE sql STABLE AS $$
    SELECT f.n, f.g, (f.g * paydesk_fee_rate_at(p_center, p_month) + 5000) / 10000
    FROM (SELECT COUNT(p.id) AS n, COALESCE(SUM(p.amount), 0)::bigint AS g
          FROM organizations c JOIN organizations i ON i.path LIKE c.path || '%'
          JOIN payments p ON p.organization_id = i.id
          WHERE c.id = p_center AND p.status = 'success' AND p.payment_month = p_month) f
$$;

GRANT SELECT ON organization_fee_rates
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor;
GRANT INSERT (organization_id, effective_month, fee_bp, reason) ON organization_fee_rates TO paydesk_hq_admin;
GRANT USAGE ON SEQUENCE organization_fee_rates_id_seq TO paydesk_hq_admin;

-- The tree's shape: an organisation's parent is one level up (headquarters > region > center >
-- institution), its path is its parent's path and its own id, and nothing moves under itself.
CREATE FUNCTION paydesk_organization_shape_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    parent_type text;
    parent_path text;
BEGIN
    IF NEW.parent_id IS NULL OR (paydesk_is_owner() AND current_setting('paydesk.bulk_load', true) = 'on') THEN
        RETURN NEW; -- a root, or the owner's bulk load (demo data, written parents first)
    END IF;
    SELECT org_type, path INTO parent_type, parent_path FROM organizations WHERE id = NEW.parent_id;
    IF (parent_type, NEW.org_type) NOT IN (('hq', 'region'), ('region', 'center'), ('center', 'institution')) THEN
        RAISE EXCEPTION 'A % cannot sit under a %: the tree is headquarters, regions, centers, institutions.',
            NEW.org_type, parent_type USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND parent_path LIKE OLD.path || '%' THEN
        RAISE EXCEPTION 'Organisation #% cannot move under itself or below it.', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER organizations_shape_guard BEFORE INSERT OR UPDATE OF parent_id, org_type ON organizations
    FOR EACH ROW EXECUTE FUNCTION paydesk_organization_shape_guard();
