-- Migration 015, SQLite dialect: see postgresql/015_manual_credits.sql. Without logins the
-- requester and the approver are the names the console records (the operating-system user).
CREATE TABLE credit_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    four_eyes_sats INTEGER NOT NULL DEFAULT 10000000 CHECK (four_eyes_sats >= 0),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO credit_settings (id) VALUES (1);

CREATE TABLE credit_requests (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    amount_sats INTEGER NOT NULL CHECK (amount_sats <> 0 AND abs(amount_sats) <= 2100000000000000),
    reason TEXT NOT NULL CHECK (trim(reason) <> '' AND length(reason) <= 500),
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by TEXT,
    decided_at TEXT,
    decision_note TEXT,
    credit_id INTEGER REFERENCES user_credits(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_credit_requests_user ON credit_requests(user_id, id);

CREATE TRIGGER credit_requests_decided_once BEFORE UPDATE ON credit_requests
WHEN NEW.user_id IS NOT OLD.user_id OR NEW.amount_sats IS NOT OLD.amount_sats OR NEW.reason IS NOT OLD.reason
     OR NEW.requested_by IS NOT OLD.requested_by
     OR NOT ((OLD.status = 'pending' AND NEW.status IN ('approved', 'rejected') AND NEW.credit_id IS NULL)
             OR (OLD.status = 'approved' AND NEW.status = 'approved' AND OLD.credit_id IS NULL
                 AND NEW.credit_id IS NOT NULL))
BEGIN
    SELECT RAISE(ABORT, 'a credit request is decided once, and what was asked never changes');
END;
CREATE TRIGGER credit_requests_four_eyes BEFORE UPDATE OF status ON credit_requests
WHEN OLD.status = 'pending' AND NEW.status = 'approved' AND NEW.decided_by = OLD.requested_by
     AND abs(OLD.amount_sats) > (SELECT four_eyes_sats FROM credit_settings WHERE id = 1)
BEGIN
    SELECT RAISE(ABORT, 'above the four-eyes limit another person approves the credit');
END;
