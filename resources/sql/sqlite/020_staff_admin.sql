-- Migration 020, SQLite dialect: a SQLite file has no login roles; staff rows are added and
-- changed by the application with audit rows (see postgresql/020_staff_admin.sql). Nothing to
-- change here.
SELECT 1;
