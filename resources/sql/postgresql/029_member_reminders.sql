-- Migration 029: dunning reminders (docs/DOMAIN.md, "Dunning").
--
-- Each reminder a manager exports for an overdue member (SMS or letter) is a row: when, by whom,
-- for how much. Nobody reminds a member twice within seven days: the trigger below refuses the
-- second, whoever writes it, serialised per member so that two managers exporting at once cannot
-- both pass. Rows are never changed or deleted.
CREATE TABLE member_reminders (
    id SERIAL PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES parents(id),
    reminded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    reminded_by VARCHAR(100) NOT NULL DEFAULT current_user,
    channel VARCHAR(10) NOT NULL CHECK (channel IN ('sms', 'letter')),
    amount_owed BIGINT NOT NULL CHECK (amount_owed >= 0),
    months_owed INTEGER NOT NULL CHECK (months_owed >= 0),
    reason_code VARCHAR(20)
);
CREATE INDEX idx_member_reminders_parent ON member_reminders(parent_id, reminded_at DESC, id);

CREATE FUNCTION paydesk_reminder_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    earlier record;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('member_reminders'), NEW.parent_id);
    SELECT reminded_at, reminded_by INTO earlier FROM member_reminders
    WHERE parent_id = NEW.parent_id AND reminded_at > NEW.reminded_at - INTERVAL '7 days'
    ORDER BY reminded_at DESC LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Member % was reminded by % at %; not again within seven days.',
            NEW.parent_id, earlier.reminded_by, earlier.reminded_at USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER member_reminders_guard BEFORE INSERT ON member_reminders
    FOR EACH ROW EXECUTE FUNCTION paydesk_reminder_guard();

CREATE FUNCTION paydesk_reminders_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Reminders are never changed or deleted.' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER member_reminders_append_only BEFORE UPDATE OR DELETE ON member_reminders
    FOR EACH ROW EXECUTE FUNCTION paydesk_reminders_append_only();

ALTER TABLE member_reminders ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reminders_visible ON member_reminders
    USING ((SELECT paydesk_sees_all()) OR parent_id IN (SELECT p.id FROM parents p))
    WITH CHECK (((SELECT paydesk_sees_all()) OR parent_id IN (SELECT p.id FROM parents p))
                AND reminded_by = current_user);

GRANT SELECT ON member_reminders
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor;
GRANT INSERT (parent_id, channel, amount_owed, months_owed, reason_code) ON member_reminders
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager;
GRANT USAGE ON SEQUENCE member_reminders_id_seq
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager;
