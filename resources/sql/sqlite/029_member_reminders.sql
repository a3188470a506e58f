-- Migration 029, SQLite dialect: see postgresql/029_member_reminders.sql.
CREATE TABLE member_reminders (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER NOT NULL REFERENCES parents(id),
    reminded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'),
    reminded_by TEXT NOT NULL DEFAULT 'owner',
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'letter')),
    amount_owed INTEGER NOT NULL CHECK (amount_owed >= 0),
    months_owed INTEGER NOT NULL CHECK (months_owed >= 0),
    reason_code TEXT
);
CREATE INDEX idx_member_reminders_parent ON member_reminders(parent_id, reminded_at DESC, id);
CREATE TRIGGER member_reminders_guard BEFORE INSERT ON member_reminders
WHEN EXISTS (SELECT 1 FROM member_reminders r WHERE r.parent_id = NEW.parent_id
             AND julianday(r.reminded_at) > julianday(NEW.reminded_at) - 7)
BEGIN
    SELECT RAISE(ABORT, 'this member was reminded within seven days; not again');
END;
CREATE TRIGGER member_reminders_no_update BEFORE UPDATE ON member_reminders
BEGIN
    SELECT RAISE(ABORT, 'reminders are never changed');
END;
CREATE TRIGGER member_reminders_no_delete BEFORE DELETE ON member_reminders
BEGIN
    SELECT RAISE(ABORT, 'reminders are never deleted');
END;
