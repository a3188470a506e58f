-- Paydesk schema, migration 001: every table of design/DOMAIN.md.
-- Column names follow the seeds: 000 (users, wallets, transactions, kyc_documents),
-- 002 (invoices, user_credits), 004 (organizations, parents, children, cms_info, payments,
-- settlements, staff) and 001 (payment vocabulary, audit log).
-- Money in seed-000/002 tables stays NUMERIC as the seeds declare it; tables designed here hold
-- integer minor units (KRW has none, so won) in BIGINT.
-- Keyset pagination sorts on (column, id): every column a page sorts or filters on has an index
-- on (expression, id) with the same expression the list queries use.

CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS TRIGGER AS $$
BEGIN
    NEW.updated_at = CURRENT_TIMESTAMP;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- seed 004: headquarters -> region -> center -> institution
CREATE TABLE organizations (
    id SERIAL PRIMARY KEY,
    parent_id INTEGER REFERENCES organizations(id),
    org_type VARCHAR(20) NOT NULL CHECK (org_type IN ('hq', 'region', 'center', 'institution')),
    code VARCHAR(32) NOT NULL UNIQUE,
    name VARCHAR(200) NOT NULL,
    -- materialised path of ids, '/1/4/17/', so that a subtree is one prefix match
    path VARCHAR(200) NOT NULL UNIQUE,
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_organizations_parent_id ON organizations(parent_id);
CREATE INDEX idx_organizations_org_type ON organizations(org_type);
CREATE TRIGGER update_organizations_updated_at BEFORE UPDATE ON organizations
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- seed 000, 2.1 (+ organization_id, version)
CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    email VARCHAR(255) UNIQUE NOT NULL,
    phone VARCHAR(20) UNIQUE,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    country_code VARCHAR(2) NOT NULL,
    preferred_currency VARCHAR(10) DEFAULT 'USDC',
    circle_wallet_id VARCHAR(255) UNIQUE,
    circle_entity_id VARCHAR(255) UNIQUE,
    circle_wallet_set_id VARCHAR(255) UNIQUE,
    primary_wallet_id VARCHAR(255),
    is_verified BOOLEAN DEFAULT FALSE,
    is_active BOOLEAN DEFAULT TRUE,
    pin_hash VARCHAR(255),
    kyc_status VARCHAR(20) DEFAULT 'pending',
    kyc_level INTEGER DEFAULT 1,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    last_login_at TIMESTAMP WITH TIME ZONE,
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
CREATE INDEX idx_users_k_phone ON users((COALESCE(phone, '')), id);
CREATE INDEX idx_users_k_country_code ON users(country_code, id);
CREATE INDEX idx_users_k_kyc_status ON users((COALESCE(kyc_status, '')), id);
CREATE INDEX idx_users_k_kyc_level ON users((COALESCE(kyc_level, 0)), id);
CREATE INDEX idx_users_k_is_active ON users((COALESCE(is_active, FALSE)), id);
CREATE INDEX idx_users_k_created_at ON users((COALESCE(created_at, 'epoch'::timestamptz)), id);
CREATE INDEX idx_users_k_last_login_at ON users((COALESCE(last_login_at, 'epoch'::timestamptz)), id);
CREATE TRIGGER update_users_updated_at BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- seed 000, 2.2
CREATE TABLE wallets (
    id SERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    circle_wallet_id VARCHAR(255) UNIQUE NOT NULL,
    wallet_address VARCHAR(42),
    chain_id INTEGER NOT NULL,
    chain_name VARCHAR(50) NOT NULL,
    usdc_balance NUMERIC(18, 6) DEFAULT 0,
    last_balance_update TIMESTAMP WITH TIME ZONE,
    is_active BOOLEAN DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX idx_wallets_user_id ON wallets(user_id);
CREATE INDEX idx_wallets_circle_wallet_id ON wallets(circle_wallet_id);
CREATE INDEX idx_wallets_wallet_address ON wallets(wallet_address);
CREATE INDEX idx_wallets_chain_id ON wallets(chain_id);
CREATE INDEX idx_wallets_chain_name ON wallets(chain_name);
ALTER TABLE wallets ADD CONSTRAINT uq_user_chain UNIQUE (user_id, chain_id);
CREATE TRIGGER update_wallets_updated_at BEFORE UPDATE ON wallets
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- seed 000, 2.3
CREATE TABLE transactions (
    id SERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    transaction_id VARCHAR(255) UNIQUE NOT NULL,
    transaction_hash VARCHAR(66) UNIQUE,
    transaction_type VARCHAR(20) NOT NULL,
    status VARCHAR(20) DEFAULT 'pending',
    amount NUMERIC(18, 6) NOT NULL,
    -- seed 000 declares VARCHAR(3) with DEFAULT 'USDC', which does not fit; widened like
    -- users.preferred_currency
    currency VARCHAR(10) DEFAULT 'USDC',
    usd_amount NUMERIC(18, 6),
    local_amount NUMERIC(18, 6),
    local_currency VARCHAR(3),
    source_chain VARCHAR(50),
    target_chain VARCHAR(50),
    source_address VARCHAR(42),
    target_address VARCHAR(42),
    gas_fee NUMERIC(18, 6),
    service_fee NUMERIC(18, 6),
    total_fee NUMERIC(18, 6),
    merchant_id VARCHAR(255),
    merchant_name VARCHAR(255),
    qr_code_id VARCHAR(255),
    extra_metadata TEXT,
    notes TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    completed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idx_transactions_user_id ON transactions(user_id);
CREATE INDEX idx_transactions_transaction_id ON transactions(transaction_id);
CREATE INDEX idx_transactions_transaction_hash ON transactions(transaction_hash);
CREATE INDEX idx_transactions_status ON transactions(status);
CREATE INDEX idx_transactions_created_at ON transactions(created_at);
CREATE INDEX idx_transactions_transaction_type ON transactions(transaction_type);

-- seed 000, 2.4 (+ kyc_level: the level the document applies for; version)
CREATE TABLE kyc_documents (
    id SERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    document_type VARCHAR(50) NOT NULL,
    document_number VARCHAR(100),
    full_name VARCHAR(200),
    date_of_birth VARCHAR(10),
    nationality VARCHAR(2),
    gender VARCHAR(10),
    address_line1 VARCHAR(255),
    address_line2 VARCHAR(255),
    city VARCHAR(100),
    state_province VARCHAR(100),
    postal_code VARCHAR(20),
    country VARCHAR(2),
    occupation VARCHAR(100),
    employer VARCHAR(200),
    income_range VARCHAR(50),
    source_of_funds VARCHAR(100),
    file_url VARCHAR(500),
    file_type VARCHAR(20),
    file_size INTEGER,
    verification_status VARCHAR(20) DEFAULT 'pending'
        CHECK (verification_status IN ('pending', 'approved', 'rejected', 'needs_info')),
    verification_method VARCHAR(50),
    verification_notes TEXT,
    verified_by VARCHAR(100),
    verified_at TIMESTAMP WITH TIME ZONE,
    compliance_check_id VARCHAR(255),
    risk_score NUMERIC(3, 2),
    risk_factors TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    expires_at TIMESTAMP WITH TIME ZONE,
    kyc_level INTEGER NOT NULL DEFAULT 1 CHECK (kyc_level IN (1, 2)),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_kyc_documents_user_id ON kyc_documents(user_id);
CREATE INDEX idx_kyc_documents_document_type ON kyc_documents(document_type);
CREATE INDEX idx_kyc_documents_verification_status ON kyc_documents(verification_status);
CREATE INDEX idx_kyc_documents_created_at ON kyc_documents(created_at);
CREATE INDEX idx_kyc_documents_k_created_at ON kyc_documents((COALESCE(created_at, 'epoch'::timestamptz)), id);
CREATE INDEX idx_kyc_documents_k_document_type ON kyc_documents(document_type, id);
CREATE INDEX idx_kyc_documents_k_full_name ON kyc_documents((COALESCE(full_name, '')), id);
CREATE INDEX idx_kyc_documents_k_nationality ON kyc_documents((COALESCE(nationality, '')), id);
CREATE INDEX idx_kyc_documents_k_status ON kyc_documents((COALESCE(verification_status, '')), id);
CREATE INDEX idx_kyc_documents_k_kyc_level ON kyc_documents(kyc_level, id);
CREATE INDEX idx_kyc_documents_k_risk_score ON kyc_documents((COALESCE(risk_score, 0)), id);
CREATE INDEX idx_kyc_documents_k_verified_by ON kyc_documents((COALESCE(verified_by, '')), id);
CREATE INDEX idx_kyc_documents_k_verified_at ON kyc_documents((COALESCE(verified_at, 'epoch'::timestamptz)), id);
CREATE TRIGGER update_kyc_documents_updated_at BEFORE UPDATE ON kyc_documents
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- seed 004: a parent is a users row enrolled at an institution
CREATE TABLE parents (
    id SERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL UNIQUE REFERENCES users(id),
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    service_status VARCHAR(20) NOT NULL DEFAULT 'active'
        CHECK (service_status IN ('active', 'paused', 'withdrawn')),
    enrolled_at DATE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_parents_organization_id ON parents(organization_id);
CREATE TRIGGER update_parents_updated_at BEFORE UPDATE ON parents
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE children (
    id SERIAL PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
    name VARCHAR(100) NOT NULL,
    birth_date DATE,
    class_name VARCHAR(100),
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX idx_children_parent_id ON children(parent_id);

-- seed 004: CMSInfo, the auto-debit contract; the account number is stored encrypted
-- (account_number_enc) and shown masked from account_last4
CREATE TABLE cms_info (
    id SERIAL PRIMARY KEY,
    parent_id INTEGER NOT NULL UNIQUE REFERENCES parents(id) ON DELETE CASCADE,
    contract_id VARCHAR(40) NOT NULL UNIQUE,
    bank_code VARCHAR(10) NOT NULL,
    bank_name VARCHAR(50) NOT NULL,
    account_holder VARCHAR(100) NOT NULL,
    account_number_enc BYTEA,
    account_last4 VARCHAR(4) NOT NULL,
    payment_day INTEGER NOT NULL CHECK (payment_day BETWEEN 1 AND 28),
    monthly_amount BIGINT NOT NULL CHECK (monthly_amount > 0),
    cms_status VARCHAR(30) NOT NULL DEFAULT 'pending_registration'
        CHECK (cms_status IN ('pending_registration', 'active', 'suspended', 'terminated')),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_cms_info_payment_day ON cms_info(payment_day, cms_status);
CREATE TRIGGER update_cms_info_updated_at BEFORE UPDATE ON cms_info
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- seed 004 Payment with seed 001's vocabulary: one expected monthly fee per parent and month
CREATE TABLE payments (
    id BIGSERIAL PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES parents(id),
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    payment_month CHAR(7) NOT NULL CHECK (payment_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    due_date DATE NOT NULL,
    amount BIGINT NOT NULL CHECK (amount >= 0),
    currency CHAR(3) NOT NULL DEFAULT 'KRW',
    status VARCHAR(20) NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'success', 'failed', 'cancelled', 'refunded')),
    method VARCHAR(10) NOT NULL CHECK (method IN ('cms', 'card', 'bch', 'manual')),
    tid VARCHAR(100),
    order_id VARCHAR(64) UNIQUE,
    failure_reason VARCHAR(200),
    attempt_count INTEGER NOT NULL DEFAULT 0,
    paid_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
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
CREATE INDEX idx_payments_k_paid_at ON payments((COALESCE(paid_at, 'epoch'::timestamptz)), id);
CREATE INDEX idx_payments_k_tid ON payments((COALESCE(tid, '')), id);
CREATE INDEX idx_payments_k_failure_reason ON payments((COALESCE(failure_reason, '')), id);
CREATE TRIGGER update_payments_updated_at BEFORE UPDATE ON payments
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- seed 002 (+ console columns: organization, expiry, payment link, version)
CREATE TABLE invoices (
    id SERIAL PRIMARY KEY,
    amount NUMERIC(10, 8) NOT NULL CHECK (amount > 0),
    address VARCHAR(100) NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    username VARCHAR(50),
    description TEXT,
    status VARCHAR(20) DEFAULT 'pending'
        CHECK (status IN ('pending', 'paid', 'confirmed', 'expired', 'cancelled')),
    tx_hash VARCHAR(64),
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    confirmed_at TIMESTAMP WITH TIME ZONE,
    organization_id INTEGER REFERENCES organizations(id),
    payment_id BIGINT REFERENCES payments(id),
    expires_at TIMESTAMP WITH TIME ZONE,
    paid_at TIMESTAMP WITH TIME ZONE,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_user_id ON invoices(user_id);
CREATE INDEX idx_address ON invoices(address);
CREATE INDEX idx_status ON invoices(status);
CREATE INDEX idx_invoices_organization_id ON invoices(organization_id);
CREATE INDEX idx_invoices_k_created_at ON invoices((COALESCE(created_at, 'epoch'::timestamptz)), id);
CREATE INDEX idx_invoices_k_amount ON invoices(amount, id);
CREATE INDEX idx_invoices_k_address ON invoices(address, id);
CREATE INDEX idx_invoices_k_username ON invoices((COALESCE(username, '')), id);
CREATE INDEX idx_invoices_k_status ON invoices((COALESCE(status, '')), id);
CREATE INDEX idx_invoices_k_tx_hash ON invoices((COALESCE(tx_hash, '')), id);
CREATE INDEX idx_invoices_k_confirmed_at ON invoices((COALESCE(confirmed_at, 'epoch'::timestamptz)), id);
CREATE INDEX idx_invoices_k_expires_at ON invoices((COALESCE(expires_at, 'epoch'::timestamptz)), id);
CREATE TRIGGER update_invoices_updated_at BEFORE UPDATE ON invoices
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- seed 002
CREATE TABLE user_credits (
    id SERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    username VARCHAR(50) NOT NULL,
    amount NUMERIC(10, 8) NOT NULL,
    transaction_type VARCHAR(20) NOT NULL,
    invoice_id INTEGER REFERENCES invoices(id),
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX idx_user_credits_user_id ON user_credits(user_id);
CREATE INDEX idx_user_credits_username ON user_credits(username);

-- seed 004 Settlement: per organisation (center) and month
CREATE TABLE settlements (
    id SERIAL PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    settlement_month CHAR(7) NOT NULL CHECK (settlement_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    payment_count INTEGER NOT NULL DEFAULT 0,
    gross_amount BIGINT NOT NULL DEFAULT 0,
    fee_amount BIGINT NOT NULL DEFAULT 0,
    net_amount BIGINT NOT NULL DEFAULT 0,
    currency CHAR(3) NOT NULL DEFAULT 'KRW',
    status VARCHAR(20) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'confirmed', 'paid')),
    confirmed_by VARCHAR(100),
    confirmed_at TIMESTAMP WITH TIME ZONE,
    paid_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
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
CREATE INDEX idx_settlements_k_confirmed_at ON settlements((COALESCE(confirmed_at, 'epoch'::timestamptz)), id);
CREATE TRIGGER update_settlements_updated_at BEFORE UPDATE ON settlements
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- seed 004 roles: the console's operators
CREATE TABLE staff (
    id SERIAL PRIMARY KEY,
    login VARCHAR(63) NOT NULL UNIQUE,
    display_name VARCHAR(100) NOT NULL,
    role VARCHAR(30) NOT NULL
        CHECK (role IN ('hq_admin', 'regional_admin', 'center_manager', 'kyc_reviewer', 'auditor')),
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    password_hash VARCHAR(255),
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TRIGGER update_staff_updated_at BEFORE UPDATE ON staff
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- seed 001 "audit log": append-only record of every change made through Paydesk
CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    actor VARCHAR(100) NOT NULL,
    action VARCHAR(50) NOT NULL,
    entity VARCHAR(50) NOT NULL,
    entity_id BIGINT,
    before_data JSONB,
    after_data JSONB,
    reason TEXT
);
CREATE INDEX idx_audit_log_entity ON audit_log(entity, entity_id, occurred_at);
CREATE INDEX idx_audit_log_actor ON audit_log(actor, occurred_at);
CREATE OR REPLACE FUNCTION audit_log_append_only()
RETURNS TRIGGER AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
