-- Migration 008: months are YYYY-MM with a month of 01 to 12. Migration 001's CHECK on SQLite
-- (GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]') let 2026-00 and 2026-13..19 in; PostgreSQL's CHECK
-- never did. SQLite cannot change a CHECK in place, so triggers refuse such months on insert
-- and update, with the same rule as PostgreSQL.
CREATE TRIGGER payments_month_insert BEFORE INSERT ON payments
    WHEN NOT (NEW.payment_month GLOB '[0-9][0-9][0-9][0-9]-0[1-9]' OR NEW.payment_month GLOB '[0-9][0-9][0-9][0-9]-1[0-2]')
BEGIN
    SELECT RAISE(ABORT, 'payment_month must be YYYY-MM with a month from 01 to 12');
END;
CREATE TRIGGER payments_month_update BEFORE UPDATE OF payment_month ON payments
    WHEN NOT (NEW.payment_month GLOB '[0-9][0-9][0-9][0-9]-0[1-9]' OR NEW.payment_month GLOB '[0-9][0-9][0-9][0-9]-1[0-2]')
BEGIN
    SELECT RAISE(ABORT, 'payment_month must be YYYY-MM with a month from 01 to 12');
END;
CREATE TRIGGER settlements_month_insert BEFORE INSERT ON settlements
    WHEN NOT (NEW.settlement_month GLOB '[0-9][0-9][0-9][0-9]-0[1-9]' OR NEW.settlement_month GLOB '[0-9][0-9][0-9][0-9]-1[0-2]')
BEGIN
    SELECT RAISE(ABORT, 'settlement_month must be YYYY-MM with a month from 01 to 12');
END;
CREATE TRIGGER settlements_month_update BEFORE UPDATE OF settlement_month ON settlements
    WHEN NOT (NEW.settlement_month GLOB '[0-9][0-9][0-9][0-9]-0[1-9]' OR NEW.settlement_month GLOB '[0-9][0-9][0-9][0-9]-1[0-2]')
BEGIN
    SELECT RAISE(ABORT, 'settlement_month must be YYYY-MM with a month from 01 to 12');
END;
-- users.kyc_level is 0 until a document is approved (docs/DOMAIN.md); migration 001 defaulted
-- it to 1. SQLite cannot ALTER a default, and rebuilding users would touch every table that
-- refers to it; a default is only text in the schema, so it is rewritten there (SQLite's
-- documented way for changes that leave the stored rows as they are).
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql, 'kyc_level INTEGER DEFAULT 1,', 'kyc_level INTEGER DEFAULT 0,')
    WHERE type = 'table' AND name = 'users';
PRAGMA writable_schema = OFF;
-- Any schema change bumps SQLite's schema cookie, so every other connection reads the
-- rewritten definition before its next statement (this one keeps the old default until it is
-- reopened; the programs reopen after an upgrade).
CREATE TABLE paydesk_schema_reload (x INTEGER);
DROP TABLE paydesk_schema_reload;
