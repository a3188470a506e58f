-- Migration 023, SQLite dialect: see postgresql/023_search_sort.sql. Search goes through FTS5
-- tables with the trigram tokenizer (SQLite 3.34 or later), one per searched table, holding the
-- same search text as PostgreSQL's trigram indexes (the searched columns joined by U+001F) under
-- the row's id; the lists take the candidates from them and test the columns themselves. The
-- tables are contentless (the text is only indexed), kept by the triggers below.

CREATE VIRTUAL TABLE users_search USING fts5(doc, content='', tokenize='trigram case_sensitive 0');
INSERT INTO users_search(rowid, doc) SELECT id, COALESCE(email, '') || char(31) || COALESCE(first_name, '') || char(31) || COALESCE(last_name, '') || char(31) || COALESCE(phone, '') || char(31) || COALESCE(last_name || first_name, '') || char(31) || COALESCE(first_name || ' ' || last_name, '') FROM users;
CREATE TRIGGER users_search_insert AFTER INSERT ON users
BEGIN
    INSERT INTO users_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.email, '') || char(31) || COALESCE(NEW.first_name, '') || char(31) || COALESCE(NEW.last_name, '') || char(31) || COALESCE(NEW.phone, '') || char(31) || COALESCE(NEW.last_name || NEW.first_name, '') || char(31) || COALESCE(NEW.first_name || ' ' || NEW.last_name, ''));
END;
CREATE TRIGGER users_search_update AFTER UPDATE OF email, first_name, last_name, phone ON users
BEGIN
    INSERT INTO users_search(users_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.email, '') || char(31) || COALESCE(OLD.first_name, '') || char(31) || COALESCE(OLD.last_name, '') || char(31) || COALESCE(OLD.phone, '') || char(31) || COALESCE(OLD.last_name || OLD.first_name, '') || char(31) || COALESCE(OLD.first_name || ' ' || OLD.last_name, ''));
    INSERT INTO users_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.email, '') || char(31) || COALESCE(NEW.first_name, '') || char(31) || COALESCE(NEW.last_name, '') || char(31) || COALESCE(NEW.phone, '') || char(31) || COALESCE(NEW.last_name || NEW.first_name, '') || char(31) || COALESCE(NEW.first_name || ' ' || NEW.last_name, ''));
END;
CREATE TRIGGER users_search_delete AFTER DELETE ON users
BEGIN
    INSERT INTO users_search(users_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.email, '') || char(31) || COALESCE(OLD.first_name, '') || char(31) || COALESCE(OLD.last_name, '') || char(31) || COALESCE(OLD.phone, '') || char(31) || COALESCE(OLD.last_name || OLD.first_name, '') || char(31) || COALESCE(OLD.first_name || ' ' || OLD.last_name, ''));
END;

CREATE VIRTUAL TABLE payments_search USING fts5(doc, content='', tokenize='trigram case_sensitive 0');
INSERT INTO payments_search(rowid, doc) SELECT id, COALESCE(tid, '') || char(31) || COALESCE(order_id, '') FROM payments;
CREATE TRIGGER payments_search_insert AFTER INSERT ON payments
BEGIN
    INSERT INTO payments_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.tid, '') || char(31) || COALESCE(NEW.order_id, ''));
END;
CREATE TRIGGER payments_search_update AFTER UPDATE OF tid, order_id ON payments
BEGIN
    INSERT INTO payments_search(payments_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.tid, '') || char(31) || COALESCE(OLD.order_id, ''));
    INSERT INTO payments_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.tid, '') || char(31) || COALESCE(NEW.order_id, ''));
END;
CREATE TRIGGER payments_search_delete AFTER DELETE ON payments
BEGIN
    INSERT INTO payments_search(payments_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.tid, '') || char(31) || COALESCE(OLD.order_id, ''));
END;

CREATE VIRTUAL TABLE kyc_documents_search USING fts5(doc, content='', tokenize='trigram case_sensitive 0');
INSERT INTO kyc_documents_search(rowid, doc) SELECT id, COALESCE(full_name, '') || char(31) || COALESCE(document_number_masked, '') FROM kyc_documents;
CREATE TRIGGER kyc_documents_search_insert AFTER INSERT ON kyc_documents
BEGIN
    INSERT INTO kyc_documents_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.full_name, '') || char(31) || COALESCE(NEW.document_number_masked, ''));
END;
CREATE TRIGGER kyc_documents_search_update AFTER UPDATE OF full_name, document_number ON kyc_documents
BEGIN
    INSERT INTO kyc_documents_search(kyc_documents_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.full_name, '') || char(31) || COALESCE(OLD.document_number_masked, ''));
    INSERT INTO kyc_documents_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.full_name, '') || char(31) || COALESCE(NEW.document_number_masked, ''));
END;
CREATE TRIGGER kyc_documents_search_delete AFTER DELETE ON kyc_documents
BEGIN
    INSERT INTO kyc_documents_search(kyc_documents_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.full_name, '') || char(31) || COALESCE(OLD.document_number_masked, ''));
END;

CREATE VIRTUAL TABLE invoices_search USING fts5(doc, content='', tokenize='trigram case_sensitive 0');
INSERT INTO invoices_search(rowid, doc) SELECT id, COALESCE(address, '') || char(31) || COALESCE(username, '') || char(31) || COALESCE(description, '') || char(31) || COALESCE(tx_hash, '') FROM invoices;
CREATE TRIGGER invoices_search_insert AFTER INSERT ON invoices
BEGIN
    INSERT INTO invoices_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.address, '') || char(31) || COALESCE(NEW.username, '') || char(31) || COALESCE(NEW.description, '') || char(31) || COALESCE(NEW.tx_hash, ''));
END;
CREATE TRIGGER invoices_search_update AFTER UPDATE OF address, username, description, tx_hash ON invoices
BEGIN
    INSERT INTO invoices_search(invoices_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.address, '') || char(31) || COALESCE(OLD.username, '') || char(31) || COALESCE(OLD.description, '') || char(31) || COALESCE(OLD.tx_hash, ''));
    INSERT INTO invoices_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.address, '') || char(31) || COALESCE(NEW.username, '') || char(31) || COALESCE(NEW.description, '') || char(31) || COALESCE(NEW.tx_hash, ''));
END;
CREATE TRIGGER invoices_search_delete AFTER DELETE ON invoices
BEGIN
    INSERT INTO invoices_search(invoices_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.address, '') || char(31) || COALESCE(OLD.username, '') || char(31) || COALESCE(OLD.description, '') || char(31) || COALESCE(OLD.tx_hash, ''));
END;

CREATE VIRTUAL TABLE cms_info_search USING fts5(doc, content='', tokenize='trigram case_sensitive 0');
INSERT INTO cms_info_search(rowid, doc) SELECT id, COALESCE(contract_id, '') FROM cms_info;
CREATE TRIGGER cms_info_search_insert AFTER INSERT ON cms_info
BEGIN
    INSERT INTO cms_info_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.contract_id, ''));
END;
CREATE TRIGGER cms_info_search_update AFTER UPDATE OF contract_id ON cms_info
BEGIN
    INSERT INTO cms_info_search(cms_info_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.contract_id, ''));
    INSERT INTO cms_info_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.contract_id, ''));
END;
CREATE TRIGGER cms_info_search_delete AFTER DELETE ON cms_info
BEGIN
    INSERT INTO cms_info_search(cms_info_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.contract_id, ''));
END;

CREATE VIRTUAL TABLE audit_log_search USING fts5(doc, content='', tokenize='trigram case_sensitive 0');
INSERT INTO audit_log_search(rowid, doc) SELECT id, COALESCE(actor, '') || char(31) || COALESCE(action, '') || char(31) || COALESCE(entity, '') || char(31) || COALESCE(reason, '') FROM audit_log;
CREATE TRIGGER audit_log_search_insert AFTER INSERT ON audit_log
BEGIN
    INSERT INTO audit_log_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.actor, '') || char(31) || COALESCE(NEW.action, '') || char(31) || COALESCE(NEW.entity, '') || char(31) || COALESCE(NEW.reason, ''));
END;
CREATE TRIGGER audit_log_search_update AFTER UPDATE OF actor, action, entity, reason ON audit_log
BEGIN
    INSERT INTO audit_log_search(audit_log_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.actor, '') || char(31) || COALESCE(OLD.action, '') || char(31) || COALESCE(OLD.entity, '') || char(31) || COALESCE(OLD.reason, ''));
    INSERT INTO audit_log_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.actor, '') || char(31) || COALESCE(NEW.action, '') || char(31) || COALESCE(NEW.entity, '') || char(31) || COALESCE(NEW.reason, ''));
END;
CREATE TRIGGER audit_log_search_delete AFTER DELETE ON audit_log
BEGIN
    INSERT INTO audit_log_search(audit_log_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.actor, '') || char(31) || COALESCE(OLD.action, '') || char(31) || COALESCE(OLD.entity, '') || char(31) || COALESCE(OLD.reason, ''));
END;

CREATE VIRTUAL TABLE transactions_search USING fts5(doc, content='', tokenize='trigram case_sensitive 0');
INSERT INTO transactions_search(rowid, doc) SELECT id, COALESCE(transaction_id, '') || char(31) || COALESCE(transaction_hash, '') || char(31) || COALESCE(merchant_name, '') || char(31) || COALESCE(qr_code_id, '') FROM transactions;
CREATE TRIGGER transactions_search_insert AFTER INSERT ON transactions
BEGIN
    INSERT INTO transactions_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.transaction_id, '') || char(31) || COALESCE(NEW.transaction_hash, '') || char(31) || COALESCE(NEW.merchant_name, '') || char(31) || COALESCE(NEW.qr_code_id, ''));
END;
CREATE TRIGGER transactions_search_update AFTER UPDATE OF transaction_id, transaction_hash, merchant_name, qr_code_id ON transactions
BEGIN
    INSERT INTO transactions_search(transactions_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.transaction_id, '') || char(31) || COALESCE(OLD.transaction_hash, '') || char(31) || COALESCE(OLD.merchant_name, '') || char(31) || COALESCE(OLD.qr_code_id, ''));
    INSERT INTO transactions_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.transaction_id, '') || char(31) || COALESCE(NEW.transaction_hash, '') || char(31) || COALESCE(NEW.merchant_name, '') || char(31) || COALESCE(NEW.qr_code_id, ''));
END;
CREATE TRIGGER transactions_search_delete AFTER DELETE ON transactions
BEGIN
    INSERT INTO transactions_search(transactions_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.transaction_id, '') || char(31) || COALESCE(OLD.transaction_hash, '') || char(31) || COALESCE(OLD.merchant_name, '') || char(31) || COALESCE(OLD.qr_code_id, ''));
END;

CREATE VIRTUAL TABLE wallets_search USING fts5(doc, content='', tokenize='trigram case_sensitive 0');
INSERT INTO wallets_search(rowid, doc) SELECT id, COALESCE(wallet_address, '') || char(31) || COALESCE(circle_wallet_id, '') FROM wallets;
CREATE TRIGGER wallets_search_insert AFTER INSERT ON wallets
BEGIN
    INSERT INTO wallets_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.wallet_address, '') || char(31) || COALESCE(NEW.circle_wallet_id, ''));
END;
CREATE TRIGGER wallets_search_update AFTER UPDATE OF wallet_address, circle_wallet_id ON wallets
BEGIN
    INSERT INTO wallets_search(wallets_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.wallet_address, '') || char(31) || COALESCE(OLD.circle_wallet_id, ''));
    INSERT INTO wallets_search(rowid, doc) VALUES (NEW.id, COALESCE(NEW.wallet_address, '') || char(31) || COALESCE(NEW.circle_wallet_id, ''));
END;
CREATE TRIGGER wallets_search_delete AFTER DELETE ON wallets
BEGIN
    INSERT INTO wallets_search(wallets_search, rowid, doc) VALUES ('delete', OLD.id, COALESCE(OLD.wallet_address, '') || char(31) || COALESCE(OLD.circle_wallet_id, ''));
END;
-- Sort keys (see the PostgreSQL migration): the shown value of a joined column kept on the row.
ALTER TABLE payments ADD COLUMN sort_member TEXT NOT NULL DEFAULT '';
ALTER TABLE payments ADD COLUMN sort_institution TEXT NOT NULL DEFAULT '';
ALTER TABLE parents ADD COLUMN sort_member TEXT NOT NULL DEFAULT '';
ALTER TABLE parents ADD COLUMN sort_phone TEXT;
ALTER TABLE parents ADD COLUMN sort_email TEXT NOT NULL DEFAULT '';
ALTER TABLE parents ADD COLUMN sort_institution TEXT NOT NULL DEFAULT '';
ALTER TABLE parents ADD COLUMN sort_cms_status TEXT;
ALTER TABLE parents ADD COLUMN sort_payment_day INTEGER;
ALTER TABLE parents ADD COLUMN sort_monthly_amount INTEGER;
ALTER TABLE users ADD COLUMN sort_organization TEXT;
ALTER TABLE invoices ADD COLUMN sort_organization TEXT;
ALTER TABLE kyc_documents ADD COLUMN sort_email TEXT NOT NULL DEFAULT '';
ALTER TABLE wallets ADD COLUMN sort_email TEXT NOT NULL DEFAULT '';
ALTER TABLE transactions ADD COLUMN sort_email TEXT NOT NULL DEFAULT '';

UPDATE payments SET
    sort_member = COALESCE((SELECT CASE WHEN u.country_code = 'KR' THEN u.last_name || u.first_name
                                   ELSE u.first_name || ' ' || u.last_name END
                            FROM parents pa JOIN users u ON u.id = pa.user_id WHERE pa.id = payments.parent_id), ''),
    sort_institution = COALESCE((SELECT o.name FROM organizations o WHERE o.id = payments.organization_id), '');
UPDATE parents SET
    sort_member = COALESCE((SELECT CASE WHEN u.country_code = 'KR' THEN u.last_name || u.first_name
                                   ELSE u.first_name || ' ' || u.last_name END
                            FROM users u WHERE u.id = parents.user_id), ''),
    sort_phone = (SELECT u.phone FROM users u WHERE u.id = parents.user_id),
    sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = parents.user_id), ''),
    sort_institution = COALESCE((SELECT o.name FROM organizations o WHERE o.id = parents.organization_id), ''),
    sort_cms_status = (SELECT c.cms_status FROM cms_info c WHERE c.parent_id = parents.id),
    sort_payment_day = (SELECT c.payment_day FROM cms_info c WHERE c.parent_id = parents.id),
    sort_monthly_amount = (SELECT c.monthly_amount FROM cms_info c WHERE c.parent_id = parents.id);
UPDATE users SET sort_organization = (SELECT o.name FROM organizations o WHERE o.id = users.organization_id);
UPDATE invoices SET sort_organization = (SELECT o.name FROM organizations o WHERE o.id = invoices.organization_id);
UPDATE kyc_documents SET sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = kyc_documents.user_id), '');
UPDATE wallets SET sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = wallets.user_id), '');
UPDATE transactions SET sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = transactions.user_id), '');

CREATE INDEX idx_payments_k_member ON payments(sort_member, id);
CREATE INDEX idx_payments_k_institution ON payments(sort_institution, id);
CREATE INDEX idx_payments_parent_id ON payments(parent_id);
CREATE INDEX idx_parents_k_member ON parents(sort_member, id);
CREATE INDEX idx_parents_k_phone ON parents(COALESCE(sort_phone, ''), id);
CREATE INDEX idx_parents_k_email ON parents(sort_email, id);
CREATE INDEX idx_parents_k_institution ON parents(sort_institution, id);
CREATE INDEX idx_parents_k_cms_status ON parents(COALESCE(sort_cms_status, ''), id);
CREATE INDEX idx_parents_k_payment_day ON parents(COALESCE(sort_payment_day, 0), id);
CREATE INDEX idx_parents_k_monthly_amount ON parents(COALESCE(sort_monthly_amount, 0), id);
CREATE INDEX idx_users_k_organization ON users(COALESCE(sort_organization, ''), id);
CREATE INDEX idx_invoices_k_organization ON invoices(COALESCE(sort_organization, ''), id);
CREATE INDEX idx_kyc_documents_k_email ON kyc_documents(sort_email, id);
CREATE INDEX idx_wallets_k_email ON wallets(sort_email, id);
CREATE INDEX idx_transactions_k_email ON transactions(sort_email, id);

CREATE TRIGGER payments_sort_keys_insert AFTER INSERT ON payments
BEGIN
    UPDATE payments SET
        sort_member = COALESCE((SELECT CASE WHEN u.country_code = 'KR' THEN u.last_name || u.first_name
                                       ELSE u.first_name || ' ' || u.last_name END
                                FROM parents pa JOIN users u ON u.id = pa.user_id WHERE pa.id = NEW.parent_id), ''),
        sort_institution = COALESCE((SELECT o.name FROM organizations o WHERE o.id = NEW.organization_id), '')
    WHERE id = NEW.id;
END;
CREATE TRIGGER payments_sort_keys_update AFTER UPDATE OF parent_id, organization_id ON payments
BEGIN
    UPDATE payments SET
        sort_member = COALESCE((SELECT CASE WHEN u.country_code = 'KR' THEN u.last_name || u.first_name
                                       ELSE u.first_name || ' ' || u.last_name END
                                FROM parents pa JOIN users u ON u.id = pa.user_id WHERE pa.id = NEW.parent_id), ''),
        sort_institution = COALESCE((SELECT o.name FROM organizations o WHERE o.id = NEW.organization_id), '')
    WHERE id = NEW.id;
END;
CREATE TRIGGER parents_sort_keys_insert AFTER INSERT ON parents
BEGIN
    UPDATE parents SET
        sort_member = COALESCE((SELECT CASE WHEN u.country_code = 'KR' THEN u.last_name || u.first_name
                                       ELSE u.first_name || ' ' || u.last_name END
                                FROM users u WHERE u.id = NEW.user_id), ''),
        sort_phone = (SELECT u.phone FROM users u WHERE u.id = NEW.user_id),
        sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = NEW.user_id), ''),
        sort_institution = COALESCE((SELECT o.name FROM organizations o WHERE o.id = NEW.organization_id), '')
    WHERE id = NEW.id;
END;
CREATE TRIGGER parents_sort_keys_update AFTER UPDATE OF user_id, organization_id ON parents
BEGIN
    UPDATE parents SET
        sort_member = COALESCE((SELECT CASE WHEN u.country_code = 'KR' THEN u.last_name || u.first_name
                                       ELSE u.first_name || ' ' || u.last_name END
                                FROM users u WHERE u.id = NEW.user_id), ''),
        sort_phone = (SELECT u.phone FROM users u WHERE u.id = NEW.user_id),
        sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = NEW.user_id), ''),
        sort_institution = COALESCE((SELECT o.name FROM organizations o WHERE o.id = NEW.organization_id), '')
    WHERE id = NEW.id;
END;
CREATE TRIGGER cms_info_sort_keys_insert AFTER INSERT ON cms_info
BEGIN
    UPDATE parents SET sort_cms_status = NEW.cms_status, sort_payment_day = NEW.payment_day,
                       sort_monthly_amount = NEW.monthly_amount
    WHERE id = NEW.parent_id;
END;
CREATE TRIGGER cms_info_sort_keys_update AFTER UPDATE OF cms_status, payment_day, monthly_amount ON cms_info
BEGIN
    UPDATE parents SET sort_cms_status = NEW.cms_status, sort_payment_day = NEW.payment_day,
                       sort_monthly_amount = NEW.monthly_amount
    WHERE id = NEW.parent_id;
END;
CREATE TRIGGER users_sort_keys_insert AFTER INSERT ON users
BEGIN
    UPDATE users SET sort_organization = (SELECT o.name FROM organizations o WHERE o.id = NEW.organization_id)
    WHERE id = NEW.id;
END;
CREATE TRIGGER users_sort_keys_update AFTER UPDATE OF organization_id ON users
BEGIN
    UPDATE users SET sort_organization = (SELECT o.name FROM organizations o WHERE o.id = NEW.organization_id)
    WHERE id = NEW.id;
END;
CREATE TRIGGER invoices_sort_keys_insert AFTER INSERT ON invoices
BEGIN
    UPDATE invoices SET sort_organization = (SELECT o.name FROM organizations o WHERE o.id = NEW.organization_id)
    WHERE id = NEW.id;
END;
CREATE TRIGGER invoices_sort_keys_update AFTER UPDATE OF organization_id ON invoices
BEGIN
    UPDATE invoices SET sort_organization = (SELECT o.name FROM organizations o WHERE o.id = NEW.organization_id)
    WHERE id = NEW.id;
END;
CREATE TRIGGER kyc_documents_sort_keys_insert AFTER INSERT ON kyc_documents
BEGIN
    UPDATE kyc_documents SET sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = NEW.user_id), '') WHERE id = NEW.id;
END;
CREATE TRIGGER kyc_documents_sort_keys_update AFTER UPDATE OF user_id ON kyc_documents
BEGIN
    UPDATE kyc_documents SET sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = NEW.user_id), '') WHERE id = NEW.id;
END;
CREATE TRIGGER wallets_sort_keys_insert AFTER INSERT ON wallets
BEGIN
    UPDATE wallets SET sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = NEW.user_id), '') WHERE id = NEW.id;
END;
CREATE TRIGGER wallets_sort_keys_update AFTER UPDATE OF user_id ON wallets
BEGIN
    UPDATE wallets SET sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = NEW.user_id), '') WHERE id = NEW.id;
END;
CREATE TRIGGER transactions_sort_keys_insert AFTER INSERT ON transactions
BEGIN
    UPDATE transactions SET sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = NEW.user_id), '') WHERE id = NEW.id;
END;
CREATE TRIGGER transactions_sort_keys_update AFTER UPDATE OF user_id ON transactions
BEGIN
    UPDATE transactions SET sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = NEW.user_id), '') WHERE id = NEW.id;
END;
-- Keys copied from a user or an organisation follow it when it changes.
CREATE TRIGGER users_keys_follow AFTER UPDATE OF first_name, last_name, country_code, email, phone ON users
BEGIN
    UPDATE parents SET
        sort_member = CASE WHEN NEW.country_code = 'KR' THEN NEW.last_name || NEW.first_name
                      ELSE NEW.first_name || ' ' || NEW.last_name END,
        sort_phone = NEW.phone, sort_email = NEW.email
    WHERE user_id = NEW.id;
    UPDATE payments SET
        sort_member = CASE WHEN NEW.country_code = 'KR' THEN NEW.last_name || NEW.first_name
                      ELSE NEW.first_name || ' ' || NEW.last_name END
    WHERE parent_id IN (SELECT pa.id FROM parents pa WHERE pa.user_id = NEW.id)
      AND sort_member <> (CASE WHEN NEW.country_code = 'KR' THEN NEW.last_name || NEW.first_name
                          ELSE NEW.first_name || ' ' || NEW.last_name END);
    UPDATE kyc_documents SET sort_email = NEW.email WHERE user_id = NEW.id AND sort_email <> NEW.email;
    UPDATE wallets SET sort_email = NEW.email WHERE user_id = NEW.id AND sort_email <> NEW.email;
    UPDATE transactions SET sort_email = NEW.email WHERE user_id = NEW.id AND sort_email <> NEW.email;
END;
CREATE TRIGGER organizations_keys_follow AFTER UPDATE OF name ON organizations
    WHEN NEW.name IS NOT OLD.name
BEGIN
    UPDATE payments SET sort_institution = NEW.name WHERE organization_id = NEW.id;
    UPDATE parents SET sort_institution = NEW.name WHERE organization_id = NEW.id;
    UPDATE users SET sort_organization = NEW.name WHERE organization_id = NEW.id;
    UPDATE invoices SET sort_organization = NEW.name WHERE organization_id = NEW.id;
END;
