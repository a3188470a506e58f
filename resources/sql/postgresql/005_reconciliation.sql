-- Migration 005 (issue 5): settlement fee rates, reconciliation of bank and auto-debit result
-- files, and frozen settlements.
--
-- Fee rate: organizations.settlement_fee_bp in basis points; a center uses the rate of its
-- nearest ancestor that has one (headquarters: 250 = 2.5 %, docs/DOMAIN.md "Settlements").
ALTER TABLE organizations ADD COLUMN settlement_fee_bp INTEGER CHECK (settlement_fee_bp BETWEEN 0 AND 10000);
UPDATE organizations SET settlement_fee_bp = 250 WHERE org_type = 'hq';

-- One imported result file. The SHA-256 of its bytes is unique: the same file imported twice
-- changes nothing the second time.
CREATE TABLE reconciliation_imports (
    id SERIAL PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    file_name VARCHAR(255) NOT NULL,
    file_sha256 CHAR(64) NOT NULL UNIQUE CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
    encoding VARCHAR(20) NOT NULL,
    line_count INTEGER NOT NULL CHECK (line_count >= 0),
    applied_count INTEGER NOT NULL CHECK (applied_count >= 0),
    applied_amount BIGINT NOT NULL,
    imported_by VARCHAR(100) NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX idx_reconciliation_imports_org ON reconciliation_imports(organization_id, imported_at);

-- Every line of an imported file and what became of it. A provider transaction id is applied
-- to at most one payment, ever.
CREATE TABLE reconciliation_lines (
    id BIGSERIAL PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES reconciliation_imports(id),
    line_no INTEGER NOT NULL,
    value_date DATE,
    member_ref VARCHAR(64),
    amount BIGINT,
    provider_tid VARCHAR(100),
    result_code VARCHAR(20),
    outcome VARCHAR(20) NOT NULL CHECK (outcome IN ('paid', 'failed', 'unmatched', 'duplicate', 'bad')),
    payment_id BIGINT REFERENCES payments(id),
    note VARCHAR(300),
    UNIQUE (import_id, line_no)
);
CREATE UNIQUE INDEX idx_reconciliation_lines_tid ON reconciliation_lines(provider_tid)
    WHERE outcome IN ('paid', 'failed') AND provider_tid IS NOT NULL;
CREATE INDEX idx_reconciliation_lines_payment ON reconciliation_lines(payment_id) WHERE payment_id IS NOT NULL;

-- A confirmed or paid settlement freezes the payments it counted: a change that would alter
-- whether or how a payment of that center and month counts is refused, naming the settlement.
-- SECURITY DEFINER so that row-level security cannot hide the settlement from the check.
CREATE FUNCTION paydesk_payment_frozen_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    s record;
BEGIN
    IF (OLD.status = 'success') IS NOT DISTINCT FROM (NEW.status = 'success')
       AND (OLD.status <> 'success'
            OR (OLD.amount = NEW.amount AND OLD.payment_month = NEW.payment_month
                AND OLD.organization_id = NEW.organization_id)) THEN
        RETURN NEW;
    END IF;
    SELECT st.id, st.status, st.settlement_month, c.name INTO s
    FROM settlements st
    JOIN organizations c ON c.id = st.organization_id
    JOIN organizations i ON i.path LIKE c.path || '%'
    WHERE i.id = OLD.organization_id AND st.settlement_month = OLD.payment_month
      AND st.status IN ('confirmed', 'paid')
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Payment #% is counted in settlement #% (%, %), which is %; it cannot be changed. Ask headquarters to reopen the settlement first.',
            OLD.id, s.id, s.name, s.settlement_month, s.status USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER payments_frozen_by_settlement BEFORE UPDATE ON payments
    FOR EACH ROW EXECUTE FUNCTION paydesk_payment_frozen_check();

-- Privileges and row-level security for the new tables (as migration 004).
GRANT SELECT ON reconciliation_imports, reconciliation_lines
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_auditor;
GRANT INSERT ON reconciliation_imports, reconciliation_lines
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager;
GRANT USAGE ON SEQUENCE reconciliation_imports_id_seq, reconciliation_lines_id_seq
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager;
GRANT UPDATE (attempt_count) ON payments TO paydesk_center_manager;
GRANT INSERT ON settlements TO paydesk_regional_admin, paydesk_center_manager;
GRANT USAGE ON SEQUENCE settlements_id_seq TO paydesk_regional_admin, paydesk_center_manager;
GRANT UPDATE (settlement_fee_bp) ON organizations TO paydesk_hq_admin;

ALTER TABLE reconciliation_imports ENABLE ROW LEVEL SECURITY;
CREATE POLICY reconciliation_imports_visible ON reconciliation_imports
    USING ((SELECT paydesk_sees_all()) OR organization_id IN (SELECT paydesk_visible_orgs()))
    WITH CHECK (((SELECT paydesk_sees_all()) OR organization_id IN (SELECT paydesk_visible_orgs()))
                AND imported_by = current_user);
ALTER TABLE reconciliation_lines ENABLE ROW LEVEL SECURITY;
CREATE POLICY reconciliation_lines_visible ON reconciliation_lines
    USING ((SELECT paydesk_sees_all()) OR import_id IN (SELECT r.id FROM reconciliation_imports r));
