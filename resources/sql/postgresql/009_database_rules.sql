-- Migration 009: the rules the console and the server check are also the database's, so a
-- staff member with psql cannot do what the applications refuse (docs/SECURITY.md, "What each
-- layer enforces"). Guard triggers (BEFORE, run as the connected login) check every change to
-- settlements, payments, invoices, KYC documents and users' KYC state; a deferred trigger makes
-- sure every change by a staff login has an audit row of its own transaction, writing one when
-- the statement came without; staff changes go through SECURITY DEFINER functions only. The
-- schema owner and superusers (migrations, demo data, `paydesk admin`) are not limited, as for
-- row-level security. A login cannot disable a trigger (only the table owner can).

-- Is role p_role the schema owner (a member of the role owning the tables) or a superuser?
CREATE FUNCTION paydesk_role_is_owner(p_role text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT COALESCE((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = p_role), FALSE)
        OR pg_has_role(p_role, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'public.staff'::regclass), 'USAGE')
$$;
-- Is the connected role the owner (see above)?
CREATE FUNCTION paydesk_is_owner() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT paydesk_role_is_owner(current_user)
$$;

-- Who called a SECURITY DEFINER function (inside one, current_user is the owner): the role set
-- with SET ROLE (paydesk-server acting as a staff member), else the session's login.
CREATE FUNCTION paydesk_caller() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN current_setting('role') = 'none' THEN session_user::text ELSE current_setting('role') END
$$;

-- -- Audit rows for every change ---------------------------------------------------------------
-- The transaction an audit row was written in, so a change can find its own row.
ALTER TABLE audit_log ADD COLUMN txid BIGINT;
ALTER TABLE audit_log ALTER COLUMN txid SET DEFAULT txid_current();

-- At commit, for each row a staff login inserted or updated: the application writes an audit row
-- naming the row in the same transaction; when there is none (a statement typed in psql), the
-- database writes one with the changed columns before and after (sealed and secret columns left
-- out) under the login's name.
CREATE FUNCTION paydesk_audit_direct_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed jsonb;
    previous jsonb;
BEGIN
    IF paydesk_is_owner() THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM audit_log a WHERE a.txid = txid_current() AND a.actor = current_user
               AND ((a.entity = TG_TABLE_NAME AND a.entity_id = NEW.id)
                    OR (TG_TABLE_NAME = 'users' AND a.entity = 'kyc_documents'
                        AND a.entity_id IN (SELECT k.id FROM kyc_documents k WHERE k.user_id = NEW.id)))) THEN
        RETURN NULL;
    END IF;
    SELECT jsonb_object_agg(n.key, n.value) INTO changed FROM jsonb_each(to_jsonb(NEW)) n
    WHERE n.key NOT IN ('document_number', 'document_number_masked', 'account_number_enc', 'password_hash')
      AND (TG_OP = 'INSERT' OR n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key);
    IF changed IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT jsonb_object_agg(o.key, o.value) INTO previous FROM jsonb_each(to_jsonb(OLD)) o WHERE changed ? o.key;
    END IF;
    INSERT INTO audit_log (actor, action, entity, entity_id, before_data, after_data, reason)
    VALUES (current_user, TG_TABLE_NAME || '.direct_' || lower(TG_OP), TG_TABLE_NAME, NEW.id, previous, changed,
            'a direct database statement without an audit row of its own');
    RETURN NULL;
END
$$;

-- -- Settlements ----------------------------------------------------------------------------------
-- A center's figures for a month as a settlement counts them: its institutions' successful
-- payments, and the fee at the nearest organisation rate (core/Payments.cpp settlementFee:
-- basis points, rounded half up). Run as the caller, so row-level security applies.
CREATE FUNCTION paydesk_settlement_figures(p_center integer, p_month text, OUT payment_count bigint, OUT gross bigint,
                                           OUT fee bigint)
LANGUAGE sql STABLE AS $$
    SELECT f.n, f.g, (f.g * r.bp + 5000) / 10000
    FROM (SELECT COUNT(p.id) AS n, COALESCE(SUM(p.amount), 0)::bigint AS g
          FROM organizations c JOIN organizations i ON i.path LIKE c.path || '%'
          JOIN payments p ON p.organization_id = i.id
          WHERE c.id = p_center AND p.status = 'success' AND p.payment_month = p_month) f,
         (SELECT COALESCE((SELECT a.settlement_fee_bp FROM organizations c JOIN organizations a ON c.path LIKE a.path || '%'
                           WHERE c.id = p_center AND a.settlement_fee_bp IS NOT NULL
                           ORDER BY length(a.path) DESC LIMIT 1), 0)::bigint AS bp) r
$$;

-- Settlements go draft -> confirmed -> paid; only headquarters reopens a confirmed one (back to
-- draft); a paid one is final. Figures change only while a draft or on confirming, and only to
-- what the payments say. The confirming login is recorded as confirmed_by whatever was sent.
CREATE FUNCTION paydesk_settlement_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r text;
    f record;
    figures_changed boolean;
BEGIN
    IF paydesk_is_owner() THEN
        RETURN NEW;
    END IF;
    r := paydesk_staff_role();
    IF r IS NULL OR r NOT IN ('hq_admin', 'regional_admin', 'center_manager') THEN
        RAISE EXCEPTION 'Only headquarters, regional admins and center managers change settlements.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'draft' OR NEW.confirmed_by IS NOT NULL OR NEW.confirmed_at IS NOT NULL
           OR NEW.paid_at IS NOT NULL THEN
            RAISE EXCEPTION 'A new settlement starts as a draft, not confirmed or paid.';
        END IF;
        figures_changed := TRUE;
    ELSE
        IF NEW.organization_id <> OLD.organization_id OR NEW.settlement_month <> OLD.settlement_month
           OR NEW.currency IS DISTINCT FROM OLD.currency OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
            RAISE EXCEPTION 'Settlement #%: its center, month and currency do not change.', OLD.id;
        END IF;
        figures_changed := (NEW.payment_count, NEW.gross_amount, NEW.fee_amount, NEW.net_amount)
            IS DISTINCT FROM (OLD.payment_count, OLD.gross_amount, OLD.fee_amount, OLD.net_amount);
        IF NEW.status IS DISTINCT FROM OLD.status THEN
            IF OLD.status = 'draft' AND NEW.status = 'confirmed' THEN
                NEW.confirmed_by := current_user;
                NEW.confirmed_at := COALESCE(NEW.confirmed_at, now());
                figures_changed := TRUE;
            ELSIF OLD.status = 'confirmed' AND NEW.status = 'paid' THEN
                NEW.paid_at := COALESCE(NEW.paid_at, now());
            ELSIF OLD.status = 'confirmed' AND NEW.status = 'draft' THEN
                IF r <> 'hq_admin' THEN
                    RAISE EXCEPTION 'Only headquarters may reopen a settlement.' USING ERRCODE = 'insufficient_privilege';
                END IF;
                NEW.confirmed_by := NULL;
                NEW.confirmed_at := NULL;
                NEW.paid_at := NULL;
            ELSE
                RAISE EXCEPTION 'Settlement #% is %; a settlement goes draft, confirmed, paid (headquarters may reopen a confirmed one), so it cannot become %.',
                    OLD.id, OLD.status, NEW.status;
            END IF;
        ELSIF OLD.status <> 'draft'
              AND (figures_changed OR NEW.confirmed_by IS DISTINCT FROM OLD.confirmed_by
                   OR NEW.confirmed_at IS DISTINCT FROM OLD.confirmed_at OR NEW.paid_at IS DISTINCT FROM OLD.paid_at) THEN
            RAISE EXCEPTION 'Settlement #% is %; its figures and dates do not change (headquarters may reopen a confirmed settlement).',
                OLD.id, OLD.status;
        ELSIF OLD.status = 'draft' AND (NEW.confirmed_by IS NOT NULL OR NEW.paid_at IS NOT NULL) THEN
            RAISE EXCEPTION 'Settlement #% is a draft; it has no confirmation or payout.', OLD.id;
        END IF;
    END IF;
    IF figures_changed THEN
        f := paydesk_settlement_figures(NEW.organization_id, NEW.settlement_month);
        IF (NEW.payment_count, NEW.gross_amount, NEW.fee_amount, NEW.net_amount)
           IS DISTINCT FROM (f.payment_count, f.gross, f.fee, f.gross - f.fee) THEN
            RAISE EXCEPTION 'Settlement figures are the center''s successful payments of %: % payments, % won, fee % won, net % won (not %, %, %, %).',
                NEW.settlement_month, f.payment_count, f.gross, f.fee, f.gross - f.fee,
                NEW.payment_count, NEW.gross_amount, NEW.fee_amount, NEW.net_amount;
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER settlements_guard BEFORE INSERT OR UPDATE ON settlements
    FOR EACH ROW EXECUTE FUNCTION paydesk_settlement_guard();

-- -- Payments -------------------------------------------------------------------------------------
-- A staff member creates a payment as pending; a pending or failed payment becomes successful
-- (with the day the money arrived, never in the future), failed or cancelled; successful,
-- cancelled and refunded payments keep their state. Who, which month and which institution
-- never change; the amount and due date only by headquarters while pending.
CREATE FUNCTION paydesk_payment_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r text;
BEGIN
    IF paydesk_is_owner() THEN
        RETURN NEW;
    END IF;
    r := paydesk_staff_role();
    IF r IS NULL OR r NOT IN ('hq_admin', 'regional_admin', 'center_manager') THEN
        RAISE EXCEPTION 'Only headquarters, regional admins and center managers change payments.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'pending' OR NEW.paid_at IS NOT NULL OR NEW.attempt_count <> 0 THEN
            RAISE EXCEPTION 'A new payment starts pending, unpaid, with no attempts.';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.parent_id <> OLD.parent_id OR NEW.organization_id <> OLD.organization_id
       OR NEW.payment_month <> OLD.payment_month OR NEW.currency <> OLD.currency
       OR NEW.order_id IS DISTINCT FROM OLD.order_id OR NEW.created_at <> OLD.created_at THEN
        RAISE EXCEPTION 'Payment #%: its member, institution, month, currency and order do not change.', OLD.id;
    END IF;
    IF (NEW.amount <> OLD.amount OR NEW.due_date <> OLD.due_date) AND (r <> 'hq_admin' OR OLD.status <> 'pending') THEN
        RAISE EXCEPTION 'Payment #%: only headquarters changes the amount or due date, and only while it is pending.',
            OLD.id;
    END IF;
    IF NEW.attempt_count < OLD.attempt_count THEN
        RAISE EXCEPTION 'Payment #%: the attempt count only grows.', OLD.id;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF OLD.status NOT IN ('pending', 'failed') OR NEW.status NOT IN ('success', 'failed', 'cancelled') THEN
            RAISE EXCEPTION 'Payment #% is %; only pending or failed payments become successful, failed or cancelled.',
                OLD.id, OLD.status;
        END IF;
    ELSIF OLD.status NOT IN ('pending', 'failed') AND (NEW.paid_at IS DISTINCT FROM OLD.paid_at
                                                       OR NEW.tid IS DISTINCT FROM OLD.tid) THEN
        RAISE EXCEPTION 'Payment #% is %; its payment day and transaction do not change.', OLD.id, OLD.status;
    END IF;
    IF NEW.status = 'success' AND (NEW.paid_at IS NULL OR NEW.paid_at > now()) THEN
        RAISE EXCEPTION 'Payment #%: a successful payment has the day the money arrived, and it is not in the future.',
            OLD.id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER payments_guard BEFORE INSERT OR UPDATE ON payments
    FOR EACH ROW EXECUTE FUNCTION paydesk_payment_guard();

-- -- Invoices -------------------------------------------------------------------------------------
-- An invoice is for one member: its institution is the member's and its monthly payment is the
-- member's own. It starts pending; pending becomes paid, confirmed (with the 64-hex transaction
-- hash), expired or cancelled; paid becomes confirmed. Amount, address and member never change.
CREATE FUNCTION paydesk_invoice_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    caller text := paydesk_caller();
    member_org integer;
BEGIN
    -- SECURITY DEFINER (row-level security must not hide the member's rows from the check):
    -- the owner check is on the caller.
    IF paydesk_role_is_owner(caller) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.organization_id IS DISTINCT FROM OLD.organization_id
       OR NEW.payment_id IS DISTINCT FROM OLD.payment_id THEN
        SELECT u.organization_id INTO member_org FROM users u WHERE u.id = NEW.user_id;
        IF NEW.organization_id IS NOT NULL AND NEW.organization_id IS DISTINCT FROM member_org
           AND NOT EXISTS (SELECT 1 FROM parents p WHERE p.user_id = NEW.user_id
                           AND p.organization_id = NEW.organization_id) THEN
            RAISE EXCEPTION 'Organisation #% is not the institution of user #%.', NEW.organization_id, NEW.user_id;
        END IF;
        IF NEW.payment_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM payments pm JOIN parents p ON p.id = pm.parent_id
                                                      WHERE pm.id = NEW.payment_id AND p.user_id = NEW.user_id) THEN
            RAISE EXCEPTION 'Payment #% is not a payment of user #%.', NEW.payment_id, NEW.user_id;
        END IF;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF COALESCE(NEW.status, 'pending') <> 'pending' OR NEW.paid_at IS NOT NULL OR NEW.confirmed_at IS NOT NULL THEN
            RAISE EXCEPTION 'A new invoice starts pending.';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.amount <> OLD.amount OR NEW.address <> OLD.address OR NEW.user_id <> OLD.user_id THEN
        RAISE EXCEPTION 'Invoice #%: its amount, address and member do not change.', OLD.id;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF NOT ((OLD.status = 'pending' AND NEW.status IN ('paid', 'confirmed', 'expired', 'cancelled'))
                OR (OLD.status = 'paid' AND NEW.status = 'confirmed')) THEN
            RAISE EXCEPTION 'Invoice #% is %, so it cannot become %.', OLD.id, OLD.status, NEW.status;
        END IF;
    ELSIF NEW.tx_hash IS DISTINCT FROM OLD.tx_hash AND OLD.status <> 'pending' THEN
        RAISE EXCEPTION 'Invoice #% is %; its transaction hash does not change.', OLD.id, OLD.status;
    END IF;
    IF NEW.status = 'confirmed' AND (NEW.tx_hash IS NULL OR NEW.tx_hash !~ '^[0-9a-f]{64}$') THEN
        RAISE EXCEPTION 'Invoice #%: a confirmed invoice names its transaction hash (64 hexadecimal digits).', OLD.id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER invoices_guard BEFORE INSERT OR UPDATE ON invoices
    FOR EACH ROW EXECUTE FUNCTION paydesk_invoice_guard();

-- -- KYC decisions --------------------------------------------------------------------------------
-- A reviewer (kyc_reviewer or hq_admin) changes only the review columns of a pending document:
-- claims for themselves (at most the configured minutes; a live claim of another is theirs),
-- releases their own (headquarters any), decides only under their own live claim, and is
-- recorded as verified_by / first_approved_by whatever was sent. Above the four-eyes risk
-- threshold an approval needs an earlier first approval by a different reviewer.
CREATE FUNCTION paydesk_kyc_document_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
                    'claimed_by', 'claimed_at', 'claim_expires_at', 'first_approved_by', 'first_approved_at');
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
CREATE TRIGGER kyc_documents_guard BEFORE UPDATE ON kyc_documents
    FOR EACH ROW EXECUTE FUNCTION paydesk_kyc_document_guard();

-- A user's KYC state (kyc_status, kyc_level, is_verified) follows from their documents
-- (core/Kyc.cpp userKycFrom: the highest approved level; with none, the newest document's
-- status): a staff login may set it only to what the documents say.
CREATE FUNCTION paydesk_user_kyc_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    level integer;
    status text;
BEGIN
    IF paydesk_is_owner() OR ((NEW.kyc_status, NEW.kyc_level, NEW.is_verified)
                              IS NOT DISTINCT FROM (OLD.kyc_status, OLD.kyc_level, OLD.is_verified)) THEN
        RETURN NEW;
    END IF;
    IF paydesk_staff_role() IS DISTINCT FROM 'hq_admin' AND paydesk_staff_role() IS DISTINCT FROM 'kyc_reviewer' THEN
        RAISE EXCEPTION 'Only KYC reviewers and headquarters change a user''s KYC state.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT COALESCE(MAX(k.kyc_level) FILTER (WHERE k.verification_status = 'approved'), 0) INTO level
    FROM kyc_documents k WHERE k.user_id = NEW.id;
    status := CASE WHEN level > 0 THEN 'approved'
                   ELSE COALESCE((SELECT k.verification_status FROM kyc_documents k WHERE k.user_id = NEW.id
                                  ORDER BY k.created_at DESC, k.id DESC LIMIT 1), 'pending') END;
    IF NEW.kyc_level IS DISTINCT FROM level OR NEW.kyc_status IS DISTINCT FROM status
       OR NEW.is_verified IS DISTINCT FROM (level > 0) THEN
        RAISE EXCEPTION 'User #%: the KYC state follows from the documents (level %, %); decide a document instead.',
            NEW.id, level, status;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER users_kyc_guard BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION paydesk_user_kyc_guard();

-- The deferred audit check on every table staff may change. Its WHEN skips rows written by the
-- migrating role (the owner: demo data, imports) before they are even queued.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['users', 'wallets', 'transactions', 'kyc_documents', 'parents', 'children', 'cms_info',
                             'payments', 'invoices', 'user_credits', 'settlements', 'bch_accounts', 'organizations',
                             'kyc_settings'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE ON %I DEFERRABLE INITIALLY DEFERRED '
                       'FOR EACH ROW WHEN (current_user <> %L) EXECUTE FUNCTION paydesk_audit_direct_change()',
                       t || '_audited', t, current_user);
    END LOOP;
END
$$;

-- -- Staff ----------------------------------------------------------------------------------------
-- No staff role writes the staff table (a demoted headquarters login could restore itself, and
-- any hq_admin could set another's server password): changes go through the functions below.
-- Nothing is deleted either: headquarters deactivates, closes and reverses instead.
REVOKE INSERT, UPDATE ON staff FROM paydesk_hq_admin;
REVOKE DELETE ON users, wallets, transactions, kyc_documents, parents, children, cms_info, payments, invoices,
    user_credits, settlements, bch_accounts FROM paydesk_hq_admin;
-- Credits are written by the credit operations only (none are granted to a login directly).
REVOKE INSERT, UPDATE ON user_credits FROM paydesk_hq_admin;

-- Gives login p_login exactly the group role of p_role (revoking any other paydesk_* group role).
CREATE FUNCTION paydesk_grant_only_role(p_login text, p_role text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['hq_admin', 'regional_admin', 'center_manager', 'kyc_reviewer', 'auditor'] LOOP
        IF g = p_role THEN
            EXECUTE format('GRANT %I TO %I', 'paydesk_' || g, p_login);
        ELSIF pg_has_role(p_login, 'paydesk_' || g, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', 'paydesk_' || g, p_login);
        END IF;
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION paydesk_grant_only_role(text, text) FROM PUBLIC;

-- paydesk_add_staff() as in migration 006, and: run again with another role, the login keeps
-- only the new group role; a deactivated login made again can log in again.
CREATE OR REPLACE FUNCTION paydesk_add_staff(p_login text, p_role text, p_org_code text, p_display_name text,
                                             p_password text)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    org integer;
    staff_id integer;
BEGIN
    IF p_login !~ '^[a-z_][a-z0-9_.]{0,62}$' THEN
        RAISE EXCEPTION 'A login is 1 to 63 characters: lowercase letters, digits, "_" and "."; it starts with a letter or "_".'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_role NOT IN ('hq_admin', 'regional_admin', 'center_manager', 'kyc_reviewer', 'auditor') THEN
        RAISE EXCEPTION 'Unknown role "%"; use hq_admin, regional_admin, center_manager, kyc_reviewer or auditor.',
            p_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT id INTO org FROM organizations WHERE code = p_org_code;
    IF org IS NULL THEN
        RAISE EXCEPTION 'There is no organisation with the code "%".', p_org_code
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        IF p_password IS NULL THEN
            EXECUTE format('CREATE ROLE %I LOGIN', p_login);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password);
        END IF;
    ELSE
        EXECUTE format('ALTER ROLE %I LOGIN', p_login);
    END IF;
    PERFORM paydesk_grant_only_role(p_login, p_role);
    EXECUTE format('GRANT %I TO paydesk_service', p_login);
    INSERT INTO staff AS s (login, display_name, role, organization_id)
        VALUES (p_login, COALESCE(NULLIF(p_display_name, ''), p_login), p_role, org)
        ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role, organization_id = EXCLUDED.organization_id,
            display_name = EXCLUDED.display_name, is_active = TRUE, version = s.version + 1
        RETURNING s.id INTO staff_id;
    INSERT INTO audit_log (actor, action, entity, entity_id, after_data)
        VALUES (current_user, 'staff.add', 'staff', staff_id,
                jsonb_build_object('login', p_login, 'role', p_role, 'organization', p_org_code));
    RETURN staff_id;
END
$$;

-- Deactivates (p_active false) or reactivates a staff member, by headquarters (or the owner),
-- with a reason: the staff row, the login's LOGIN attribute and group role, and every server
-- session of that login (refresh tokens revoked) change together, audited under the caller.
-- Nobody deactivates their own login. Returns the staff row's new version.
CREATE FUNCTION paydesk_set_staff_active(p_login text, p_active boolean, p_reason text)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    caller text := paydesk_caller();
    target staff%ROWTYPE;
BEGIN
    IF NOT (EXISTS (SELECT 1 FROM staff c WHERE c.login = caller AND c.is_active AND c.role = 'hq_admin')
            OR NOT EXISTS (SELECT 1 FROM staff c WHERE c.login = caller) AND paydesk_role_is_owner(caller)) THEN
        RAISE EXCEPTION 'Only headquarters (hq_admin) deactivates or reactivates staff.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF btrim(COALESCE(p_reason, '')) = '' THEN
        RAISE EXCEPTION 'Give a reason: it is kept in the audit log with your name.' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO target FROM staff WHERE login = p_login FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no staff member with the login "%".', p_login USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_login = caller AND NOT p_active THEN
        RAISE EXCEPTION 'You cannot deactivate your own login; ask another headquarters admin.'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF target.is_active = p_active THEN
        RETURN target.version;
    END IF;
    UPDATE staff SET is_active = p_active, version = version + 1 WHERE id = target.id;
    IF p_active THEN
        EXECUTE format('ALTER ROLE %I LOGIN', p_login);
        PERFORM paydesk_grant_only_role(p_login, target.role);
    ELSE
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
        PERFORM paydesk_grant_only_role(p_login, NULL);
        UPDATE refresh_tokens SET revoked_at = now() WHERE staff_id = target.id AND revoked_at IS NULL;
    END IF;
    INSERT INTO audit_log (actor, action, entity, entity_id, before_data, after_data, reason)
        VALUES (caller, CASE WHEN p_active THEN 'staff.reactivate' ELSE 'staff.deactivate' END, 'staff', target.id,
                jsonb_build_object('login', p_login, 'is_active', target.is_active),
                jsonb_build_object('login', p_login, 'is_active', p_active), btrim(p_reason));
    RETURN target.version + 1;
END
$$;
REVOKE ALL ON FUNCTION paydesk_set_staff_active(text, boolean, text) FROM PUBLIC;

-- -- Server sessions ------------------------------------------------------------------------------
-- A session is the chain of refresh tokens from one sign-in, named by its first token's id.
-- Access tokens carry it ("sid"), and paydesk-server refuses them once the session has no
-- unrevoked token (signed out, reuse detected, staff deactivated), not only at their expiry.
ALTER TABLE refresh_tokens ADD COLUMN session_id BIGINT;
UPDATE refresh_tokens SET session_id = id;
CREATE INDEX idx_refresh_tokens_session ON refresh_tokens(session_id) WHERE revoked_at IS NULL;
GRANT EXECUTE ON FUNCTION paydesk_set_staff_active(text, boolean, text) TO paydesk_hq_admin;
