-- Migration 025, SQLite dialect: see postgresql/025_bank_holidays.sql.
CREATE TABLE bank_holidays (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL UNIQUE CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    reason TEXT,
    changed_by TEXT NOT NULL DEFAULT 'owner',
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    CHECK (active = 1 OR reason IS NOT NULL)
);
CREATE TRIGGER bank_holidays_no_delete BEFORE DELETE ON bank_holidays
BEGIN
    SELECT RAISE(ABORT, 'Bank holidays are never deleted; withdraw one with active = false and a reason.');
END;
CREATE TRIGGER bank_holidays_day_fixed BEFORE UPDATE OF day ON bank_holidays WHEN NEW.day <> OLD.day
BEGIN
    SELECT RAISE(ABORT, 'A bank holiday''s day does not change; withdraw it and add the right day.');
END;
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
