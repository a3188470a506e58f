-- Migration 011: the BCH money loop (docs/DOMAIN.md, "Invoices on chain"). The chain watcher
-- (paydesk watch-invoices, or paydesk-server --electrum) records what the chain shows for each
-- invoice and settles it with its monthly payment and a credit in one transaction; a reorg takes
-- those effects back. The watcher runs as a headquarters login (hq_admin), so its changes are
-- audited under that name and held to the rules below like anyone's.

-- What the chain shows: satoshis received at the address (confirmed and unconfirmed), an
-- exception for a person to look at, the height of the block that completed the payment, and a
-- person's decision about a late payment.
ALTER TABLE invoices ADD COLUMN received_sats BIGINT NOT NULL DEFAULT 0 CHECK (received_sats >= 0);
ALTER TABLE invoices ADD COLUMN exception VARCHAR(20) CHECK (exception IN ('underpaid', 'overpaid', 'paid_late'));
ALTER TABLE invoices ADD COLUMN confirmed_height INTEGER CHECK (confirmed_height > 0);
ALTER TABLE invoices ADD COLUMN resolution VARCHAR(20) CHECK (resolution IN ('accepted', 'refund_due'));
-- The watcher reads the open invoices, those waiting for a person, and recent confirmations.
CREATE INDEX idx_invoices_watched ON invoices(id) WHERE status IN ('pending', 'paid') OR exception IS NOT NULL;
CREATE INDEX idx_invoices_k_received_sats ON invoices(received_sats, id);
CREATE INDEX idx_invoices_k_exception ON invoices((COALESCE(exception, '')), id);
CREATE INDEX idx_invoices_k_derivation_index ON invoices((COALESCE(derivation_index, -1)), id);

-- -- The credit ledger -----------------------------------------------------------------------------
-- user_credits is append-only (like audit_log) and carries each user's balance after the row
-- (seed 001's point ledger). The database computes balance_after; a correction is a reversing
-- row, never an edit.
ALTER TABLE user_credits ADD COLUMN balance_after NUMERIC(18, 8);
UPDATE user_credits c SET balance_after = s.balance
FROM (SELECT id, SUM(amount) OVER (PARTITION BY user_id ORDER BY id) AS balance FROM user_credits) s
WHERE s.id = c.id;
CREATE INDEX idx_user_credits_ledger ON user_credits(user_id, id);
CREATE INDEX idx_user_credits_invoice ON user_credits(invoice_id) WHERE invoice_id IS NOT NULL;

-- Before a credit row: serialise the user's ledger, compute balance_after, and hold staff to the
-- two chain paths: 'bch_invoice' credits a confirmed invoice's exact amount once, 'bch_reversal'
-- takes it back from an invoice that is no longer confirmed. SECURITY DEFINER: row-level
-- security must not hide earlier rows of the ledger from the sum.
CREATE FUNCTION paydesk_user_credit_ledger() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
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
        IF NEW.transaction_type NOT IN ('bch_invoice', 'bch_reversal') OR NEW.invoice_id IS NULL THEN
            RAISE EXCEPTION 'A credit comes from a settled BCH invoice (bch_invoice) or takes one back (bch_reversal).';
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
        NEW.created_at := now();
    END IF;
    IF NEW.balance_after IS NULL OR NOT paydesk_role_is_owner(paydesk_caller()) THEN
        NEW.balance_after := COALESCE((SELECT c.balance_after FROM user_credits c WHERE c.user_id = NEW.user_id
                                       ORDER BY c.id DESC LIMIT 1), 0) + NEW.amount;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER user_credits_ledger BEFORE INSERT ON user_credits
    FOR EACH ROW EXECUTE FUNCTION paydesk_user_credit_ledger();
CREATE FUNCTION paydesk_user_credits_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Credits are a ledger: rows are never changed or deleted; add a reversing credit instead.';
END
$$;
CREATE TRIGGER user_credits_append_only BEFORE UPDATE OR DELETE ON user_credits
    FOR EACH ROW EXECUTE FUNCTION paydesk_user_credits_append_only();
CREATE TRIGGER user_credits_no_truncate BEFORE TRUNCATE ON user_credits
    FOR EACH STATEMENT EXECUTE FUNCTION paydesk_user_credits_append_only();
GRANT INSERT ON user_credits TO paydesk_hq_admin;
GRANT USAGE ON SEQUENCE user_credits_id_seq TO paydesk_hq_admin;

-- -- Invoices --------------------------------------------------------------------------------------
-- Migration 009's steps, and the chain's: a reorg or a dropped transaction takes a paid or
-- confirmed invoice back (paid -> pending, confirmed -> paid | pending); a person accepts a late
-- payment to an expired or cancelled invoice (-> confirmed, resolution 'accepted'). What the
-- chain shows (received, exception, height, resolution) is written by headquarters only.
CREATE OR REPLACE FUNCTION paydesk_invoice_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    caller text := paydesk_caller();
    member_org integer;
    hq boolean;
BEGIN
    -- SECURITY DEFINER (row-level security must not hide the member's rows from the check):
    -- the owner check is on the caller.
    IF paydesk_role_is_owner(caller) THEN
        RETURN NEW;
    END IF;
    -- Inside SECURITY DEFINER current_user is the owner: the caller's role comes from staff.
    hq := EXISTS (SELECT 1 FROM staff s WHERE s.login = caller AND s.is_active AND s.role = 'hq_admin');
    IF TG_OP = 'INSERT' OR NEW.organization_id IS DISTINCT FROM OLD.organization_id
       OR NEW.payment_id IS DISTINCT FROM OLD.payment_id THEN
        SELECT u.organization_id INTO member_org FROM users u WHERE u.id = NEW.user_id;
        IF NEW.organization_id IS NOT NULL AND NEW.organization_id IS DISTINCT FROM member_org
           AND NOT EXISTS (SELECT 1 FROM parents p WHERE p.user_id = NEW.user_id
                           AND p.organization_id = NEW.organization_id) THEN
            RAISE EXCEPTION 'Organisation #% is not the institution of user #%.', NEW.organization_id, NEW.user_id;
        END IF;
        IF NEW.payment_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM payments pm JOIN parents p ON p.id = pm.parent_id
                                                      WHERE pm.id = NEW.payment_id AND p.user_id = NEW.user_id) THEN
            RAISE EXCEPTION 'Payment #% is not a payment of user #%.', NEW.payment_id, NEW.user_id;
        END IF;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF COALESCE(NEW.status, 'pending') <> 'pending' OR NEW.paid_at IS NOT NULL OR NEW.confirmed_at IS NOT NULL
           OR NEW.received_sats <> 0 OR NEW.exception IS NOT NULL OR NEW.confirmed_height IS NOT NULL
           OR NEW.resolution IS NOT NULL THEN
            RAISE EXCEPTION 'A new invoice starts pending, with nothing received.';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.amount <> OLD.amount OR NEW.address <> OLD.address OR NEW.user_id <> OLD.user_id THEN
        RAISE EXCEPTION 'Invoice #%: its amount, address and member do not change.', OLD.id;
    END IF;
    IF NOT hq AND (NEW.received_sats <> OLD.received_sats OR NEW.exception IS DISTINCT FROM OLD.exception
                   OR NEW.confirmed_height IS DISTINCT FROM OLD.confirmed_height
                   OR NEW.resolution IS DISTINCT FROM OLD.resolution) THEN
        RAISE EXCEPTION 'Invoice #%: what the chain shows is recorded by the chain watcher and headquarters only.',
            OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF (OLD.status = 'pending' AND NEW.status IN ('paid', 'confirmed', 'expired', 'cancelled'))
           OR (OLD.status = 'paid' AND NEW.status = 'confirmed') THEN
            NULL;
        ELSIF (OLD.status = 'paid' AND NEW.status = 'pending') OR (OLD.status = 'confirmed' AND NEW.status IN ('paid', 'pending')) THEN
            IF NOT hq THEN
                RAISE EXCEPTION 'Invoice #%: only the chain watcher and headquarters take a payment back.', OLD.id
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.confirmed_at IS NOT NULL OR NEW.confirmed_height IS NOT NULL THEN
                RAISE EXCEPTION 'Invoice #%: an invoice taken back from confirmed has no confirmation.', OLD.id;
            END IF;
        ELSIF OLD.status IN ('expired', 'cancelled') AND NEW.status = 'confirmed' THEN
            IF NOT hq OR NEW.exception IS DISTINCT FROM 'paid_late' OR NEW.resolution IS DISTINCT FROM 'accepted'
               OR NEW.received_sats < (NEW.amount * 100000000)::bigint THEN
                RAISE EXCEPTION 'Invoice #% is %; it becomes confirmed only when headquarters accepts a late payment of its full amount.',
                    OLD.id, OLD.status;
            END IF;
        ELSE
            RAISE EXCEPTION 'Invoice #% is %, so it cannot become %.', OLD.id, OLD.status, NEW.status;
        END IF;
    ELSIF NEW.tx_hash IS DISTINCT FROM OLD.tx_hash AND OLD.status NOT IN ('pending', 'expired', 'cancelled') THEN
        RAISE EXCEPTION 'Invoice #% is %; its transaction hash does not change.', OLD.id, OLD.status;
    END IF;
    IF NEW.status = 'confirmed' AND (NEW.tx_hash IS NULL OR NEW.tx_hash !~ '^[0-9a-f]{64}$') THEN
        RAISE EXCEPTION 'Invoice #%: a confirmed invoice names its transaction hash (64 hexadecimal digits).', OLD.id;
    END IF;
    RETURN NEW;
END
$$;

-- -- Payments --------------------------------------------------------------------------------------
-- Migration 009's rules, and one more step: a BCH payment settled by an invoice goes back to
-- pending when that invoice is taken back (a reorg), by headquarters, in the same transaction.
CREATE OR REPLACE FUNCTION paydesk_payment_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r text;
BEGIN
    IF paydesk_is_owner() THEN
        RETURN NEW;
    END IF;
    r := paydesk_staff_role();
    IF r IS NULL OR r NOT IN ('hq_admin', 'regional_admin', 'center_manager') THEN
        RAISE EXCEPTION 'Only headquarters, regional admins and center managers change payments.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'pending' OR NEW.paid_at IS NOT NULL OR NEW.attempt_count <> 0 THEN
            RAISE EXCEPTION 'A new payment starts pending, unpaid, with no attempts.';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.parent_id <> OLD.parent_id OR NEW.organization_id <> OLD.organization_id
       OR NEW.payment_month <> OLD.payment_month OR NEW.currency <> OLD.currency
       OR NEW.order_id IS DISTINCT FROM OLD.order_id OR NEW.created_at <> OLD.created_at THEN
        RAISE EXCEPTION 'Payment #%: its member, institution, month, currency and order do not change.', OLD.id;
    END IF;
    IF (NEW.amount <> OLD.amount OR NEW.due_date <> OLD.due_date) AND (r <> 'hq_admin' OR OLD.status <> 'pending') THEN
        RAISE EXCEPTION 'Payment #%: only headquarters changes the amount or due date, and only while it is pending.',
            OLD.id;
    END IF;
    IF NEW.attempt_count < OLD.attempt_count THEN
        RAISE EXCEPTION 'Payment #%: the attempt count only grows.', OLD.id;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF OLD.status = 'success' AND NEW.status = 'pending' THEN
            IF r <> 'hq_admin' OR OLD.method <> 'bch' OR NEW.paid_at IS NOT NULL OR NEW.tid IS NOT NULL
               OR NOT EXISTS (SELECT 1 FROM invoices i WHERE i.payment_id = OLD.id AND i.status <> 'confirmed') THEN
                RAISE EXCEPTION 'Payment #% is successful; it goes back to pending only with the BCH invoice that paid it.',
                    OLD.id;
            END IF;
        ELSIF OLD.status NOT IN ('pending', 'failed') OR NEW.status NOT IN ('success', 'failed', 'cancelled') THEN
            RAISE EXCEPTION 'Payment #% is %; only pending or failed payments become successful, failed or cancelled.',
                OLD.id, OLD.status;
        END IF;
    ELSIF OLD.status NOT IN ('pending', 'failed') AND (NEW.paid_at IS DISTINCT FROM OLD.paid_at
                                                       OR NEW.tid IS DISTINCT FROM OLD.tid) THEN
        RAISE EXCEPTION 'Payment #% is %; its payment day and transaction do not change.', OLD.id, OLD.status;
    END IF;
    IF NEW.status = 'success' AND (NEW.paid_at IS NULL OR NEW.paid_at > now()) THEN
        RAISE EXCEPTION 'Payment #%: a successful payment has the day the money arrived, and it is not in the future.',
            OLD.id;
    END IF;
    RETURN NEW;
END
$$;

-- -- The watcher's state ----------------------------------------------------------------------------
-- One row per running watcher (its name: login@host): which server it follows, the chain tip,
-- how many invoices it watches and when it last heard from the server, so every console shows it.
CREATE TABLE chain_watchers (
    watcher VARCHAR(200) PRIMARY KEY,
    server VARCHAR(300),
    connected BOOLEAN NOT NULL DEFAULT FALSE,
    tip_height INTEGER,
    tip_hash CHAR(64),
    watched_invoices INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    last_seen_at TIMESTAMP WITH TIME ZONE,
    last_change_at TIMESTAMP WITH TIME ZONE,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
GRANT SELECT ON chain_watchers TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager,
    paydesk_kyc_reviewer, paydesk_auditor;
GRANT INSERT, UPDATE ON chain_watchers TO paydesk_hq_admin;
-- paydesk-server's own account reads it for /health/ready and /metrics.
GRANT SELECT ON chain_watchers TO paydesk_server;
