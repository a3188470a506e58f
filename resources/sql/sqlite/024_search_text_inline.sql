-- Migration 024: PostgreSQL's search texts become expressions its planner inlines (see the
-- PostgreSQL migration of the same number). SQLite searches through FTS5 tables (migration 023),
-- which store their text; nothing changes here. The number is kept so both dialects share one
-- schema version.
SELECT 1;
