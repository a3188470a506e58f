-- Migration 004, SQLite dialect: a SQLite file has no roles or row-level security; whoever can
-- open the file owns it (see postgresql/004_roles_rls.sql). Nothing to change here.
SELECT 1;
