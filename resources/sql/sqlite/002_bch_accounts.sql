-- Migration 002, SQLite dialect: see postgresql/002_bch_accounts.sql.
CREATE TABLE bch_accounts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    network TEXT NOT NULL CHECK (network IN ('mainnet', 'testnet', 'regtest')),
    xpub TEXT NOT NULL UNIQUE,
    next_index INTEGER NOT NULL DEFAULT 0 CHECK (next_index >= 0),
    is_active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX uq_bch_accounts_active ON bch_accounts(is_active) WHERE is_active;

ALTER TABLE invoices ADD COLUMN bch_account_id INTEGER REFERENCES bch_accounts(id);
ALTER TABLE invoices ADD COLUMN derivation_index INTEGER;
CREATE UNIQUE INDEX uq_invoices_derivation ON invoices(bch_account_id, derivation_index);
CREATE UNIQUE INDEX uq_invoices_address ON invoices(address);
