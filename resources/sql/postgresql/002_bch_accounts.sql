-- Migration 002: the organisation's watch-only Bitcoin Cash account. Invoice addresses are
-- derived from its extended public key at 0/i (BIP32/BIP44, account m/44'/145'/0'); next_index
-- is taken in the same transaction that creates the invoice, so two operators never get the
-- same address, and the unique indexes make reuse impossible.
CREATE TABLE bch_accounts (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    network VARCHAR(10) NOT NULL CHECK (network IN ('mainnet', 'testnet', 'regtest')),
    xpub VARCHAR(120) NOT NULL UNIQUE,
    next_index INTEGER NOT NULL DEFAULT 0 CHECK (next_index >= 0),
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1
);
-- at most one account hands out addresses
CREATE UNIQUE INDEX uq_bch_accounts_active ON bch_accounts(is_active) WHERE is_active;
CREATE TRIGGER update_bch_accounts_updated_at BEFORE UPDATE ON bch_accounts
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

ALTER TABLE invoices ADD COLUMN bch_account_id INTEGER REFERENCES bch_accounts(id);
ALTER TABLE invoices ADD COLUMN derivation_index INTEGER;
CREATE UNIQUE INDEX uq_invoices_derivation ON invoices(bch_account_id, derivation_index);
CREATE UNIQUE INDEX uq_invoices_address ON invoices(address);
