-- Migration 021, SQLite dialect: a SQLite file has no NOTIFY; consoles watch
-- PRAGMA data_version, which changes when another connection commits, and re-read what they
-- show (see postgresql/021_change_notifications.sql and docs/ARCHITECTURE.md, "Live tables").
-- Nothing to change here.
SELECT 1;
