-- Migration 028: the retry policy of failed auto-debits (docs/DOMAIN.md, "Retry policy").
--
-- A debit that failed with a code whose action is 'retry' (migration 027) is debited again, up
-- to retry_limit times, each retry interval_days banking days after the one before, counted
-- from the month's debit day. An institution follows the policy of its nearest ancestor (itself
-- included) that has one; the latest row of an organisation supersedes its earlier rows. Without
-- any row: 2 retries, 3 banking days apart. Rows are never changed or deleted.
--
-- retry_limit × interval_days is at most 15 banking days, so every retry of a month falls
-- before the next month's debit and the debit calendar lists a contract at most once a day.
CREATE TABLE debit_retry_policies (
    id SERIAL PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    retry_limit INTEGER NOT NULL CHECK (retry_limit BETWEEN 0 AND 5),
    interval_days INTEGER NOT NULL CHECK (interval_days BETWEEN 1 AND 10),
    set_by VARCHAR(100) NOT NULL DEFAULT current_user,
    set_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    reason TEXT NOT NULL CHECK (length(btrim(reason)) > 0),
    CHECK (retry_limit * interval_days <= 15)
);
CREATE INDEX idx_debit_retry_policies_org ON debit_retry_policies(organization_id, id);

CREATE FUNCTION paydesk_retry_policy_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Retry policies are never changed or deleted; set a newer policy instead.'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER debit_retry_policies_append_only BEFORE UPDATE OR DELETE ON debit_retry_policies
    FOR EACH ROW EXECUTE FUNCTION paydesk_retry_policy_append_only();

GRANT SELECT ON debit_retry_policies
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor;
GRANT INSERT (organization_id, retry_limit, interval_days, reason) ON debit_retry_policies TO paydesk_hq_admin;
GRANT USAGE ON SEQUENCE debit_retry_policies_id_seq TO paydesk_hq_admin;
