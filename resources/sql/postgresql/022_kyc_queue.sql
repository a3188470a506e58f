-- Migration 022: a fair KYC queue (docs/DOMAIN.md, "KYC review"). A document can be put on hold
-- with a reason (a review stage; the status stays pending); the SLA clock stops while a document
-- waits on the customer (needs_info) or is on hold, for every writer: sla_clock_from is the
-- instant the running SLA age is measured from (NULL: created_at), moved on by each pause when
-- it ends, and paused_at is when the current pause began. Documents can be assigned to a
-- reviewer (by headquarters, or spread automatically when kyc_settings.auto_assign is on) and a
-- reviewer can be away until a day (staff.away_until): away reviewers get no new documents.
ALTER TABLE kyc_documents ADD COLUMN hold_reason VARCHAR(500);
ALTER TABLE kyc_documents ADD COLUMN held_by VARCHAR(100);
ALTER TABLE kyc_documents ADD COLUMN held_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE kyc_documents ADD COLUMN sla_clock_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE kyc_documents ADD COLUMN paused_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE kyc_documents ADD COLUMN assigned_to VARCHAR(100);
ALTER TABLE kyc_documents ADD COLUMN assigned_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX idx_kyc_documents_assigned_to ON kyc_documents(assigned_to) WHERE assigned_to IS NOT NULL;
ALTER TABLE kyc_settings ADD COLUMN auto_assign BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE staff ADD COLUMN away_until DATE;

-- Documents waiting on the customer now: their pause began when the information was asked for.
UPDATE kyc_documents SET paused_at = COALESCE(verified_at, updated_at) WHERE verification_status = 'needs_info';
-- Resubmitted ones: the time they waited on the customer does not count.
UPDATE kyc_documents SET sla_clock_from = created_at + (resubmitted_at - verified_at)
    WHERE verification_status = 'pending' AND resubmitted_at IS NOT NULL AND verified_at BETWEEN created_at AND resubmitted_at;

GRANT SELECT (hold_reason, held_by, held_at, sla_clock_from, paused_at, assigned_to, assigned_at)
    ON kyc_documents TO paydesk_regional_admin, paydesk_center_manager, paydesk_auditor;
GRANT UPDATE (hold_reason, held_by, held_at, assigned_to, assigned_at)
    ON kyc_documents TO paydesk_kyc_reviewer, paydesk_hq_admin;
GRANT UPDATE (auto_assign) ON kyc_settings TO paydesk_hq_admin;
GRANT SELECT (away_until) ON staff
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor;

CREATE OR REPLACE FUNCTION paydesk_kyc_document_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r text;
    me text := current_user;
    changed text[];
    outside text[];
    s record;
    live boolean;
    decision boolean;
    first_change boolean;
BEGIN
    IF paydesk_is_owner() THEN
        RETURN NEW;
    END IF;
    SELECT array_agg(n.key ORDER BY n.key) INTO changed FROM jsonb_each(to_jsonb(NEW)) n
    WHERE n.key NOT IN ('version', 'updated_at', 'document_number_masked')
      AND n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key;
    IF changed IS NULL THEN
        RETURN NEW;
    END IF;
    r := paydesk_staff_role();
    IF r IS NULL OR r NOT IN ('hq_admin', 'kyc_reviewer') THEN
        RAISE EXCEPTION 'Only KYC reviewers and headquarters review KYC documents.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT array_agg(c ORDER BY c) INTO outside FROM unnest(changed) c
    WHERE c NOT IN ('verification_status', 'verification_notes', 'verification_method', 'verified_by', 'verified_at',
                    'claimed_by', 'claimed_at', 'claim_expires_at', 'first_approved_by', 'first_approved_at',
                    'hold_reason', 'held_by', 'held_at', 'assigned_to', 'assigned_at');
    IF outside IS NOT NULL THEN
        RAISE EXCEPTION 'KYC document #%: % come from the customer and the KYC provider; a review changes only the review.',
            OLD.id, array_to_string(outside, ', ');
    END IF;
    IF OLD.verification_status IS DISTINCT FROM 'pending' THEN
        RAISE EXCEPTION 'KYC document #% is % already; a decided document does not change.', OLD.id,
            OLD.verification_status;
    END IF;
    SELECT k.claim_minutes, k.four_eyes_risk INTO s FROM kyc_settings k WHERE k.id = 1;
    live := OLD.claimed_by IS NOT NULL AND OLD.claim_expires_at > now();
    IF NEW.claimed_by IS DISTINCT FROM OLD.claimed_by OR NEW.claimed_at IS DISTINCT FROM OLD.claimed_at
       OR NEW.claim_expires_at IS DISTINCT FROM OLD.claim_expires_at THEN
        IF NEW.claimed_by IS NOT NULL THEN
            IF NEW.claimed_by <> me THEN
                RAISE EXCEPTION 'KYC document #%: a reviewer claims a document for themselves only.', OLD.id
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF live AND OLD.claimed_by <> me THEN
                RAISE EXCEPTION 'KYC document #% is claimed by % until %.', OLD.id, OLD.claimed_by, OLD.claim_expires_at;
            END IF;
            IF NEW.claim_expires_at IS NULL OR NEW.claim_expires_at > now() + make_interval(mins => s.claim_minutes + 1) THEN
                RAISE EXCEPTION 'KYC document #%: a claim lasts at most % minutes.', OLD.id, s.claim_minutes;
            END IF;
        ELSIF live AND OLD.claimed_by <> me AND r <> 'hq_admin' THEN
            RAISE EXCEPTION 'KYC document #% is claimed by %; only % or headquarters may release it.', OLD.id,
                OLD.claimed_by, OLD.claimed_by USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    -- On hold (migration 022): put by the reviewer holding the live claim, with a reason, which
    -- releases the claim; resumed by any reviewer. A held document is neither claimed nor
    -- decided until it is resumed.
    IF NEW.hold_reason IS DISTINCT FROM OLD.hold_reason OR NEW.held_by IS DISTINCT FROM OLD.held_by
       OR NEW.held_at IS DISTINCT FROM OLD.held_at THEN
        IF NEW.hold_reason IS NOT NULL THEN
            IF OLD.hold_reason IS NOT NULL THEN
                RAISE EXCEPTION 'KYC document #% is on hold already (%).', OLD.id, OLD.hold_reason;
            END IF;
            IF NOT (live AND OLD.claimed_by = me) THEN
                RAISE EXCEPTION 'Claim KYC document #% before putting it on hold.', OLD.id;
            END IF;
            NEW.held_by := me;
            NEW.held_at := now();
        ELSE
            NEW.held_by := NULL;
            NEW.held_at := NULL;
        END IF;
    END IF;
    IF NEW.hold_reason IS NOT NULL AND (NEW.verification_status IS DISTINCT FROM OLD.verification_status
       OR NEW.first_approved_by IS DISTINCT FROM OLD.first_approved_by
       OR (NEW.claimed_by IS NOT NULL AND NEW.claimed_by IS DISTINCT FROM OLD.claimed_by)) THEN
        RAISE EXCEPTION 'KYC document #% is on hold (%); resume it before reviewing it.', OLD.id,
            COALESCE(NEW.hold_reason, OLD.hold_reason);
    END IF;
    -- Assignment (migration 022): headquarters assigns anyone; a reviewer takes an unassigned
    -- document or gives back their own.
    IF NEW.assigned_to IS DISTINCT FROM OLD.assigned_to AND r <> 'hq_admin'
       AND NOT ((OLD.assigned_to IS NULL AND NEW.assigned_to = me) OR (OLD.assigned_to = me AND NEW.assigned_to IS NULL)) THEN
        RAISE EXCEPTION 'KYC document #%: only headquarters assigns documents to others.', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    decision := NEW.verification_status IS DISTINCT FROM OLD.verification_status;
    first_change := NEW.first_approved_by IS DISTINCT FROM OLD.first_approved_by
        OR NEW.first_approved_at IS DISTINCT FROM OLD.first_approved_at;
    IF decision OR first_change OR NEW.verified_by IS DISTINCT FROM OLD.verified_by
       OR NEW.verified_at IS DISTINCT FROM OLD.verified_at OR NEW.verification_notes IS DISTINCT FROM OLD.verification_notes
       OR NEW.verification_method IS DISTINCT FROM OLD.verification_method THEN
        IF NOT (live AND OLD.claimed_by = me) THEN
            RAISE EXCEPTION 'Claim KYC document #% before deciding it.', OLD.id;
        END IF;
        IF NOT decision THEN
            IF NOT first_change OR NEW.first_approved_by IS NULL OR OLD.first_approved_by IS NOT NULL
               OR NEW.verified_by IS DISTINCT FROM OLD.verified_by OR NEW.verified_at IS DISTINCT FROM OLD.verified_at
               OR NEW.verification_notes IS DISTINCT FROM OLD.verification_notes
               OR NEW.verification_method IS DISTINCT FROM OLD.verification_method THEN
                RAISE EXCEPTION 'KYC document #%: the review fields change with a decision; a first approval is given once.',
                    OLD.id;
            END IF;
            NEW.first_approved_by := me;
            NEW.first_approved_at := now();
        ELSE
            NEW.verified_by := me;
            NEW.verified_at := COALESCE(NEW.verified_at, now());
            IF NEW.verification_status = 'approved' THEN
                IF NEW.first_approved_by IS DISTINCT FROM OLD.first_approved_by THEN
                    RAISE EXCEPTION 'KYC document #%: an approval keeps the recorded first approval.', OLD.id;
                END IF;
                IF COALESCE(OLD.risk_score, 0) > s.four_eyes_risk
                   AND (OLD.first_approved_by IS NULL OR OLD.first_approved_by = me) THEN
                    RAISE EXCEPTION 'KYC document #% has risk %, above the four-eyes threshold %: it needs a first approval by another reviewer before yours.',
                        OLD.id, OLD.risk_score, s.four_eyes_risk;
                END IF;
            ELSIF NEW.first_approved_by IS NOT NULL AND NEW.first_approved_by IS DISTINCT FROM OLD.first_approved_by THEN
                RAISE EXCEPTION 'KYC document #%: only an approval gives a first approval.', OLD.id;
            END IF;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

-- The SLA clock: a pause starts when a document goes to needs_info or on hold, and ends when it
-- is pending and not held again; the time paused moves sla_clock_from on.
CREATE FUNCTION paydesk_kyc_sla_clock() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was_paused boolean := OLD.verification_status = 'needs_info' OR OLD.hold_reason IS NOT NULL;
    is_paused boolean := NEW.verification_status = 'needs_info' OR NEW.hold_reason IS NOT NULL;
BEGIN
    IF is_paused AND NOT was_paused THEN
        NEW.paused_at := now();
    ELSIF was_paused AND NOT is_paused THEN
        NEW.sla_clock_from := COALESCE(OLD.sla_clock_from, OLD.created_at) + (now() - COALESCE(OLD.paused_at, now()));
        NEW.paused_at := NULL;
    ELSIF NOT paydesk_is_owner() THEN
        -- The clock is the database's; only the owner corrects it by hand.
        NEW.sla_clock_from := OLD.sla_clock_from;
        NEW.paused_at := OLD.paused_at;
    END IF;
    RETURN NEW;
END
$$;
-- Named to fire after kyc_documents_guard (triggers fire in name order), which sees the
-- statement's own changes only.
CREATE TRIGGER kyc_documents_sla_clock BEFORE UPDATE ON kyc_documents
    FOR EACH ROW EXECUTE FUNCTION paydesk_kyc_sla_clock();

-- Auto-assignment: with kyc_settings.auto_assign on, a new pending document goes to the active
-- KYC reviewer who is not away and has the fewest pending documents assigned (then by login).
CREATE FUNCTION paydesk_kyc_pick_reviewer() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT s.login FROM staff s
    WHERE s.is_active AND s.role = 'kyc_reviewer' AND (s.away_until IS NULL OR s.away_until < current_date)
    ORDER BY (SELECT COUNT(*) FROM kyc_documents d WHERE d.assigned_to = s.login AND d.verification_status = 'pending'),
             s.login
    LIMIT 1
$$;
REVOKE ALL ON FUNCTION paydesk_kyc_pick_reviewer() FROM PUBLIC;
CREATE FUNCTION paydesk_kyc_auto_assign() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.verification_status = 'pending' AND NEW.assigned_to IS NULL
       AND COALESCE((SELECT k.auto_assign FROM kyc_settings k WHERE k.id = 1), FALSE) THEN
        NEW.assigned_to := paydesk_kyc_pick_reviewer();
        IF NEW.assigned_to IS NOT NULL THEN
            NEW.assigned_at := now();
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER kyc_documents_auto_assign BEFORE INSERT ON kyc_documents
    FOR EACH ROW EXECUTE FUNCTION paydesk_kyc_auto_assign();

-- A reviewer marks themselves away (or back: NULL) without rights on staff.
CREATE FUNCTION paydesk_set_away(until date) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF until IS NOT NULL AND until < current_date THEN
        RAISE EXCEPTION 'Away until % is in the past; choose today or a later day.', until USING ERRCODE = 'check_violation';
    END IF;
    UPDATE staff SET away_until = until, updated_at = now() WHERE login = paydesk_caller() AND is_active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Only an active staff login can be away.' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;
REVOKE ALL ON FUNCTION paydesk_set_away(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION paydesk_set_away(date) TO paydesk_kyc_reviewer, paydesk_hq_admin;
