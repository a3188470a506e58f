-- Paydesk schema, migration 001, SQLite dialect: the same tables and columns as
-- postgresql/001_initial.sql.
-- Differences, each for exactness:
--  * TIMESTAMPTZ columns are TEXT in UTC, 'YYYY-MM-DDTHH:MM:SS.ffffffZ' (microseconds, as
--    PostgreSQL keeps them), so that text order is time order and keyset cursors compare exactly.
--  * DATE columns are TEXT 'YYYY-MM-DD'.
--  * NUMERIC money columns of seeds 000/002 are TEXT holding the decimal with exactly the
--    column's scale ('0.00120000'); SQLite's NUMERIC affinity would store them as doubles.
--    CAST(replace(col, '.', '') AS INTEGER) is then the exact amount in minor units.
--  * BOOLEAN is INTEGER 0/1, BYTEA is BLOB, JSONB is TEXT.

CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES organizations(id),
    org_type TEXT NOT NULL CHECK (org_type IN ('hq', 'region', 'center', 'institution')),
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    path TEXT NOT NULL UNIQUE,
    is_active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_organizations_parent_id ON organizations(parent_id);
CREATE INDEX idx_organizations_org_type ON organizations(org_type);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT UNIQUE NOT NULL,
    phone TEXT UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    country_code TEXT NOT NULL,
    preferred_currency TEXT DEFAULT 'USDC',
    circle_wallet_id TEXT UNIQUE,
    circle_entity_id TEXT UNIQUE,
    circle_wallet_set_id TEXT UNIQUE,
    primary_wallet_id TEXT,
    is_verified INTEGER DEFAULT 0,
    is_active INTEGER DEFAULT 1,
    pin_hash TEXT,
    kyc_status TEXT DEFAULT 'pending',
    kyc_level INTEGER DEFAULT 1,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    last_login_at TEXT,
    organization_id INTEGER REFERENCES organizations(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_users_email ON users(email);
CREATE INDEX idx_users_phone ON users(phone);
CREATE INDEX idx_users_circle_wallet_id ON users(circle_wallet_id);
CREATE INDEX idx_users_circle_entity_id ON users(circle_entity_id);
CREATE INDEX idx_users_circle_wallet_set_id ON users(circle_wallet_set_id);
CREATE INDEX idx_users_primary_wallet_id ON users(primary_wallet_id);
CREATE INDEX idx_users_kyc_status ON users(kyc_status);
CREATE INDEX idx_users_organization_id ON users(organization_id);
CREATE INDEX idx_users_k_email ON users(email, id);
CREATE INDEX idx_users_k_last_name ON users(last_name, id);
CREATE INDEX idx_users_k_first_name ON users(first_name, id);
CREATE INDEX idx_users_k_phone ON users(COALESCE(phone, ''), id);
CREATE INDEX idx_users_k_country_code ON users(country_code, id);
CREATE INDEX idx_users_k_kyc_status ON users(COALESCE(kyc_status, ''), id);
CREATE INDEX idx_users_k_kyc_level ON users(COALESCE(kyc_level, 0), id);
CREATE INDEX idx_users_k_is_active ON users(COALESCE(is_active, 0), id);
CREATE INDEX idx_users_k_created_at ON users(COALESCE(created_at, '1970-01-01T00:00:00.000000Z'), id);
CREATE INDEX idx_users_k_last_login_at ON users(COALESCE(last_login_at, '1970-01-01T00:00:00.000000Z'), id);

CREATE TABLE wallets (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    circle_wallet_id TEXT UNIQUE NOT NULL,
    wallet_address TEXT,
    chain_id INTEGER NOT NULL,
    chain_name TEXT NOT NULL,
    usdc_balance TEXT DEFAULT '0.000000'
        CHECK (usdc_balance IS NULL OR (instr(usdc_balance, '.') = length(usdc_balance) - 6
               AND replace(ltrim(usdc_balance, '-'), '.', '') NOT GLOB '*[^0-9]*')),
    last_balance_update TEXT,
    is_active INTEGER DEFAULT 1,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    CONSTRAINT uq_user_chain UNIQUE (user_id, chain_id)
);
CREATE INDEX idx_wallets_user_id ON wallets(user_id);
CREATE INDEX idx_wallets_circle_wallet_id ON wallets(circle_wallet_id);
CREATE INDEX idx_wallets_wallet_address ON wallets(wallet_address);
CREATE INDEX idx_wallets_chain_id ON wallets(chain_id);
CREATE INDEX idx_wallets_chain_name ON wallets(chain_name);

CREATE TABLE transactions (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    transaction_id TEXT UNIQUE NOT NULL,
    transaction_hash TEXT UNIQUE,
    transaction_type TEXT NOT NULL,
    status TEXT DEFAULT 'pending',
    amount TEXT NOT NULL
        CHECK (instr(amount, '.') = length(amount) - 6 AND replace(ltrim(amount, '-'), '.', '') NOT GLOB '*[^0-9]*'),
    currency TEXT DEFAULT 'USDC',
    usd_amount TEXT,
    local_amount TEXT,
    local_currency TEXT,
    source_chain TEXT,
    target_chain TEXT,
    source_address TEXT,
    target_address TEXT,
    gas_fee TEXT,
    service_fee TEXT,
    total_fee TEXT,
    merchant_id TEXT,
    merchant_name TEXT,
    qr_code_id TEXT,
    extra_metadata TEXT,
    notes TEXT,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    completed_at TEXT
);
CREATE INDEX idx_transactions_user_id ON transactions(user_id);
CREATE INDEX idx_transactions_transaction_id ON transactions(transaction_id);
CREATE INDEX idx_transactions_transaction_hash ON transactions(transaction_hash);
CREATE INDEX idx_transactions_status ON transactions(status);
CREATE INDEX idx_transactions_created_at ON transactions(created_at);
CREATE INDEX idx_transactions_transaction_type ON transactions(transaction_type);

CREATE TABLE kyc_documents (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    document_type TEXT NOT NULL,
    document_number TEXT,
    full_name TEXT,
    date_of_birth TEXT,
    nationality TEXT,
    gender TEXT,
    address_line1 TEXT,
    address_line2 TEXT,
    city TEXT,
    state_province TEXT,
    postal_code TEXT,
    country TEXT,
    occupation TEXT,
    employer TEXT,
    income_range TEXT,
    source_of_funds TEXT,
    file_url TEXT,
    file_type TEXT,
    file_size INTEGER,
    verification_status TEXT DEFAULT 'pending'
        CHECK (verification_status IN ('pending', 'approved', 'rejected', 'needs_info')),
    verification_method TEXT,
    verification_notes TEXT,
    verified_by TEXT,
    verified_at TEXT,
    compliance_check_id TEXT,
    risk_score NUMERIC,
    risk_factors TEXT,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    expires_at TEXT,
    kyc_level INTEGER NOT NULL DEFAULT 1 CHECK (kyc_level IN (1, 2)),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_kyc_documents_user_id ON kyc_documents(user_id);
CREATE INDEX idx_kyc_documents_document_type ON kyc_documents(document_type);
CREATE INDEX idx_kyc_documents_verification_status ON kyc_documents(verification_status);
CREATE INDEX idx_kyc_documents_created_at ON kyc_documents(created_at);
CREATE INDEX idx_kyc_documents_k_created_at ON kyc_documents(COALESCE(created_at, '1970-01-01T00:00:00.000000Z'), id);
CREATE INDEX idx_kyc_documents_k_document_type ON kyc_documents(document_type, id);
CREATE INDEX idx_kyc_documents_k_full_name ON kyc_documents(COALESCE(full_name, ''), id);
CREATE INDEX idx_kyc_documents_k_nationality ON kyc_documents(COALESCE(nationality, ''), id);
CREATE INDEX idx_kyc_documents_k_status ON kyc_documents(COALESCE(verification_status, ''), id);
CREATE INDEX idx_kyc_documents_k_kyc_level ON kyc_documents(kyc_level, id);
CREATE INDEX idx_kyc_documents_k_risk_score ON kyc_documents(CAST(round(COALESCE(risk_score, 0) * 100) AS INTEGER), id);
CREATE INDEX idx_kyc_documents_k_verified_by ON kyc_documents(COALESCE(verified_by, ''), id);
CREATE INDEX idx_kyc_documents_k_verified_at ON kyc_documents(COALESCE(verified_at, '1970-01-01T00:00:00.000000Z'), id);

CREATE TABLE parents (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL UNIQUE REFERENCES users(id),
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    service_status TEXT NOT NULL DEFAULT 'active' CHECK (service_status IN ('active', 'paused', 'withdrawn')),
    enrolled_at TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_parents_organization_id ON parents(organization_id);

CREATE TABLE children (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    birth_date TEXT,
    class_name TEXT,
    is_active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
);
CREATE INDEX idx_children_parent_id ON children(parent_id);

CREATE TABLE cms_info (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER NOT NULL UNIQUE REFERENCES parents(id) ON DELETE CASCADE,
    contract_id TEXT NOT NULL UNIQUE,
    bank_code TEXT NOT NULL,
    bank_name TEXT NOT NULL,
    account_holder TEXT NOT NULL,
    account_number_enc BLOB,
    account_last4 TEXT NOT NULL,
    payment_day INTEGER NOT NULL CHECK (payment_day BETWEEN 1 AND 28),
    monthly_amount INTEGER NOT NULL CHECK (monthly_amount > 0),
    cms_status TEXT NOT NULL DEFAULT 'pending_registration'
        CHECK (cms_status IN ('pending_registration', 'active', 'suspended', 'terminated')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_cms_info_payment_day ON cms_info(payment_day, cms_status);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES parents(id),
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    payment_month TEXT NOT NULL CHECK (payment_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    due_date TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount >= 0),
    currency TEXT NOT NULL DEFAULT 'KRW',
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'success', 'failed', 'cancelled', 'refunded')),
    method TEXT NOT NULL CHECK (method IN ('cms', 'card', 'bch', 'manual')),
    tid TEXT,
    order_id TEXT UNIQUE,
    failure_reason TEXT,
    attempt_count INTEGER NOT NULL DEFAULT 0,
    paid_at TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (parent_id, payment_month)
);
CREATE INDEX idx_payments_organization_id ON payments(organization_id, payment_month, status);
CREATE INDEX idx_payments_tid ON payments(tid);
CREATE INDEX idx_payments_overdue ON payments(parent_id, due_date) WHERE status IN ('pending', 'failed');
CREATE INDEX idx_payments_k_created_at ON payments(created_at, id);
CREATE INDEX idx_payments_k_payment_month ON payments(payment_month, id);
-- the month filter with the default newest-first order
CREATE INDEX idx_payments_month_created ON payments(payment_month, created_at, id);
CREATE INDEX idx_payments_k_due_date ON payments(due_date, id);
CREATE INDEX idx_payments_k_amount ON payments(amount, id);
CREATE INDEX idx_payments_k_status ON payments(status, id);
CREATE INDEX idx_payments_k_method ON payments(method, id);
CREATE INDEX idx_payments_k_paid_at ON payments(COALESCE(paid_at, '1970-01-01T00:00:00.000000Z'), id);
CREATE INDEX idx_payments_k_tid ON payments(COALESCE(tid, ''), id);
CREATE INDEX idx_payments_k_failure_reason ON payments(COALESCE(failure_reason, ''), id);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    amount TEXT NOT NULL
        CHECK (instr(amount, '.') = length(amount) - 8 AND length(amount) <= 11
               AND replace(amount, '.', '') NOT GLOB '*[^0-9]*' AND CAST(replace(amount, '.', '') AS INTEGER) > 0),
    address TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    username TEXT,
    description TEXT,
    status TEXT DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'confirmed', 'expired', 'cancelled')),
    tx_hash TEXT,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    confirmed_at TEXT,
    organization_id INTEGER REFERENCES organizations(id),
    payment_id INTEGER REFERENCES payments(id),
    expires_at TEXT,
    paid_at TEXT,
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_user_id ON invoices(user_id);
CREATE INDEX idx_address ON invoices(address);
CREATE INDEX idx_status ON invoices(status);
CREATE INDEX idx_invoices_organization_id ON invoices(organization_id);
CREATE INDEX idx_invoices_k_created_at ON invoices(COALESCE(created_at, '1970-01-01T00:00:00.000000Z'), id);
CREATE INDEX idx_invoices_k_amount ON invoices(CAST(replace(amount, '.', '') AS INTEGER), id);
CREATE INDEX idx_invoices_k_address ON invoices(address, id);
CREATE INDEX idx_invoices_k_username ON invoices(COALESCE(username, ''), id);
CREATE INDEX idx_invoices_k_status ON invoices(COALESCE(status, ''), id);
CREATE INDEX idx_invoices_k_tx_hash ON invoices(COALESCE(tx_hash, ''), id);
CREATE INDEX idx_invoices_k_confirmed_at ON invoices(COALESCE(confirmed_at, '1970-01-01T00:00:00.000000Z'), id);
CREATE INDEX idx_invoices_k_expires_at ON invoices(COALESCE(expires_at, '1970-01-01T00:00:00.000000Z'), id);

CREATE TABLE user_credits (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id),
    username TEXT NOT NULL,
    amount TEXT NOT NULL
        CHECK (instr(amount, '.') = length(amount) - 8 AND replace(ltrim(amount, '-'), '.', '') NOT GLOB '*[^0-9]*'),
    transaction_type TEXT NOT NULL,
    invoice_id INTEGER REFERENCES invoices(id),
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
);
CREATE INDEX idx_user_credits_user_id ON user_credits(user_id);
CREATE INDEX idx_user_credits_username ON user_credits(username);

CREATE TABLE settlements (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    settlement_month TEXT NOT NULL CHECK (settlement_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    payment_count INTEGER NOT NULL DEFAULT 0,
    gross_amount INTEGER NOT NULL DEFAULT 0,
    fee_amount INTEGER NOT NULL DEFAULT 0,
    net_amount INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'KRW',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'confirmed', 'paid')),
    confirmed_by TEXT,
    confirmed_at TEXT,
    paid_at TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (organization_id, settlement_month),
    CHECK (net_amount = gross_amount - fee_amount)
);
CREATE INDEX idx_settlements_k_month ON settlements(settlement_month, id);
CREATE INDEX idx_settlements_k_status ON settlements(status, id);
CREATE INDEX idx_settlements_k_payment_count ON settlements(payment_count, id);
CREATE INDEX idx_settlements_k_gross ON settlements(gross_amount, id);
CREATE INDEX idx_settlements_k_fee ON settlements(fee_amount, id);
CREATE INDEX idx_settlements_k_net ON settlements(net_amount, id);
CREATE INDEX idx_settlements_k_confirmed_at ON settlements(COALESCE(confirmed_at, '1970-01-01T00:00:00.000000Z'), id);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('hq_admin', 'regional_admin', 'center_manager', 'kyc_reviewer', 'auditor')),
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    password_hash TEXT,
    is_active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    before_data TEXT,
    after_data TEXT,
    reason TEXT
);
CREATE INDEX idx_audit_log_entity ON audit_log(entity, entity_id, occurred_at);
CREATE INDEX idx_audit_log_actor ON audit_log(actor, occurred_at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
