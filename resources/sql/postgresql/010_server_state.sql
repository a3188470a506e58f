-- Migration 010: paydesk-server keeps no state of its own in memory, so any number of
-- instances on one database behave as one and a restart forgets nothing (docs/SECURITY.md,
-- "The REST backend"): sign-in attempts (throttling counted before the password is checked) and
-- Idempotency-Key answers live here. The server's database account, paydesk_server, is made
-- here with exactly what it needs.
CREATE TABLE server_sign_in_attempts (
    id BIGSERIAL PRIMARY KEY,
    login_sha256 CHAR(64) NOT NULL CHECK (login_sha256 ~ '^[0-9a-f]{64}$'), -- never the name itself
    address VARCHAR(64) NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    succeeded BOOLEAN -- NULL while the password is being checked: counts as a failure until then
);
CREATE INDEX idx_server_sign_in_attempts_pair ON server_sign_in_attempts(login_sha256, address, attempted_at);
CREATE INDEX idx_server_sign_in_attempts_address ON server_sign_in_attempts(address, attempted_at);

-- One row per login, normalised route and key: taken in the transaction of the change it guards,
-- so a retried or parallel request with the same key waits for the first and replays its answer;
-- a failed change leaves no row (errors are never replayed).
CREATE TABLE server_idempotency_keys (
    login VARCHAR(100) NOT NULL,
    route VARCHAR(200) NOT NULL,
    key_sha256 CHAR(64) NOT NULL CHECK (key_sha256 ~ '^[0-9a-f]{64}$'),
    body_sha256 CHAR(64) NOT NULL CHECK (body_sha256 ~ '^[0-9a-f]{64}$'),
    status INTEGER,
    content_type VARCHAR(100),
    headers JSONB,
    answer BYTEA,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (login, route, key_sha256)
);
CREATE INDEX idx_server_idempotency_keys_expiry ON server_idempotency_keys(expires_at);
REVOKE ALL ON server_sign_in_attempts, server_idempotency_keys FROM PUBLIC;

-- The server's own account: it reads the schema version and the staff it signs in, writes
-- password hashes (--set-password), sessions and its own state, and becomes a staff login per
-- request through paydesk_service (migration 006). It owns nothing and reads no business table
-- as itself. LOGIN without a password: give it one, or a client certificate, when deploying.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'paydesk_server') THEN
        CREATE ROLE paydesk_server LOGIN;
    END IF;
END
$$;
GRANT paydesk_service TO paydesk_server;
GRANT USAGE ON SCHEMA public TO paydesk_server;
GRANT SELECT ON schema_migrations TO paydesk_server;
GRANT SELECT (id, login, display_name, role, organization_id, is_active, password_hash, version) ON staff
    TO paydesk_server;
GRANT UPDATE (password_hash, version, updated_at) ON staff TO paydesk_server;
GRANT SELECT, INSERT, UPDATE ON refresh_tokens TO paydesk_server;
GRANT SELECT, INSERT, UPDATE, DELETE ON server_sign_in_attempts, server_idempotency_keys TO paydesk_server;
GRANT USAGE ON SEQUENCE refresh_tokens_id_seq, server_sign_in_attempts_id_seq TO paydesk_server;
