-- Migration 025: bank holidays, the data of the CMS debit calendar (core/BankingCalendar.h).
--
-- A contract is debited on its payment_day (seed 004, 1-28); when that day is a Saturday, a
-- Sunday or a bank holiday the debit moves to the next banking day. Which weekdays are bank
-- holidays is data, not code: Korean public holidays and their substitute days, Labour Day (the
-- banks close) and election days. Headquarters adds days and withdraws wrong ones (active =
-- false, with a reason); nothing is deleted, and every change is audited like the other tables
-- (paydesk_audit_direct_change, migration 014). Everyone reads the list.
--
-- Seeded: the weekday bank holidays of 2026 and 2027 as announced (lunar dates: Seollal
-- 2026-02-17, 2027-02-07; Buddha's Birthday 2026-05-24, 2027-05-13; Chuseok 2026-09-25,
-- 2027-09-15), substitute days included. Check them against the official gazette each year.
CREATE TABLE bank_holidays (
    id SERIAL PRIMARY KEY,
    day DATE NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (length(btrim(name)) > 0),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    reason TEXT,
    changed_by TEXT NOT NULL DEFAULT current_user,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (active OR reason IS NOT NULL)
);

CREATE FUNCTION paydesk_bank_holiday_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Bank holidays are never deleted; withdraw one with active = false and a reason.';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.day <> OLD.day THEN
        RAISE EXCEPTION 'Bank holiday #%: its day does not change; withdraw it and add the right day.', OLD.id;
    END IF;
    NEW.changed_by := current_user;
    NEW.changed_at := CURRENT_TIMESTAMP;
    RETURN NEW;
END
$$;
CREATE TRIGGER bank_holidays_guard BEFORE INSERT OR UPDATE OR DELETE ON bank_holidays
    FOR EACH ROW EXECUTE FUNCTION paydesk_bank_holiday_guard();
CREATE CONSTRAINT TRIGGER bank_holidays_audited AFTER INSERT OR UPDATE ON bank_holidays
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION paydesk_audit_direct_change();

GRANT SELECT ON bank_holidays
    TO paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor;
GRANT INSERT (day, name, reason), UPDATE (name, active, reason) ON bank_holidays TO paydesk_hq_admin;
GRANT USAGE ON SEQUENCE bank_holidays_id_seq TO paydesk_hq_admin;

INSERT INTO bank_holidays (day, name) VALUES
    ('2026-01-01', '신정 / New Year''s Day'),
    ('2026-02-16', '설날 연휴 / Seollal'),
    ('2026-02-17', '설날 / Seollal'),
    ('2026-02-18', '설날 연휴 / Seollal'),
    ('2026-03-02', '삼일절 대체공휴일 / Independence Movement Day (substitute)'),
    ('2026-05-01', '근로자의 날 / Labour Day (banks closed)'),
    ('2026-05-05', '어린이날 / Children''s Day'),
    ('2026-05-25', '부처님 오신 날 대체공휴일 / Buddha''s Birthday (substitute)'),
    ('2026-06-03', '전국동시지방선거 / Local elections'),
    ('2026-08-17', '광복절 대체공휴일 / Liberation Day (substitute)'),
    ('2026-09-24', '추석 연휴 / Chuseok'),
    ('2026-09-25', '추석 / Chuseok'),
    ('2026-10-05', '개천절 대체공휴일 / National Foundation Day (substitute)'),
    ('2026-10-09', '한글날 / Hangul Day'),
    ('2026-12-25', '성탄절 / Christmas Day'),
    ('2027-01-01', '신정 / New Year''s Day'),
    ('2027-02-08', '설날 연휴 / Seollal'),
    ('2027-02-09', '설날 대체공휴일 / Seollal (substitute)'),
    ('2027-03-01', '삼일절 / Independence Movement Day'),
    ('2027-05-05', '어린이날 / Children''s Day'),
    ('2027-05-13', '부처님 오신 날 / Buddha''s Birthday'),
    ('2027-08-16', '광복절 대체공휴일 / Liberation Day (substitute)'),
    ('2027-09-14', '추석 연휴 / Chuseok'),
    ('2027-09-15', '추석 / Chuseok'),
    ('2027-09-16', '추석 연휴 / Chuseok'),
    ('2027-10-04', '개천절 대체공휴일 / National Foundation Day (substitute)'),
    ('2027-10-11', '한글날 대체공휴일 / Hangul Day (substitute)'),
    ('2027-12-27', '성탄절 대체공휴일 / Christmas Day (substitute)');
