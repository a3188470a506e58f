-- Migration 006, SQLite dialect: see postgresql/006_server_sessions.sql (a file has no roles;
-- the table exists so both schemas stay the same).
CREATE TABLE refresh_tokens (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    token_sha256 TEXT NOT NULL UNIQUE CHECK (length(token_sha256) = 64),
    issued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    expires_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX idx_refresh_tokens_staff ON refresh_tokens(staff_id);

ALTER TABLE kyc_documents ADD COLUMN document_number_masked TEXT
    GENERATED ALWAYS AS (CASE WHEN document_number IS NULL THEN NULL WHEN length(document_number) <= 4 THEN '****' ELSE '****' || substr(document_number, length(document_number) - 3, 4) END) VIRTUAL;
