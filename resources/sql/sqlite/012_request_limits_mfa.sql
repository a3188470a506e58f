-- Migration 012, SQLite dialect: see postgresql/012_request_limits_mfa.sql (paydesk-server runs
-- on PostgreSQL only; the tables exist so both schemas stay the same).
CREATE TABLE server_request_counts (
    login TEXT PRIMARY KEY,
    window_start TEXT NOT NULL,
    requests INTEGER NOT NULL CHECK (requests > 0)
);
CREATE TABLE staff_mfa (
    staff_id INTEGER PRIMARY KEY REFERENCES staff(id),
    secret_sealed TEXT NOT NULL,
    confirmed_at TEXT,
    last_step INTEGER NOT NULL DEFAULT 0 CHECK (last_step >= 0),
    disabled_at TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z')
);
CREATE TABLE staff_recovery_codes (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    code_sha256 TEXT NOT NULL UNIQUE CHECK (length(code_sha256) = 64),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    used_at TEXT,
    revoked_at TEXT
);
CREATE INDEX idx_staff_recovery_codes_staff ON staff_recovery_codes(staff_id);
CREATE TABLE server_mfa_challenges (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    challenge_sha256 TEXT NOT NULL UNIQUE CHECK (length(challenge_sha256) = 64),
    purpose TEXT NOT NULL CHECK (purpose IN ('verify', 'enrol')),
    sign_in_attempt_id INTEGER,
    failures INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX idx_server_mfa_challenges_expiry ON server_mfa_challenges(expires_at);
