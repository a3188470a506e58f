-- Migration 005, SQLite dialect: see postgresql/005_reconciliation.sql.
ALTER TABLE organizations ADD COLUMN settlement_fee_bp INTEGER CHECK (settlement_fee_bp BETWEEN 0 AND 10000);
UPDATE organizations SET settlement_fee_bp = 250 WHERE org_type = 'hq';

CREATE TABLE reconciliation_imports (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL UNIQUE CHECK (length(file_sha256) = 64),
    encoding TEXT NOT NULL,
    line_count INTEGER NOT NULL CHECK (line_count >= 0),
    applied_count INTEGER NOT NULL CHECK (applied_count >= 0),
    applied_amount INTEGER NOT NULL,
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
);
CREATE INDEX idx_reconciliation_imports_org ON reconciliation_imports(organization_id, imported_at);

CREATE TABLE reconciliation_lines (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES reconciliation_imports(id),
    line_no INTEGER NOT NULL,
    value_date TEXT,
    member_ref TEXT,
    amount INTEGER,
    provider_tid TEXT,
    result_code TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('paid', 'failed', 'unmatched', 'duplicate', 'bad')),
    payment_id INTEGER REFERENCES payments(id),
    note TEXT,
    UNIQUE (import_id, line_no)
);
CREATE UNIQUE INDEX idx_reconciliation_lines_tid ON reconciliation_lines(provider_tid)
    WHERE outcome IN ('paid', 'failed') AND provider_tid IS NOT NULL;
CREATE INDEX idx_reconciliation_lines_payment ON reconciliation_lines(payment_id) WHERE payment_id IS NOT NULL;

-- A confirmed or paid settlement freezes the payments it counted (the console names the
-- settlement before it gets here; this is the guarantee for every other writer).
CREATE TRIGGER payments_frozen_by_settlement BEFORE UPDATE ON payments
    WHEN ((OLD.status = 'success') <> (NEW.status = 'success')
          OR (OLD.status = 'success' AND (OLD.amount <> NEW.amount OR OLD.payment_month <> NEW.payment_month
                                          OR OLD.organization_id <> NEW.organization_id)))
     AND EXISTS (SELECT 1 FROM settlements st
                 JOIN organizations c ON c.id = st.organization_id
                 JOIN organizations i ON i.path LIKE c.path || '%'
                 WHERE i.id = OLD.organization_id AND st.settlement_month = OLD.payment_month
                   AND st.status IN ('confirmed', 'paid'))
BEGIN
    SELECT RAISE(ABORT, 'Payment is counted in a confirmed settlement; it cannot be changed. Ask headquarters to reopen the settlement first.');
END;
