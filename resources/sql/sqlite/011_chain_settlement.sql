-- Migration 011, SQLite dialect: see postgresql/011_chain_settlement.sql. A file has no logins,
-- so there are no role checks; the steps, the ledger's balance and its append-only rule hold.
ALTER TABLE invoices ADD COLUMN received_sats INTEGER NOT NULL DEFAULT 0 CHECK (received_sats >= 0);
ALTER TABLE invoices ADD COLUMN exception TEXT CHECK (exception IN ('underpaid', 'overpaid', 'paid_late'));
ALTER TABLE invoices ADD COLUMN confirmed_height INTEGER CHECK (confirmed_height > 0);
ALTER TABLE invoices ADD COLUMN resolution TEXT CHECK (resolution IN ('accepted', 'refund_due'));
CREATE INDEX idx_invoices_watched ON invoices(id) WHERE status IN ('pending', 'paid') OR exception IS NOT NULL;
CREATE INDEX idx_invoices_k_received_sats ON invoices(received_sats, id);
CREATE INDEX idx_invoices_k_exception ON invoices(COALESCE(exception, ''), id);
CREATE INDEX idx_invoices_k_derivation_index ON invoices(COALESCE(derivation_index, -1), id);

DROP TRIGGER invoices_steps;
CREATE TRIGGER invoices_steps BEFORE UPDATE OF status ON invoices
    WHEN NEW.status <> OLD.status
         AND NOT ((OLD.status = 'pending' AND NEW.status IN ('paid', 'confirmed', 'expired', 'cancelled'))
                  OR (OLD.status = 'paid' AND NEW.status IN ('confirmed', 'pending'))
                  OR (OLD.status = 'confirmed' AND NEW.status IN ('paid', 'pending') AND NEW.confirmed_at IS NULL)
                  OR (OLD.status IN ('expired', 'cancelled') AND NEW.status = 'confirmed'
                      AND NEW.exception = 'paid_late' AND NEW.resolution = 'accepted'
                      AND NEW.received_sats >= CAST(replace(NEW.amount, '.', '') AS INTEGER)))
BEGIN
    SELECT RAISE(ABORT, 'An invoice goes from pending to paid, confirmed, expired or cancelled, and from paid to confirmed; the chain takes a payment back; a late payment is accepted by a person.');
END;
DROP TRIGGER payments_steps;
CREATE TRIGGER payments_steps BEFORE UPDATE OF status ON payments
    WHEN NEW.status <> OLD.status
         AND NOT ((OLD.status IN ('pending', 'failed') AND NEW.status IN ('success', 'failed', 'cancelled'))
                  OR (OLD.status = 'success' AND NEW.status = 'refunded')
                  OR (OLD.status = 'success' AND NEW.status = 'pending' AND OLD.method = 'bch' AND NEW.paid_at IS NULL
                      AND EXISTS (SELECT 1 FROM invoices i WHERE i.payment_id = OLD.id AND i.status <> 'confirmed')))
BEGIN
    SELECT RAISE(ABORT, 'Only pending or failed payments become successful, failed or cancelled, successful ones refunded, and a BCH payment goes back to pending with the invoice that paid it.');
END;

-- The ledger: balance_after in the same 8-decimal text as amount, computed from the satoshis of
-- the user's previous row; rows never change afterwards.
ALTER TABLE user_credits ADD COLUMN balance_after TEXT;
CREATE INDEX idx_user_credits_ledger ON user_credits(user_id, id);
CREATE INDEX idx_user_credits_invoice ON user_credits(invoice_id) WHERE invoice_id IS NOT NULL;
UPDATE user_credits SET balance_after = (
    SELECT (CASE WHEN s < 0 THEN '-' ELSE '' END) || printf('%d.%08d', abs(s) / 100000000, abs(s) % 100000000)
    FROM (SELECT SUM(CAST(replace(e.amount, '.', '') AS INTEGER)) AS s FROM user_credits e
          WHERE e.user_id = user_credits.user_id AND e.id <= user_credits.id));
CREATE TRIGGER user_credits_balance AFTER INSERT ON user_credits WHEN NEW.balance_after IS NULL
BEGIN
    UPDATE user_credits SET balance_after = (
        SELECT (CASE WHEN s < 0 THEN '-' ELSE '' END) || printf('%d.%08d', abs(s) / 100000000, abs(s) % 100000000)
        FROM (SELECT COALESCE((SELECT CAST(replace(p.balance_after, '.', '') AS INTEGER) FROM user_credits p
                               WHERE p.user_id = NEW.user_id AND p.id < NEW.id ORDER BY p.id DESC LIMIT 1), 0)
                     + CAST(replace(NEW.amount, '.', '') AS INTEGER) AS s))
    WHERE id = NEW.id;
END;
CREATE TRIGGER user_credits_append_only BEFORE UPDATE ON user_credits
    WHEN NOT (OLD.balance_after IS NULL AND NEW.balance_after IS NOT NULL AND NEW.amount = OLD.amount
              AND NEW.user_id = OLD.user_id AND NEW.invoice_id IS OLD.invoice_id
              AND NEW.transaction_type = OLD.transaction_type)
BEGIN
    SELECT RAISE(ABORT, 'Credits are a ledger: rows are never changed or deleted; add a reversing credit instead.');
END;

CREATE TABLE chain_watchers (
    watcher TEXT PRIMARY KEY,
    server TEXT,
    connected INTEGER NOT NULL DEFAULT 0,
    tip_height INTEGER,
    tip_hash TEXT,
    watched_invoices INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    last_seen_at TEXT,
    last_change_at TEXT,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
);
