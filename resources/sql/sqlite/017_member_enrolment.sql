-- Migration 017, SQLite dialect: see postgresql/017_member_enrolment.sql. (A withdrawn member
-- taking no new child is checked by the application here: the demo data's bulk load writes
-- the children of members who withdrew later.)
ALTER TABLE children ADD COLUMN updated_at TEXT;
ALTER TABLE children ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
UPDATE children SET updated_at = created_at;
