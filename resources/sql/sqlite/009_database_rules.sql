-- Migration 009: the state rules that PostgreSQL's guard triggers enforce (migration 009 there)
-- hold in an embedded file too, whoever opens it: a SQLite file has no logins, so there are no
-- role checks, but settlements, payments and invoices change state only along the allowed
-- steps, and rows of money and compliance are never deleted (deactivate, close or reverse).
CREATE TRIGGER settlements_steps BEFORE UPDATE OF status ON settlements
    WHEN NEW.status <> OLD.status AND NOT ((OLD.status = 'draft' AND NEW.status = 'confirmed')
                                          OR (OLD.status = 'confirmed' AND NEW.status IN ('paid', 'draft')))
BEGIN
    SELECT RAISE(ABORT, 'A settlement goes draft, confirmed, paid (headquarters may reopen a confirmed one).');
END;
CREATE TRIGGER settlements_frozen_figures BEFORE UPDATE ON settlements
    WHEN OLD.status <> 'draft' AND NEW.status = OLD.status
         AND (NEW.payment_count <> OLD.payment_count OR NEW.gross_amount <> OLD.gross_amount
              OR NEW.fee_amount <> OLD.fee_amount OR NEW.net_amount <> OLD.net_amount)
BEGIN
    SELECT RAISE(ABORT, 'A confirmed or paid settlement keeps its figures; reopen it first.');
END;
CREATE TRIGGER payments_steps BEFORE UPDATE OF status ON payments
    WHEN NEW.status <> OLD.status AND NOT ((OLD.status IN ('pending', 'failed')
                                           AND NEW.status IN ('success', 'failed', 'cancelled'))
                                          OR (OLD.status = 'success' AND NEW.status = 'refunded'))
BEGIN
    SELECT RAISE(ABORT, 'Only pending or failed payments become successful, failed or cancelled, and successful ones refunded.');
END;
CREATE TRIGGER invoices_steps BEFORE UPDATE OF status ON invoices
    WHEN NEW.status <> OLD.status AND NOT ((OLD.status = 'pending' AND NEW.status IN ('paid', 'confirmed', 'expired',
                                                                                     'cancelled'))
                                          OR (OLD.status = 'paid' AND NEW.status = 'confirmed'))
BEGIN
    SELECT RAISE(ABORT, 'An invoice goes from pending to paid, confirmed, expired or cancelled, and from paid to confirmed.');
END;
CREATE TRIGGER payments_never_deleted BEFORE DELETE ON payments
BEGIN
    SELECT RAISE(ABORT, 'Payments are never deleted; cancel them instead.');
END;
CREATE TRIGGER settlements_never_deleted BEFORE DELETE ON settlements
BEGIN
    SELECT RAISE(ABORT, 'Settlements are never deleted; reopen a confirmed one instead.');
END;
CREATE TRIGGER invoices_never_deleted BEFORE DELETE ON invoices
BEGIN
    SELECT RAISE(ABORT, 'Invoices are never deleted; cancel or expire them instead.');
END;
CREATE TRIGGER kyc_documents_never_deleted BEFORE DELETE ON kyc_documents
BEGIN
    SELECT RAISE(ABORT, 'KYC documents are never deleted; reject them instead.');
END;
CREATE TRIGGER user_credits_never_deleted BEFORE DELETE ON user_credits
BEGIN
    SELECT RAISE(ABORT, 'Credits are never deleted; give a reversing credit instead.');
END;
CREATE TRIGGER users_never_deleted BEFORE DELETE ON users
BEGIN
    SELECT RAISE(ABORT, 'Users are never deleted; deactivate them instead.');
END;
-- Server sessions (PostgreSQL's migration 009): refresh tokens of one sign-in share a session id.
ALTER TABLE refresh_tokens ADD COLUMN session_id INTEGER;
UPDATE refresh_tokens SET session_id = id;
