-- Migration 010, SQLite dialect: see postgresql/010_server_state.sql (paydesk-server runs on
-- PostgreSQL only; the tables exist so both schemas stay the same, and a file has no roles).
CREATE TABLE server_sign_in_attempts (
    id INTEGER PRIMARY KEY,
    login_sha256 TEXT NOT NULL CHECK (length(login_sha256) = 64),
    address TEXT NOT NULL,
    attempted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    succeeded INTEGER
);
CREATE INDEX idx_server_sign_in_attempts_pair ON server_sign_in_attempts(login_sha256, address, attempted_at);
CREATE INDEX idx_server_sign_in_attempts_address ON server_sign_in_attempts(address, attempted_at);
CREATE TABLE server_idempotency_keys (
    login TEXT NOT NULL,
    route TEXT NOT NULL,
    key_sha256 TEXT NOT NULL CHECK (length(key_sha256) = 64),
    body_sha256 TEXT NOT NULL CHECK (length(body_sha256) = 64),
    status INTEGER,
    content_type TEXT,
    headers TEXT,
    answer BLOB,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    expires_at TEXT NOT NULL,
    PRIMARY KEY (login, route, key_sha256)
);
CREATE INDEX idx_server_idempotency_keys_expiry ON server_idempotency_keys(expires_at);
