-- Migration 027: coded debit results (docs/DOMAIN.md, "Coded debit results").
--
-- A failed auto-debit comes back in the provider's result file with a result code. What the
-- manager does next depends on why it failed, so each code has a name in Korean and English
-- and an action: 'retry' (debit again at the next cycle: insufficient funds, a limit, a bank
-- or network fault), 'suspend' (stop collecting and suspend the contract: the member revoked
-- the mandate or it is not registered), 'update_account' (suspend the contract and ask the
-- member for a new account: closed account, wrong number, holder mismatch) or 'manual' (a
-- person looks at it: a frozen or seized account, anything else). The reconciliation import
-- records the code on the payment and on the file's line, and takes the action on Apply,
-- audited (core/sql/SqlPayments.cpp applyReconciliation).
--
-- The codes are data: the seed below is Paydesk's list, modelled on the outcomes of a KFTC CMS
-- debit result file (EB22); a provider that uses other codes gets its own rows. A code not in
-- the table is kept as it came and followed up by hand.
CREATE TABLE debit_reason_codes (
    code VARCHAR(20) PRIMARY KEY CHECK (code = upper(btrim(code)) AND length(code) > 0),
    name_ko VARCHAR(100) NOT NULL CHECK (length(btrim(name_ko)) > 0),
    name_en VARCHAR(100) NOT NULL CHECK (length(btrim(name_en)) > 0),
    action VARCHAR(20) NOT NULL CHECK (action IN ('retry', 'suspend', 'update_account', 'manual'))
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

-- The code of a payment's last failed debit (NULL for failures recorded as text only, as
-- before this migration), and the action a reconciliation line led to.
ALTER TABLE payments ADD COLUMN failure_code VARCHAR(20);
-- The payments list sorts by it with keyset pagination (docs/PERFORMANCE.md).
CREATE INDEX idx_payments_k_failure_code ON payments((COALESCE(failure_code, '')), id);
ALTER TABLE reconciliation_lines ADD COLUMN action VARCHAR(20)
    CHECK (action IN ('retry', 'suspend', 'update_account', 'manual'));

GRANT SELECT ON debit_reason_codes
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor;
GRANT UPDATE (failure_code) ON payments TO paydesk_regional_admin, paydesk_center_manager;
