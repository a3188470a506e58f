-- Migration 026, SQLite dialect: see postgresql/026_account_changed.sql.
ALTER TABLE cms_info ADD COLUMN account_changed_at TEXT;
CREATE TRIGGER cms_info_account_changed AFTER UPDATE OF bank_code, account_number_enc, account_last4, account_holder
ON cms_info
WHEN NEW.bank_code IS NOT OLD.bank_code OR NEW.account_number_enc IS NOT OLD.account_number_enc
    OR NEW.account_last4 IS NOT OLD.account_last4 OR NEW.account_holder IS NOT OLD.account_holder
BEGIN
    UPDATE cms_info SET account_changed_at = strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z' WHERE id = NEW.id;
END;
