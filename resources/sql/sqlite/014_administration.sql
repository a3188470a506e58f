-- Migration 014, SQLite dialect: see postgresql/014_administration.sql. SQLite has no logins,
-- so there is no trigger audit of changes made outside Paydesk here (docs/SECURITY.md).
CREATE VIEW staff_directory AS
SELECT s.id, s.login, s.display_name, s.role, s.organization_id, s.is_active, s.created_at, s.updated_at, s.version,
       (s.password_hash IS NOT NULL) AS server_password,
       EXISTS (SELECT 1 FROM staff_mfa m WHERE m.staff_id = s.id AND m.confirmed_at IS NOT NULL
               AND m.disabled_at IS NULL) AS second_factor,
       (SELECT max(r.issued_at) FROM refresh_tokens r WHERE r.staff_id = s.id AND r.session_id = r.id)
           AS last_sign_in_at
FROM staff s;

CREATE INDEX idx_parents_k_enrolled_at ON parents(enrolled_at, id);
CREATE INDEX idx_parents_k_service_status ON parents(service_status, id);
CREATE INDEX idx_parents_k_updated_at ON parents(updated_at, id);
CREATE INDEX idx_wallets_k_created_at ON wallets(COALESCE(created_at, '1970-01-01T00:00:00.000000Z'), id);
CREATE INDEX idx_wallets_k_chain_name ON wallets(chain_name, id);
CREATE INDEX idx_transactions_k_created_at ON transactions(COALESCE(created_at, '1970-01-01T00:00:00.000000Z'), id);
CREATE INDEX idx_transactions_k_status ON transactions(COALESCE(status, ''), id);
CREATE INDEX idx_transactions_k_type ON transactions(transaction_type, id);
CREATE INDEX idx_audit_log_k_occurred_at ON audit_log(occurred_at, id);
CREATE INDEX idx_audit_log_k_actor ON audit_log(actor, id);
CREATE INDEX idx_audit_log_k_action ON audit_log(action, id);
CREATE INDEX idx_audit_log_k_entity ON audit_log(entity, id);

-- A contract moves only along the steps of docs/DOMAIN.md; a terminated contract is final.
CREATE TRIGGER cms_info_status_guard BEFORE UPDATE OF cms_status ON cms_info
WHEN NEW.cms_status IS NOT OLD.cms_status AND NOT (
    (OLD.cms_status = 'pending_registration' AND NEW.cms_status IN ('active', 'terminated'))
    OR (OLD.cms_status = 'active' AND NEW.cms_status IN ('suspended', 'terminated'))
    OR (OLD.cms_status = 'suspended' AND NEW.cms_status IN ('active', 'terminated')))
BEGIN
    SELECT RAISE(ABORT, 'an auto-debit contract cannot make this status change');
END;
