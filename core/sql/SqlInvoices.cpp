#include "sql/SqlInvoices.h"

#include "Money.h"
#include "bch/ExtendedPublicKey.h"
#include "sql/SqlAudit.h"
#include "sql/SqlExpr.h"
#include "sql/SqlLists.h"
#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::sql {

namespace {
struct InvoicesText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::Invoices)
};

/// The largest amount invoices.amount NUMERIC(10,8) holds: 99.99999999 BCH.
constexpr qint64 kMaxInvoiceSats = 9999999999LL;

QString networkName(bch::Network network)
{
    switch (network) {
    case bch::Network::Mainnet:
        return QStringLiteral("mainnet");
    case bch::Network::Testnet:
        return QStringLiteral("testnet");
    case bch::Network::Regtest:
        return QStringLiteral("regtest");
    }
    return {};
}

bch::Network networkFromName(const QString& name)
{
    if (name == QLatin1String("testnet")) {
        return bch::Network::Testnet;
    }
    if (name == QLatin1String("regtest")) {
        return bch::Network::Regtest;
    }
    return bch::Network::Mainnet;
}

const char* statusLabel(const QString& status)
{
    // Used in messages in English; the UI translates statuses itself.
    if (status == QLatin1String("paid")) {
        return "paid (unconfirmed)";
    }
    return status == QLatin1String("confirmed")   ? "confirmed"
           : status == QLatin1String("expired")   ? "expired"
           : status == QLatin1String("cancelled") ? "cancelled"
                                                  : "pending";
}
} // namespace

Result<std::optional<BchAccount>> activeBchAccount(SqlSession& session)
{
    QSqlQuery query;
    Error error;
    if (!session.exec(
            query, SqlBuilder("SELECT id, name, network, xpub, next_index, version FROM bch_accounts WHERE is_active"),
            &error)) {
        return error;
    }
    if (!query.next()) {
        return std::optional<BchAccount>();
    }
    BchAccount account;
    account.id = query.value(0).toLongLong();
    account.name = query.value(1).toString();
    account.network = networkFromName(query.value(2).toString());
    account.xpub = query.value(3).toString();
    account.nextIndex = query.value(4).toLongLong();
    account.version = query.value(5).toInt();
    return std::optional<BchAccount>(account);
}

Result<BchAccount> setBchAccount(SqlSession& session, const QString& name, const QString& xpubText,
                                 bch::Network network)
{
    const auto key = bch::ExtendedPublicKey::parse(xpubText);
    if (!key.ok()) {
        return key.error();
    }
    if (key.value().depth() != 3) {
        return invalid(InvoicesText::tr("This extended public key is at depth %1; Paydesk needs the account key "
                                        "(depth 3, m/44'/145'/0'). Export the account's xpub from the wallet.")
                           .arg(key.value().depth()));
    }
    if (key.value().isTestnet() != (network != bch::Network::Mainnet)) {
        return invalid(key.value().isTestnet()
                           ? InvoicesText::tr("A tpub key belongs to testnet or regtest, not to mainnet.")
                           : InvoicesText::tr("An xpub key belongs to mainnet, not to testnet or regtest."));
    }
    const QString trimmedName = name.trimmed().isEmpty() ? InvoicesText::tr("BCH account") : name.trimmed().left(100);
    const QString serialized = key.value().toBase58();
    return inTransaction<BchAccount>(session, [&]() -> Result<BchAccount> {
        auto before = activeBchAccount(session);
        if (!before.ok()) {
            return before.error();
        }
        QSqlQuery query;
        Error error;
        if (!session.exec(query, SqlBuilder("UPDATE bch_accounts SET is_active = ").bind(false).sql(" WHERE is_active"),
                          &error)) {
            return error;
        }
        auto existing = session.scalar(SqlBuilder("SELECT id FROM bch_accounts WHERE xpub = ").bind(serialized));
        if (!existing.ok()) {
            return existing.error();
        }
        if (existing.value().isValid()) {
            SqlBuilder update("UPDATE bch_accounts SET is_active = ");
            update.bind(true).sql(", name = ").bind(trimmedName).sql(", network = ").bind(networkName(network));
            update.sql(", version = version + 1 WHERE id = ").bind(existing.value().toLongLong());
            if (!session.exec(query, update, &error)) {
                return error;
            }
        } else {
            SqlBuilder insert("INSERT INTO bch_accounts (name, network, xpub, next_index, is_active) VALUES (");
            insert.bind(trimmedName).sql(", ").bind(networkName(network)).sql(", ").bind(serialized).sql(", 0, ");
            insert.bind(true).sql(")");
            if (!session.exec(query, insert, &error)) {
                return error;
            }
        }
        auto after = activeBchAccount(session);
        if (!after.ok() || !after.value()) {
            return after.ok() ? Error(Error::Kind::Internal, InvoicesText::tr("The account was not stored."))
                              : after.error();
        }
        QJsonObject beforeJson;
        if (before.value()) {
            beforeJson = {{QStringLiteral("xpub"), before.value()->xpub},
                          {QStringLiteral("next_index"), before.value()->nextIndex}};
        }
        auto audited = appendAudit(session, "bch_account.activate", "bch_accounts", after.value()->id, beforeJson,
                                   {{QStringLiteral("xpub"), after.value()->xpub},
                                    {QStringLiteral("network"), networkName(network)},
                                    {QStringLiteral("next_index"), after.value()->nextIndex}});
        if (!audited.ok()) {
            return audited.error();
        }
        return *after.value();
    });
}

Result<CreatedInvoice> createInvoice(SqlSession& session, const InvoiceDraft& draft)
{
    if (draft.amountSats <= 0) {
        return invalid(InvoicesText::tr("The amount must be more than zero."));
    }
    if (draft.amountSats > kMaxInvoiceSats) {
        return invalid(InvoicesText::tr("An invoice can ask for at most 99.99999999 BCH."));
    }
    if (draft.description.size() > 500) {
        return invalid(InvoicesText::tr("The description is longer than 500 characters; shorten it."));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!draft.expiresAt.isValid() || draft.expiresAt <= now.addSecs(60)) {
        return invalid(InvoicesText::tr("The expiry must be in the future."));
    }
    if (draft.expiresAt > now.addDays(366)) {
        return invalid(InvoicesText::tr("The expiry may be at most one year ahead."));
    }
    const Dialect dialect = session.dialect();
    return inTransaction<CreatedInvoice>(session, [&]() -> Result<CreatedInvoice> {
        QSqlQuery query;
        Error error;
        // The member, and the institution to file the invoice under.
        SqlBuilder member("SELECT u.email, COALESCE(u.organization_id, 0) FROM users u WHERE u.id = ");
        member.bind(draft.userId);
        if (!session.exec(query, member, &error)) {
            return error;
        }
        if (!query.next()) {
            return invalid(
                InvoicesText::tr("There is no member with id %1; choose the member again.").arg(draft.userId));
        }
        const QString username = query.value(0).toString().left(50);
        const qint64 organization = draft.organizationId > 0 ? draft.organizationId : query.value(1).toLongLong();
        query.finish();

        // Take the next index under the row lock of the UPDATE and derive its address. A key
        // BIP32 declares invalid (odds below 2^-127) is skipped, never reused.
        for (int attempt = 0; attempt < 4; ++attempt) {
            SqlBuilder take("UPDATE bch_accounts SET next_index = next_index + 1, version = version + 1 WHERE "
                            "is_active RETURNING id, xpub, network, next_index - 1");
            if (!session.exec(query, take, &error)) {
                return error;
            }
            if (!query.next()) {
                return invalid(InvoicesText::tr("No BCH account is set up. Open BCH settings on the invoices page and "
                                                "enter the organisation's account xpub first."));
            }
            const qint64 accountId = query.value(0).toLongLong();
            const QString xpub = query.value(1).toString();
            const bch::Network network = networkFromName(query.value(2).toString());
            const qint64 index = query.value(3).toLongLong();
            query.finish();
            const auto key = bch::ExtendedPublicKey::parse(xpub);
            if (!key.ok()) {
                return key.error();
            }
            const auto address = key.value().receivingAddress(quint32(index), network);
            if (!address.ok()) {
                if (address.error().detail == QLatin1String("xpub:invalid_child")) {
                    continue;
                }
                return address.error();
            }
            const QString cashaddr = address.value().toCashAddr();
            SqlBuilder insert("INSERT INTO invoices (amount, address, user_id, username, description, status, "
                              "created_at, updated_at, expires_at, organization_id, payment_id, bch_account_id, "
                              "derivation_index, version) VALUES (");
            insert.bind(Money(draft.amountSats, Currency::BCH).toDecimal()).sql(", ").bind(cashaddr).sql(", ");
            insert.bind(draft.userId).sql(", ").bind(username).sql(", ");
            insert.bind(draft.description.isEmpty() ? QVariant() : QVariant(draft.description)).sql(", 'pending', ");
            const QString nowText = SqlSession::nowText();
            bindInstant(insert, dialect, nowText);
            insert.sql(", ");
            bindInstant(insert, dialect, nowText);
            insert.sql(", ");
            bindInstant(insert, dialect, canonicalText(draft.expiresAt));
            insert.sql(", ").bind(organization > 0 ? QVariant(organization) : QVariant()).sql(", ");
            insert.bind(draft.paymentId > 0 ? QVariant(draft.paymentId) : QVariant()).sql(", ");
            insert.bind(accountId).sql(", ").bind(index).sql(", 1) RETURNING id");
            if (!session.exec(query, insert, &error)) {
                return error;
            }
            if (!query.next()) {
                return Error(Error::Kind::Internal, InvoicesText::tr("The new invoice's id did not come back."));
            }
            CreatedInvoice created{query.value(0).toLongLong(), cashaddr, index};
            query.finish();
            auto audited = appendAudit(session, "invoice.create", "invoices", created.id, {},
                                       {{QStringLiteral("amount"), Money(draft.amountSats, Currency::BCH).toDecimal()},
                                        {QStringLiteral("address"), cashaddr},
                                        {QStringLiteral("user_id"), draft.userId},
                                        {QStringLiteral("derivation_index"), index},
                                        {QStringLiteral("status"), QStringLiteral("pending")}});
            if (!audited.ok()) {
                return audited.error();
            }
            return created;
        }
        return Error(Error::Kind::Internal, InvoicesText::tr("No valid address could be derived."));
    });
}

Result<Done> changeInvoice(SqlSession& session, const InvoiceChange& change)
{
    using Action = InvoiceChange::Action;
    const QString reason = change.reason.trimmed();
    const QString txHash = normalizedTxHash(change.txHash);
    if (!change.txHash.trimmed().isEmpty() && txHash.isEmpty()) {
        return invalid(InvoicesText::tr("A transaction hash is 64 hexadecimal digits (0-9, a-f); check it."));
    }
    if (change.action == Action::MarkPaid && txHash.isEmpty()) {
        return invalid(InvoicesText::tr("Enter the transaction hash (64 hexadecimal digits) of the payment."));
    }
    if (change.action != Action::Expire && reason.isEmpty()) {
        return invalid(InvoicesText::tr("Give a reason: it is kept in the audit log with your name."));
    }
    if (reason.size() > 500) {
        return invalid(InvoicesText::tr("The reason is longer than 500 characters; shorten it."));
    }
    const Dialect dialect = session.dialect();
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        QSqlQuery query;
        Error error;
        SqlBuilder read("SELECT status, version, tx_hash FROM invoices WHERE id = ");
        read.bind(change.id);
        if (!session.exec(query, read, &error)) {
            return error;
        }
        if (!query.next()) {
            return Error(Error::Kind::NotFound,
                         InvoicesText::tr("Invoice #%1 does not exist any more.").arg(change.id));
        }
        const QString status = query.value(0).toString();
        const int version = query.value(1).toInt();
        const QString oldHash = query.value(2).toString();
        query.finish();
        if (version != change.version) {
            const LastChange last = lastChange(session, "invoices", change.id);
            return Error(Error::Kind::Conflict,
                         InvoicesText::tr("Invoice #%1 was changed by %2 at %3 (it is now %4). Nothing was changed; "
                                          "look at it again and decide.")
                             .arg(change.id)
                             .arg(last.actor.isEmpty() ? InvoicesText::tr("someone") : last.actor,
                                  last.at.isValid()
                                      ? last.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                      : InvoicesText::tr("an unknown time"),
                                  QLatin1String(statusLabel(status))),
                         last.action);
        }
        const char* newStatus = nullptr;
        QStringList allowedFrom;
        switch (change.action) {
        case Action::MarkPaid:
            newStatus = "paid";
            allowedFrom = {QStringLiteral("pending")};
            break;
        case Action::Confirm:
            newStatus = "confirmed";
            allowedFrom = {QStringLiteral("pending"), QStringLiteral("paid")};
            break;
        case Action::Expire:
            newStatus = "expired";
            allowedFrom = {QStringLiteral("pending")};
            break;
        case Action::Cancel:
            newStatus = "cancelled";
            allowedFrom = {QStringLiteral("pending")};
            break;
        }
        if (!allowedFrom.contains(status)) {
            return invalid(
                InvoicesText::tr("Invoice #%1 is %2, so it cannot be marked %3.")
                    .arg(change.id)
                    .arg(QLatin1String(statusLabel(status)), QLatin1String(statusLabel(QLatin1String(newStatus)))));
        }
        const QString finalHash = txHash.isEmpty() ? oldHash : txHash;
        if (change.action == Action::Confirm && finalHash.isEmpty()) {
            return invalid(InvoicesText::tr("Enter the transaction hash (64 hexadecimal digits) of the payment."));
        }
        const QString nowText = SqlSession::nowText();
        SqlBuilder update("UPDATE invoices SET status = ");
        update.bind(QLatin1String(newStatus)).sql(", version = version + 1, updated_at = ");
        bindInstant(update, dialect, nowText);
        if (change.action == Action::MarkPaid || change.action == Action::Confirm) {
            update.sql(", tx_hash = ").bind(finalHash).sql(", paid_at = COALESCE(paid_at, ");
            bindInstant(update, dialect, nowText);
            update.sql(")");
        }
        if (change.action == Action::Confirm) {
            update.sql(", confirmed_at = ");
            bindInstant(update, dialect, nowText);
        }
        update.sql(" WHERE id = ").bind(change.id).sql(" AND version = ").bind(change.version);
        if (!session.exec(query, update, &error)) {
            return error;
        }
        if (query.numRowsAffected() != 1) {
            // Someone committed between our read and our write.
            const LastChange last = lastChange(session, "invoices", change.id);
            return Error(Error::Kind::Conflict,
                         InvoicesText::tr("Invoice #%1 was changed by %2 at the same moment. Nothing was changed; look "
                                          "at it again and decide.")
                             .arg(change.id)
                             .arg(last.actor.isEmpty() ? InvoicesText::tr("someone") : last.actor));
        }
        QJsonObject before{{QStringLiteral("status"), status}};
        QJsonObject after{{QStringLiteral("status"), QLatin1String(newStatus)}};
        if (!oldHash.isEmpty()) {
            before.insert(QStringLiteral("tx_hash"), oldHash);
        }
        if (!finalHash.isEmpty() && (change.action == Action::MarkPaid || change.action == Action::Confirm)) {
            after.insert(QStringLiteral("tx_hash"), finalHash);
        }
        const QByteArray action = "invoice." + invoiceActionKey(change.action).toLatin1();
        return appendAudit(session, action.constData(), "invoices", change.id, before, after, reason);
    });
}

Result<QVector<InvoiceSheetItem>> invoiceSheetItems(SqlSession& session, const InvoiceSheetRequest& request)
{
    if (request.limit < 1 || request.limit > 20000) {
        return invalid(InvoicesText::tr("A sheet holds 1 to 20,000 invoices."));
    }
    if (request.ids.size() > 20000) {
        return invalid(InvoicesText::tr("A sheet holds 1 to 20,000 invoices."));
    }
    SqlBuilder b("SELECT i.id, ");
    b.sql(SqlDialect::of(session.dialect()).pick(PD_SQL_INVOICE_SATOSHI_PG, PD_SQL_INVOICE_SATOSHI_SQLITE));
    b.sql(", i.address, (CASE WHEN u.country_code = 'KR' THEN u.last_name || u.first_name "
          "ELSE u.first_name || ' ' || u.last_name END), "
          "(CASE WHEN o.org_type = 'institution' THEN o.name ELSE NULL END), "
          "(CASE WHEN o.org_type = 'center' THEN o.name ELSE parent.name END), "
          "i.description, i.status, ");
    emitTypedValue(b, "i.created_at", ValueType::Timestamp, session.dialect());
    b.sql(", ");
    emitTypedValue(b, "i.expires_at", ValueType::Timestamp, session.dialect());
    // The member number, for the transfer reference printed on the sheet (docs/DOMAIN.md,
    // "Explained matches").
    b.sql(", (SELECT MIN(pa.id) FROM parents pa WHERE pa.user_id = i.user_id)");
    b.sql(" FROM invoices i JOIN users u ON u.id = i.user_id "
          "LEFT JOIN organizations o ON o.id = i.organization_id "
          "LEFT JOIN organizations parent ON parent.id = o.parent_id WHERE 1 = 1");
    if (!request.ids.isEmpty()) {
        b.sql(" AND i.id IN (");
        for (int k = 0; k < request.ids.size(); ++k) {
            b.sql(k ? ", " : "").bind(request.ids[k]);
        }
        b.sql(")");
    } else {
        if (!request.status.isEmpty()) {
            if (!areaStatuses(Area::Invoices).contains(request.status)) {
                return invalid(InvoicesText::tr("\"%1\" is not an invoice status; use one of %2.")
                                   .arg(request.status, areaStatuses(Area::Invoices).join(QStringLiteral(", "))));
            }
            b.sql(" AND i.status = ").bind(request.status);
        }
        if (!request.centerCode.isEmpty()) {
            auto exists =
                session.scalar(SqlBuilder("SELECT COUNT(*) FROM organizations WHERE code = ").bind(request.centerCode));
            if (!exists.ok()) {
                return exists.error();
            }
            if (exists.value().toLongLong() == 0) {
                return invalid(
                    InvoicesText::tr("There is no organisation with the code \"%1\".").arg(request.centerCode));
            }
            b.sql(" AND i.organization_id IN (SELECT sub.id FROM organizations sub JOIN organizations root ON sub.path "
                  "LIKE root.path || '%' WHERE root.code = ")
                .bind(request.centerCode)
                .sql(")");
        }
        if (request.createdSince.isValid()) {
            b.sql(" AND i.created_at >= ");
            bindInstant(b, session.dialect(), canonicalText(request.createdSince));
        }
    }
    b.sql(" ORDER BY i.id LIMIT ").bind(request.limit);
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    QVector<InvoiceSheetItem> items;
    while (query.next()) {
        InvoiceSheetItem item;
        item.id = query.value(0).toLongLong();
        item.amountSats = query.value(1).toLongLong();
        item.address = query.value(2).toString();
        item.network = item.address.startsWith(QLatin1String("bchtest:"))  ? bch::Network::Testnet
                       : item.address.startsWith(QLatin1String("bchreg:")) ? bch::Network::Regtest
                                                                           : bch::Network::Mainnet;
        item.member = query.value(3).toString();
        item.institution = query.value(4).toString();
        item.center = query.value(5).toString();
        item.description = query.value(6).toString();
        item.status = query.value(7).toString();
        item.createdAt = parseCanonicalInstant(query.value(8).toString());
        item.expiresAt = parseCanonicalInstant(query.value(9).toString());
        item.memberId = query.value(10).toLongLong();
        items.append(item);
    }
    if (!request.ids.isEmpty()) {
        // In the order asked for.
        QHash<qint64, int> order;
        for (int k = 0; k < request.ids.size(); ++k) {
            order.insert(request.ids[k], k);
        }
        std::sort(items.begin(), items.end(), [&order](const InvoiceSheetItem& x, const InvoiceSheetItem& y) {
            return order.value(x.id) < order.value(y.id);
        });
    }
    return items;
}

} // namespace pd::sql
