-- Migration 027, SQLite dialect: see postgresql/027_debit_reason_codes.sql.
CREATE TABLE debit_reason_codes (
    code TEXT PRIMARY KEY CHECK (code = upper(trim(code)) AND length(code) BETWEEN 1 AND 20),
    name_ko TEXT NOT NULL CHECK (length(trim(name_ko)) > 0),
    name_en TEXT NOT NULL CHECK (length(trim(name_en)) > 0),
    action TEXT NOT NULL CHECK (action IN ('retry', 'suspend', 'update_account', 'manual'))
);
INSERT INTO debit_reason_codes (code, name_ko, name_en, action) VALUES
    ('0001', '잔액부족', 'Insufficient funds', 'retry'),
    ('0002', '출금한도 초과', 'Withdrawal limit exceeded', 'retry'),
    ('0003', '은행 시스템 오류', 'Bank system error', 'retry'),
    ('0004', '통신오류', 'Provider timeout', 'retry'),
    ('1001', '계좌해지', 'Account closed', 'update_account'),
    ('1002', '계좌번호 오류', 'No such account number', 'update_account'),
    ('1003', '예금주 불일치', 'Account holder mismatch', 'update_account'),
    ('2001', '출금동의 해지', 'Mandate revoked by the member', 'suspend'),
    ('2002', '출금이체 미등록', 'Mandate not registered', 'suspend'),
    ('3001', '출금정지 계좌', 'Account frozen (payment stop)', 'manual'),
    ('3002', '압류 계좌', 'Account seized', 'manual'),
    ('9999', '기타 불능', 'Other failure: ask the bank', 'manual');
ALTER TABLE payments ADD COLUMN failure_code TEXT;
-- The payments list sorts by it with keyset pagination (docs/PERFORMANCE.md).
CREATE INDEX idx_payments_k_failure_code ON payments(COALESCE(failure_code, ''), id);
ALTER TABLE reconciliation_lines ADD COLUMN action TEXT
    CHECK (action IN ('retry', 'suspend', 'update_account', 'manual'));
