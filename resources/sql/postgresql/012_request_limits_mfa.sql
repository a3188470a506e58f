-- Migration 012: per-login request counting shared by every paydesk-server instance, and TOTP
-- second factors (RFC 6238) for staff who sign in to the server (docs/SECURITY.md, "Second
-- factor" and "The REST backend").

-- One row per login: the requests of the current minute. UNLOGGED: a counter lost in a crash
-- only forgives one minute, and every request writes it, so it skips the write-ahead log.
CREATE UNLOGGED TABLE server_request_counts (
    login VARCHAR(100) PRIMARY KEY,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    requests INTEGER NOT NULL CHECK (requests > 0)
);

-- A staff member's TOTP secret, sealed with the field key (FieldCipher, as bank account numbers).
-- It counts once one code has confirmed it (confirmed_at); last_step is the RFC 6238 time step of
-- the last code accepted, so a code is accepted once: a replay in its window is refused.
-- Re-enrolment replaces an unconfirmed secret; a confirmed one is reset only by headquarters
-- (disabled_at set, audited), never deleted.
CREATE TABLE staff_mfa (
    staff_id INTEGER PRIMARY KEY REFERENCES staff(id),
    secret_sealed TEXT NOT NULL,
    confirmed_at TIMESTAMP WITH TIME ZONE,
    last_step BIGINT NOT NULL DEFAULT 0 CHECK (last_step >= 0),
    disabled_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- Ten single-use recovery codes per confirmed enrolment, stored only as SHA-256. A new set
-- revokes the old one (revoked_at); a used code keeps used_at.
CREATE TABLE staff_recovery_codes (
    id BIGSERIAL PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    code_sha256 CHAR(64) NOT NULL UNIQUE CHECK (code_sha256 ~ '^[0-9a-f]{64}$'),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    used_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idx_staff_recovery_codes_staff ON staff_recovery_codes(staff_id);

-- A sign-in that passed the password and waits for its second factor: the server hands out a
-- short-lived challenge (stored hashed), answered once.
CREATE TABLE server_mfa_challenges (
    id BIGSERIAL PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    challenge_sha256 CHAR(64) NOT NULL UNIQUE CHECK (challenge_sha256 ~ '^[0-9a-f]{64}$'),
    purpose VARCHAR(10) NOT NULL CHECK (purpose IN ('verify', 'enrol')),
    -- the password's attempt: a failure until the second factor is given, then a success
    sign_in_attempt_id BIGINT,
    failures INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idx_server_mfa_challenges_expiry ON server_mfa_challenges(expires_at);

-- Only the server's own account touches these; staff roles never read secrets or codes.
REVOKE ALL ON server_request_counts, staff_mfa, staff_recovery_codes, server_mfa_challenges FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON server_request_counts TO paydesk_server;
GRANT SELECT, INSERT, UPDATE ON staff_mfa, staff_recovery_codes, server_mfa_challenges TO paydesk_server;
GRANT DELETE ON server_mfa_challenges TO paydesk_server;
GRANT USAGE ON SEQUENCE staff_recovery_codes_id_seq, server_mfa_challenges_id_seq TO paydesk_server;
