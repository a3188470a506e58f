-- Migration 015: manual credits with four eyes (seed 002's admin credit page; docs/DOMAIN.md,
-- "Manual credits"). Headquarters credits (or, with a negative amount, debits) a user's BCH
-- credit balance with a reason. Up to credit_settings.four_eyes_sats the requester's own
-- approval is enough; above it a second headquarters login must approve. The request is the
-- record of who asked and who approved; the ledger row (user_credits, transaction_type
-- 'manual_credit') is written once, on approval, and points back from the request.

CREATE TABLE credit_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    four_eyes_sats BIGINT NOT NULL DEFAULT 10000000 CHECK (four_eyes_sats >= 0),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO credit_settings (id) VALUES (1);

CREATE TABLE credit_requests (
    id SERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    amount_sats BIGINT NOT NULL CHECK (amount_sats <> 0 AND abs(amount_sats) <= 2100000000000000),
    reason TEXT NOT NULL CHECK (btrim(reason) <> '' AND length(reason) <= 500),
    requested_by VARCHAR(100) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    status VARCHAR(20) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by VARCHAR(100),
    decided_at TIMESTAMP WITH TIME ZONE,
    decision_note TEXT,
    credit_id INTEGER REFERENCES user_credits(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_credit_requests_user ON credit_requests(user_id, id);
CREATE INDEX idx_credit_requests_pending ON credit_requests(status, id) WHERE status = 'pending';

-- The request's rules for every staff login: the requester is the caller; a decision is made
-- once, by the caller, and above the threshold not by the requester; afterwards only the
-- ledger row may be attached, once, to an approved request.
CREATE FUNCTION paydesk_credit_request_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me text := paydesk_caller();
    limit_sats bigint := (SELECT s.four_eyes_sats FROM credit_settings s WHERE s.id = 1);
BEGIN
    IF paydesk_role_is_owner(me) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'pending' OR NEW.decided_by IS NOT NULL OR NEW.credit_id IS NOT NULL THEN
            RAISE EXCEPTION 'A credit request starts pending.';
        END IF;
        NEW.requested_by := me;
        NEW.requested_at := now();
        RETURN NEW;
    END IF;
    IF (NEW.user_id, NEW.amount_sats, NEW.reason, NEW.requested_by, NEW.requested_at)
       IS DISTINCT FROM (OLD.user_id, OLD.amount_sats, OLD.reason, OLD.requested_by, OLD.requested_at) THEN
        RAISE EXCEPTION 'Credit request #%: what was asked and by whom never changes.', OLD.id;
    END IF;
    IF OLD.status = 'pending' AND NEW.status IN ('approved', 'rejected') THEN
        IF NEW.status = 'approved' AND abs(OLD.amount_sats) > limit_sats AND me = OLD.requested_by THEN
            RAISE EXCEPTION 'Credit request #% is above the four-eyes limit of % satoshis: another headquarters admin approves it.',
                OLD.id, limit_sats USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.credit_id IS NOT NULL THEN
            RAISE EXCEPTION 'Credit request #%: the credit is written after the approval.', OLD.id;
        END IF;
        NEW.decided_by := me;
        NEW.decided_at := now();
        RETURN NEW;
    END IF;
    IF OLD.status = 'approved' AND NEW.status = 'approved' AND OLD.credit_id IS NULL AND NEW.credit_id IS NOT NULL
       AND (NEW.decided_by, NEW.decided_at, NEW.decision_note) IS NOT DISTINCT FROM
           (OLD.decided_by, OLD.decided_at, OLD.decision_note) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Credit request #% is %; it is decided once.', OLD.id, OLD.status;
END
$$;
CREATE TRIGGER credit_requests_guard BEFORE INSERT OR UPDATE ON credit_requests
    FOR EACH ROW EXECUTE FUNCTION paydesk_credit_request_guard();

-- The ledger trigger of migration 011, with the manual path: a 'manual_credit' row is the exact
-- amount of an approved request of the same user, decided by the caller, not yet written.
CREATE OR REPLACE FUNCTION paydesk_user_credit_ledger() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    inv record;
    credited numeric;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('user_credits'), NEW.user_id);
    IF NOT paydesk_role_is_owner(paydesk_caller()) THEN
        IF NOT EXISTS (SELECT 1 FROM staff s WHERE s.login = paydesk_caller() AND s.is_active AND s.role = 'hq_admin') THEN
            RAISE EXCEPTION 'Only headquarters and the chain watcher write credits.' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.transaction_type = 'manual_credit' THEN
            IF NEW.invoice_id IS NOT NULL OR NOT EXISTS (
                    SELECT 1 FROM credit_requests r WHERE r.user_id = NEW.user_id AND r.status = 'approved'
                    AND r.credit_id IS NULL AND r.decided_by = paydesk_caller()
                    AND r.amount_sats::numeric = NEW.amount * 100000000) THEN
                RAISE EXCEPTION 'A manual credit is written for an approved credit request, with its exact amount.';
            END IF;
        ELSE
            IF NEW.transaction_type NOT IN ('bch_invoice', 'bch_reversal') OR NEW.invoice_id IS NULL THEN
                RAISE EXCEPTION 'A credit comes from a settled BCH invoice (bch_invoice), takes one back (bch_reversal) or is an approved manual credit (manual_credit).';
            END IF;
            SELECT i.user_id, i.amount, i.status INTO inv FROM invoices i WHERE i.id = NEW.invoice_id;
            IF inv.user_id IS DISTINCT FROM NEW.user_id THEN
                RAISE EXCEPTION 'Invoice #% is not an invoice of user #%.', NEW.invoice_id, NEW.user_id;
            END IF;
            SELECT COALESCE(SUM(c.amount), 0) INTO credited FROM user_credits c WHERE c.invoice_id = NEW.invoice_id;
            IF NEW.transaction_type = 'bch_invoice'
               AND (inv.status <> 'confirmed' OR credited <> 0 OR NEW.amount <> inv.amount) THEN
                RAISE EXCEPTION 'Invoice #%: a confirmed invoice is credited its amount once.', NEW.invoice_id;
            END IF;
            IF NEW.transaction_type = 'bch_reversal'
               AND (inv.status = 'confirmed' OR credited <= 0 OR NEW.amount <> -credited) THEN
                RAISE EXCEPTION 'Invoice #%: only the credit of an invoice that is no longer confirmed is taken back.',
                    NEW.invoice_id;
            END IF;
        END IF;
        NEW.created_at := now();
    END IF;
    IF NEW.balance_after IS NULL OR NOT paydesk_role_is_owner(paydesk_caller()) THEN
        NEW.balance_after := COALESCE((SELECT c.balance_after FROM user_credits c WHERE c.user_id = NEW.user_id
                                       ORDER BY c.id DESC LIMIT 1), 0) + NEW.amount;
    END IF;
    RETURN NEW;
END
$$;

REVOKE ALL ON credit_settings, credit_requests FROM PUBLIC;
GRANT SELECT ON credit_settings, credit_requests TO paydesk_hq_admin, paydesk_auditor;
GRANT UPDATE (four_eyes_sats, updated_at, version) ON credit_settings TO paydesk_hq_admin;
GRANT INSERT ON credit_requests TO paydesk_hq_admin;
GRANT UPDATE (status, decided_by, decided_at, decision_note, credit_id, version) ON credit_requests TO paydesk_hq_admin;
GRANT USAGE ON SEQUENCE credit_requests_id_seq TO paydesk_hq_admin;

DO $$
BEGIN
    EXECUTE format('CREATE CONSTRAINT TRIGGER credit_requests_audited AFTER INSERT OR UPDATE ON credit_requests '
                   'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (current_user <> %L) '
                   'EXECUTE FUNCTION paydesk_audit_direct_change()', current_user);
END
$$;
