-- Migration 024: search texts the planner can inline (docs/ARCHITECTURE.md, "Search and sort at
-- scale"; measured in docs/PERFORMANCE.md, "Search and sort").
--
-- A trigram index only narrows the candidates: PostgreSQL computes the indexed search text again
-- for every candidate row (the recheck). Migration 023's paydesk_search_text(VARIADIC text[]) is
-- a SQL function around array_to_string(), which is STABLE, so the planner cannot inline it and
-- calls it for each row: on 5M payments, four phone digits gave 5,274 candidates and the calls
-- took half of the search. One function per number of parts, made of || and COALESCE only (both
-- IMMUTABLE), is inlined into the plain expression. The texts are the same as before (the parts
-- joined by U+001F, NULLs as empty), but an index stores which function it was built on, so the
-- search indexes are built again over the new functions (on 5M payments about a minute).
DROP INDEX idx_users_search;
DROP INDEX idx_payments_search;
DROP INDEX idx_kyc_documents_search;
DROP INDEX idx_invoices_search;
DROP INDEX idx_cms_info_search;
DROP INDEX idx_audit_log_search;
DROP INDEX idx_transactions_search;
DROP INDEX idx_wallets_search;
DROP FUNCTION paydesk_search_text(VARIADIC text[]);

CREATE FUNCTION paydesk_search_text(a text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT COALESCE(a, '') $$;
CREATE FUNCTION paydesk_search_text(a text, b text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT COALESCE(a, '') || E'\x1f' || COALESCE(b, '') $$;
CREATE FUNCTION paydesk_search_text(a text, b text, c text, d text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT COALESCE(a, '') || E'\x1f' || COALESCE(b, '') || E'\x1f' || COALESCE(c, '') || E'\x1f' || COALESCE(d, '')
$$;
CREATE FUNCTION paydesk_search_text(a text, b text, c text, d text, e text, f text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT COALESCE(a, '') || E'\x1f' || COALESCE(b, '') || E'\x1f' || COALESCE(c, '') || E'\x1f' || COALESCE(d, '')
        || E'\x1f' || COALESCE(e, '') || E'\x1f' || COALESCE(f, '')
$$;

CREATE INDEX idx_users_search ON users USING gin (paydesk_search_text(email, first_name, last_name, phone,
    last_name || first_name, first_name || ' ' || last_name) gin_trgm_ops);
CREATE INDEX idx_payments_search ON payments USING gin (paydesk_search_text(tid, order_id) gin_trgm_ops);
CREATE INDEX idx_kyc_documents_search ON kyc_documents USING gin (paydesk_search_text(full_name, document_number_masked)
    gin_trgm_ops);
CREATE INDEX idx_invoices_search ON invoices USING gin (paydesk_search_text(address, username, description, tx_hash)
    gin_trgm_ops);
CREATE INDEX idx_cms_info_search ON cms_info USING gin (paydesk_search_text(contract_id) gin_trgm_ops);
CREATE INDEX idx_audit_log_search ON audit_log USING gin (paydesk_search_text(actor, action, entity, reason)
    gin_trgm_ops);
CREATE INDEX idx_transactions_search ON transactions USING gin (paydesk_search_text(transaction_id, transaction_hash,
    merchant_name, qr_code_id) gin_trgm_ops);
CREATE INDEX idx_wallets_search ON wallets USING gin (paydesk_search_text(wallet_address, circle_wallet_id)
    gin_trgm_ops);
