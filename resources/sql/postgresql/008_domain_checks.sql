-- Migration 008: months are YYYY-MM with a month of 01 to 12. PostgreSQL's CHECKs from
-- migration 001 already say so; SQLite's did not and gets triggers in its own 008. The
-- columns say the rule here.
COMMENT ON COLUMN payments.payment_month IS 'YYYY-MM, month 01 to 12';
COMMENT ON COLUMN settlements.settlement_month IS 'YYYY-MM, month 01 to 12';
-- users.kyc_level is 0 until a document is approved (docs/DOMAIN.md); migration 001 defaulted
-- it to 1.
ALTER TABLE users ALTER COLUMN kyc_level SET DEFAULT 0;
