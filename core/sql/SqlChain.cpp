#include "sql/SqlChain.h"

#include "Money.h"
#include "sql/SqlAudit.h"
#include "sql/SqlExpr.h"
#include "sql/SqlLists.h"
#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimer>

#include <optional>

namespace pd::sql {

namespace {

struct ChainText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::Chain)
};

/// An invoice row with what a decision and its effects need.
struct StoredInvoice
{
    InvoiceChainState state;
    qint64 paymentId = 0;
    qint64 userId = 0;
    QString username;
    int version = 0;
};

QString bchText(qint64 sats)
{
    return Money(sats, Currency::BCH).toDecimal();
}

QVariant instantOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(canonicalText(at)) : QVariant();
}

Result<StoredInvoice> readInvoice(SqlSession& session, qint64 id)
{
    const Dialect d = session.dialect();
    SqlBuilder read("SELECT i.status, ");
    read.sql(SqlDialect::of(d).pick(PD_SQL_INVOICE_SATOSHI_PG, PD_SQL_INVOICE_SATOSHI_SQLITE)).sql(", ");
    emitTypedValue(read, "i.expires_at", ValueType::Timestamp, d);
    read.sql(", ");
    emitTypedValue(read, "i.paid_at", ValueType::Timestamp, d);
    read.sql(", ");
    emitTypedValue(read, "i.confirmed_at", ValueType::Timestamp, d);
    read.sql(", i.received_sats, COALESCE(i.exception, ''), COALESCE(i.tx_hash, ''), COALESCE(i.confirmed_height, 0), "
             "COALESCE(i.resolution, ''), COALESCE(i.payment_id, 0), i.user_id, COALESCE(i.username, u.email, ''), "
             "i.version, (SELECT ");
    read.sql(SqlDialect::of(d).pick("CAST(COALESCE(SUM(c.amount), 0) * 100000000 AS BIGINT)",
                                    "COALESCE(SUM(CAST(replace(c.amount, '.', '') AS INTEGER)), 0)"));
    read.sql(" FROM user_credits c WHERE c.invoice_id = i.id) FROM invoices i JOIN users u ON u.id = i.user_id "
             "WHERE i.id = ")
        .bind(id);
    auto row =
        readLockedRow(session, read, " FOR UPDATE OF i", ChainText::tr("Invoice #%1 does not exist any more.").arg(id));
    if (!row.ok()) {
        return row.error();
    }
    const QVariantList& v = row.value();
    StoredInvoice s;
    s.state.id = id;
    s.state.status = v[0].toString();
    s.state.amountSats = v[1].toLongLong();
    s.state.expiresAt = parseCanonicalInstant(v[2].toString());
    s.state.paidAt = parseCanonicalInstant(v[3].toString());
    s.state.confirmedAt = parseCanonicalInstant(v[4].toString());
    s.state.receivedSats = v[5].toLongLong();
    s.state.exception = v[6].toString();
    s.state.txHash = v[7].toString();
    s.state.confirmedHeight = v[8].toInt();
    s.state.resolution = v[9].toString();
    s.paymentId = v[10].toLongLong();
    s.userId = v[11].toLongLong();
    s.username = v[12].toString().left(50);
    s.version = v[13].toInt();
    s.state.creditedSats = v[14].toLongLong();
    return s;
}

QJsonObject columnsJson(const InvoiceSettlement& s)
{
    QJsonObject o{{QStringLiteral("status"), s.status}, {QStringLiteral("received_sats"), s.receivedSats}};
    if (!s.exception.isEmpty()) {
        o.insert(QStringLiteral("exception"), s.exception);
    }
    if (!s.txHash.isEmpty()) {
        o.insert(QStringLiteral("tx_hash"), s.txHash);
    }
    if (s.confirmedHeight > 0) {
        o.insert(QStringLiteral("confirmed_height"), s.confirmedHeight);
    }
    return o;
}

/// Writes the invoice's columns, the payment and the credit a decision asks for, each audited.
Result<Done> writeSettlement(SqlSession& session, const StoredInvoice& stored, const InvoiceSettlement& target,
                             const QString& action, const QString& reason, const QString& resolution)
{
    const Dialect d = session.dialect();
    const QString nowText = SqlSession::nowText();
    QSqlQuery query;
    Error error;
    SqlBuilder update("UPDATE invoices SET status = ");
    update.bind(target.status).sql(", received_sats = ").bind(target.receivedSats);
    update.sql(", exception = ").bind(target.exception.isEmpty() ? QVariant() : QVariant(target.exception));
    update.sql(", tx_hash = ").bind(target.txHash.isEmpty() ? QVariant() : QVariant(target.txHash));
    update.sql(", confirmed_height = ")
        .bind(target.confirmedHeight > 0 ? QVariant(target.confirmedHeight) : QVariant());
    update.sql(", paid_at = ");
    bindInstant(update, d, instantOrNull(target.paidAt));
    update.sql(", confirmed_at = ");
    bindInstant(update, d, instantOrNull(target.confirmedAt));
    if (!resolution.isEmpty()) {
        update.sql(", resolution = ").bind(resolution);
    }
    update.sql(", version = version + 1, updated_at = ");
    bindInstant(update, d, nowText);
    update.sql(" WHERE id = ").bind(stored.state.id).sql(" AND version = ").bind(stored.version);
    if (!session.exec(query, update, &error)) {
        return error;
    }
    if (query.numRowsAffected() != 1) {
        return conflict(session, "invoices", stored.state.id, ChainText::tr("Invoice #%1").arg(stored.state.id));
    }
    const InvoiceSettlement before = settlementAsStored(stored.state);
    QJsonObject after = columnsJson(target);
    if (!resolution.isEmpty()) {
        after.insert(QStringLiteral("resolution"), resolution);
    }
    PD_TRY(appendAudit(session, qPrintable(action), "invoices", stored.state.id, columnsJson(before), after, reason));

    // A payment counted in a confirmed or paid settlement is frozen (migration 005): the invoice
    // and its credit still record the money; headquarters reopens the settlement and marks the
    // payment by hand. The audit row says so.
    bool frozen = false;
    if (stored.paymentId > 0 && (target.settlePayment || target.reversePayment)) {
        auto settled = session.scalar(
            SqlBuilder("SELECT COUNT(*) FROM payments p JOIN organizations i ON i.id = p.organization_id "
                       "JOIN settlements st ON st.settlement_month = p.payment_month AND st.status IN ('confirmed', "
                       "'paid') JOIN organizations c ON c.id = st.organization_id AND i.path LIKE c.path || '%' "
                       "WHERE p.id = ")
                .bind(stored.paymentId));
        if (!settled.ok()) {
            return settled.error();
        }
        frozen = settled.value().toLongLong() > 0;
        if (frozen) {
            PD_TRY(appendAudit(session, "payment.settlement_frozen", "payments", stored.paymentId, {},
                               {{QStringLiteral("invoice_id"), stored.state.id},
                                {QStringLiteral("wanted"),
                                 target.settlePayment ? QStringLiteral("success") : QStringLiteral("pending")}},
                               QStringLiteral("the payment is counted in a confirmed settlement; reopen the "
                                              "settlement and change the payment by hand")));
        }
    }
    if (stored.paymentId > 0 && !frozen && (target.settlePayment || target.reversePayment)) {
        SqlBuilder pay("UPDATE payments SET ");
        if (target.settlePayment) {
            pay.sql("status = 'success', method = 'bch', paid_at = ");
            bindInstant(pay, d, canonicalText(target.paidAt));
            pay.sql(", tid = ").bind(target.txHash);
        } else {
            pay.sql("status = 'pending', paid_at = NULL, tid = NULL");
        }
        pay.sql(", version = version + 1, updated_at = ");
        bindInstant(pay, d, nowText);
        pay.sql(" WHERE id = ").bind(stored.paymentId);
        if (target.settlePayment) {
            pay.sql(" AND status IN ('pending', 'failed')");
        } else {
            pay.sql(" AND status = 'success' AND method = 'bch' AND tid = ").bind(stored.state.txHash);
        }
        if (!session.exec(query, pay, &error)) {
            return error;
        }
        if (query.numRowsAffected() == 1) {
            const QJsonObject payBefore{{QStringLiteral("status"),
                                         target.settlePayment ? QStringLiteral("pending") : QStringLiteral("success")}};
            QJsonObject payAfter{{QStringLiteral("status"),
                                  target.settlePayment ? QStringLiteral("success") : QStringLiteral("pending")},
                                 {QStringLiteral("invoice_id"), stored.state.id}};
            if (target.settlePayment) {
                payAfter.insert(QStringLiteral("method"), QStringLiteral("bch"));
                payAfter.insert(QStringLiteral("tid"), target.txHash);
                payAfter.insert(QStringLiteral("paid_at"), canonicalText(target.paidAt));
            }
            PD_TRY(appendAudit(session, target.settlePayment ? "payment.settled_by_invoice" : "payment.chain_reversed",
                               "payments", stored.paymentId, payBefore, payAfter, reason));
        }
        // A payment already settled otherwise (or cancelled) is left as it is; the invoice's
        // credit still records the money, and the audit row above names what was done.
    }

    if (target.creditDeltaSats != 0) {
        SqlBuilder credit("INSERT INTO user_credits (user_id, username, amount, transaction_type, invoice_id, "
                          "created_at) VALUES (");
        credit.bind(stored.userId).sql(", ").bind(stored.username).sql(", ").bind(bchText(target.creditDeltaSats));
        credit.sql(", ").bind(target.creditDeltaSats > 0 ? QStringLiteral("bch_invoice")
                                                         : QStringLiteral("bch_reversal"));
        credit.sql(", ").bind(stored.state.id).sql(", ");
        bindInstant(credit, d, nowText);
        credit.sql(") RETURNING id");
        if (!session.exec(query, credit, &error)) {
            return error;
        }
        if (!query.next()) {
            return Error(Error::Kind::Internal, ChainText::tr("The new credit's id did not come back."));
        }
        const qint64 creditId = query.value(0).toLongLong();
        query.finish();
        PD_TRY(appendAudit(session, target.creditDeltaSats > 0 ? "user_credit.bch_invoice" : "user_credit.bch_reversal",
                           "user_credits", creditId, {},
                           {{QStringLiteral("user_id"), stored.userId},
                            {QStringLiteral("amount"), bchText(target.creditDeltaSats)},
                            {QStringLiteral("invoice_id"), stored.state.id}},
                           reason));
    }
    return Done{};
}

QString chainReason(const InvoiceSettlement& target, const QVector<ObservedPayment>& payments, const ChainView& chain)
{
    QStringList txs;
    for (const ObservedPayment& p : payments) {
        txs << QStringLiteral("%1 (%2 sat, %3)")
                   .arg(p.txid)
                   .arg(p.sats)
                   .arg(p.height > 0 ? QStringLiteral("%1 confirmations").arg(chain.confirmations(p.height))
                                     : QStringLiteral("mempool"));
    }
    return QStringLiteral("chain watcher at height %1: %2 received%3")
        .arg(chain.tipHeight)
        .arg(target.receivedSats)
        .arg(txs.isEmpty() ? QStringLiteral(", no transaction")
                           : QStringLiteral(" in ") + txs.join(QStringLiteral("; ")));
}

} // namespace

Result<QVector<WatchedInvoice>> watchedInvoices(SqlSession& session, int tipHeight, int finalityDepth)
{
    const Dialect d = session.dialect();
    SqlBuilder b("SELECT i.id, i.address, CASE WHEN i.status <> 'pending' OR i.received_sats > 0 OR i.exception IS "
                 "NOT NULL THEN 1 ELSE 0 END FROM invoices i WHERE i.status IN ('pending', 'paid') "
                 "OR (i.status = 'confirmed' AND i.confirmed_height > ");
    b.bind(tipHeight - finalityDepth)
        .sql(") OR (i.status IN ('expired', 'cancelled') AND ((i.exception IS NOT NULL "
             "AND i.resolution IS NULL) OR i.expires_at > ");
    bindInstant(b, d, canonicalText(QDateTime::currentDateTimeUtc().addDays(-30)));
    b.sql(")) ORDER BY i.id");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    QVector<WatchedInvoice> out;
    while (query.next()) {
        out.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt() == 1});
    }
    return out;
}

Result<QVector<WatchedInvoice>> invoicesToCheck(SqlSession& session, const QVector<qint64>& ids)
{
    QVector<WatchedInvoice> out;
    if (ids.isEmpty()) {
        return out;
    }
    SqlBuilder b("SELECT i.id, i.address FROM invoices i WHERE i.id IN (");
    for (int k = 0; k < ids.size(); ++k) {
        b.sql(k ? ", " : "").bind(ids[k]);
    }
    b.sql(") ORDER BY i.id");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    while (query.next()) {
        out.append({query.value(0).toLongLong(), query.value(1).toString(), true});
    }
    if (out.size() != ids.size()) {
        return Error(Error::Kind::NotFound, ChainText::tr("Some of the invoices to check do not exist."));
    }
    return out;
}

Result<InvoiceSettlement> applyChainObservation(SqlSession& session, qint64 invoiceId,
                                                const QVector<ObservedPayment>& payments, const ChainView& chain)
{
    return inTransaction<InvoiceSettlement>(session, [&]() -> Result<InvoiceSettlement> {
        auto stored = readInvoice(session, invoiceId);
        if (!stored.ok()) {
            return stored.error();
        }
        const InvoiceSettlement target = decideInvoice(stored.value().state, payments, chain);
        if (target.unchanged()) {
            return target;
        }
        const QString action = QStringLiteral("invoice.") + target.event;
        const QString reason = target.event == QLatin1String("expire") ? QStringLiteral("the payment window has passed")
                                                                       : chainReason(target, payments, chain);
        PD_TRY(writeSettlement(session, stored.value(), target, action, reason, QString()));
        return target;
    });
}

Result<int> expireOverdueInvoices(SqlSession& session)
{
    const Dialect d = session.dialect();
    return inTransaction<int>(session, [&]() -> Result<int> {
        const QString nowText = SqlSession::nowText();
        SqlBuilder b("UPDATE invoices SET status = 'expired', version = version + 1, updated_at = ");
        bindInstant(b, d, nowText);
        b.sql(" WHERE status = 'pending' AND received_sats = 0 AND expires_at < ");
        bindInstant(b, d, nowText);
        b.sql(" RETURNING id");
        QSqlQuery query;
        Error error;
        if (!session.exec(query, b, &error)) {
            return error;
        }
        QVector<qint64> ids;
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
        query.finish();
        for (qint64 id : ids) {
            PD_TRY(appendAudit(session, "invoice.expire", "invoices", id,
                               {{QStringLiteral("status"), QStringLiteral("pending")}},
                               {{QStringLiteral("status"), QStringLiteral("expired")}},
                               QStringLiteral("the payment window has passed")));
        }
        return int(ids.size());
    });
}

Result<Done> resolveLatePayment(SqlSession& session, qint64 invoiceId, int version, bool accept, const QString& reason)
{
    const auto checked = auditReason(reason);
    if (!checked.ok()) {
        return checked.error();
    }
    const QString why = checked.value();
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        auto stored = readInvoice(session, invoiceId);
        if (!stored.ok()) {
            return stored.error();
        }
        const InvoiceChainState& s = stored.value().state;
        if (stored.value().version != version) {
            return conflict(session, "invoices", invoiceId, ChainText::tr("Invoice #%1").arg(invoiceId));
        }
        if (s.exception != QLatin1String("paid_late") || !s.resolution.isEmpty()) {
            return Error(Error::Kind::Invalid,
                         ChainText::tr("Invoice #%1 has no undecided late payment.").arg(invoiceId));
        }
        InvoiceSettlement target = settlementAsStored(s);
        target.confirmedAt = {};
        if (!accept) {
            return writeSettlement(session, stored.value(), target, QStringLiteral("invoice.refund_due"), why,
                                   QStringLiteral("refund_due"));
        }
        if (s.receivedSats < s.amountSats) {
            return Error(Error::Kind::Invalid,
                         ChainText::tr("Invoice #%1 received %2 of %3 BCH; only a full payment is accepted. Ask for "
                                       "the rest or mark it for a refund.")
                             .arg(invoiceId)
                             .arg(bchText(s.receivedSats), bchText(s.amountSats)));
        }
        target.status = QStringLiteral("confirmed");
        target.confirmedAt = QDateTime::currentDateTimeUtc();
        if (!target.paidAt.isValid()) {
            target.paidAt = target.confirmedAt;
        }
        target.settlePayment = true;
        target.creditDeltaSats = s.amountSats - s.creditedSats;
        return writeSettlement(session, stored.value(), target, QStringLiteral("invoice.accept_late"), why,
                               QStringLiteral("accepted"));
    });
}

Result<InvoiceSettlement> checkInvoiceOnChain(SqlSession& session, qint64 invoiceId,
                                              const QVector<chain::ElectrumServer>& servers, int confirmations,
                                              int timeoutMs)
{
    if (servers.isEmpty()) {
        return Error(Error::Kind::Invalid,
                     ChainText::tr("No Electrum server is set up for checking invoices on chain. Add one in BCH "
                                   "settings on the invoices page (for example ssl://electrum.example.org:50002)."));
    }
    chain::ChainWatcherOptions options;
    options.servers = servers;
    options.confirmations = confirmations;
    options.only = {invoiceId};
    options.callTimeoutMs = std::min(timeoutMs, 20000);
    SqlChainStore store(session);
    chain::ChainWatcher watcher(store, options);
    QEventLoop loop;
    std::optional<chain::ChainPassSummary> pass;
    std::optional<InvoiceSettlement> changed;
    QObject::connect(&watcher, &chain::ChainWatcher::invoiceChanged, &loop,
                     [&](qint64, const InvoiceSettlement& s) { changed = s; });
    QObject::connect(&watcher, &chain::ChainWatcher::passFinished, &loop, [&](const chain::ChainPassSummary& p) {
        pass = p;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    watcher.runOnce();
    if (!pass) {
        loop.exec();
    }
    if (!pass) {
        return Error(Error::Kind::Connection,
                     ChainText::tr("The Electrum servers did not answer within %1 seconds; nothing was changed.")
                         .arg(timeoutMs / 1000));
    }
    if (!pass->ok) {
        return Error(Error::Kind::Connection, pass->error);
    }
    if (!pass->failures.isEmpty()) {
        return Error(Error::Kind::Invalid, pass->failures.first());
    }
    if (changed) {
        return *changed;
    }
    // Nothing changed: what is stored is what the chain shows.
    auto stored = readInvoice(session, invoiceId);
    if (!stored.ok()) {
        return stored.error();
    }
    return settlementAsStored(stored.value().state);
}

Result<AddressGapReport> addressGapReport(SqlSession& session, int gapLimit)
{
    AddressGapReport report;
    report.gapLimit = gapLimit;
    auto account = session.scalar(SqlBuilder("SELECT next_index FROM bch_accounts WHERE is_active"));
    if (!account.ok()) {
        return account.error();
    }
    report.nextIndex = account.value().isValid() ? account.value().toLongLong() : 0;
    SqlBuilder b("SELECT i.derivation_index, i.address, i.id, CASE WHEN i.received_sats > 0 OR i.status IN ('paid', "
                 "'confirmed') THEN 1 ELSE 0 END FROM invoices i JOIN bch_accounts a ON a.id = i.bch_account_id AND "
                 "a.is_active WHERE i.derivation_index IS NOT NULL ORDER BY i.derivation_index, i.id");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    // Indexes with no invoice (a child BIP32 skips, odds 2^-127) count as unused too.
    QVector<UnusedAddress> unused;
    qint64 expected = 0;
    qint64 runStart = -1;
    const auto closeRun = [&](qint64 end) {
        if (runStart >= 0 && end - runStart + 1 > report.runLength) {
            report.runLength = end - runStart + 1;
            report.runFrom = runStart;
            report.runTo = end;
        }
        runStart = -1;
    };
    QHash<qint64, bool> usedAt;
    while (query.next()) {
        const qint64 index = query.value(0).toLongLong();
        const bool used = query.value(3).toInt() == 1;
        if (usedAt.contains(index)) {
            usedAt[index] = usedAt[index] || used;
            continue;
        }
        usedAt.insert(index, used);
        if (!used) {
            unused.append({index, query.value(1).toString(), query.value(2).toLongLong()});
        }
        expected = std::max(expected, index + 1);
    }
    for (qint64 index = 0; index < std::max(expected, report.nextIndex); ++index) {
        const bool used = usedAt.value(index, false);
        if (used) {
            report.lastUsedIndex = index;
            closeRun(index - 1);
        } else if (runStart < 0) {
            runStart = index;
        }
    }
    closeRun(std::max(expected, report.nextIndex) - 1);
    if (report.exceedsGapLimit()) {
        for (const UnusedAddress& u : unused) {
            if (u.derivationIndex >= report.runFrom && report.toScan.size() < 5000) {
                report.toScan.append(u);
            }
        }
    }
    return report;
}

Result<Done> checkChainWatcherLogin(SqlSession& session)
{
    if (session.dialect() != Dialect::PostgreSQL) {
        return Done{};
    }
    auto who = session.scalar(SqlBuilder("SELECT CASE WHEN paydesk_is_owner() THEN 'owner' ELSE COALESCE((SELECT "
                                         "s.role FROM staff s WHERE s.login = current_user AND s.is_active), '') END"));
    if (!who.ok()) {
        return who.error();
    }
    const QString role = who.value().toString();
    if (role == QLatin1String("owner") || role == QLatin1String("hq_admin")) {
        return Done{};
    }
    return Error(Error::Kind::Permission,
                 ChainText::tr("The chain watcher settles every center's invoices and payments, so it runs as a "
                               "headquarters login (hq_admin) or the database owner; %1 is %2. Create a headquarters "
                               "login for it (paydesk admin add-staff --role hq_admin) and use that.")
                     .arg(session.actor(), role.isEmpty() ? ChainText::tr("not a staff login") : role));
}

Result<Done> recordWatcherState(SqlSession& session, const ChainWatcherStatus& status)
{
    const Dialect d = session.dialect();
    SqlBuilder b("INSERT INTO chain_watchers (watcher, server, connected, tip_height, tip_hash, watched_invoices, "
                 "last_error, last_seen_at, last_change_at, updated_at) VALUES (");
    b.bind(status.watcher.left(200)).sql(", ").bind(status.server.left(300)).sql(", ");
    b.bind(d == Dialect::PostgreSQL ? QVariant(status.connected) : QVariant(status.connected ? 1 : 0)).sql(", ");
    b.bind(status.tipHeight > 0 ? QVariant(status.tipHeight) : QVariant()).sql(", ");
    b.bind(status.tipHash.isEmpty() ? QVariant() : QVariant(status.tipHash)).sql(", ").bind(status.watchedInvoices);
    b.sql(", ").bind(status.lastError.isEmpty() ? QVariant() : QVariant(status.lastError.left(1000))).sql(", ");
    bindInstant(b, d, instantOrNull(status.lastSeenAt));
    b.sql(", ");
    bindInstant(b, d, instantOrNull(status.lastChangeAt));
    b.sql(", ");
    bindInstant(b, d, SqlSession::nowText());
    b.sql(
        ") ON CONFLICT (watcher) DO UPDATE SET server = excluded.server, connected = excluded.connected, "
        "tip_height = excluded.tip_height, tip_hash = excluded.tip_hash, watched_invoices = excluded.watched_invoices, "
        "last_error = excluded.last_error, last_seen_at = excluded.last_seen_at, "
        "last_change_at = excluded.last_change_at, updated_at = excluded.updated_at");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    return Done{};
}

Result<QVector<ChainWatcherStatus>> chainWatcherStates(SqlSession& session)
{
    const Dialect d = session.dialect();
    SqlBuilder b("SELECT watcher, COALESCE(server, ''), connected, COALESCE(tip_height, 0), COALESCE(tip_hash, ''), "
                 "watched_invoices, COALESCE(last_error, ''), ");
    emitTypedValue(b, "last_seen_at", ValueType::Timestamp, d);
    b.sql(", ");
    emitTypedValue(b, "updated_at", ValueType::Timestamp, d);
    b.sql(", ");
    emitTypedValue(b, "last_change_at", ValueType::Timestamp, d);
    b.sql(" FROM chain_watchers ORDER BY updated_at DESC, watcher LIMIT 20");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    QVector<ChainWatcherStatus> out;
    while (query.next()) {
        ChainWatcherStatus s;
        s.watcher = query.value(0).toString();
        s.server = query.value(1).toString();
        s.connected = query.value(2).toBool();
        s.tipHeight = query.value(3).toInt();
        s.tipHash = query.value(4).toString().trimmed();
        s.watchedInvoices = query.value(5).toInt();
        s.lastError = query.value(6).toString();
        s.lastSeenAt = parseCanonicalInstant(query.value(7).toString());
        s.updatedAt = parseCanonicalInstant(query.value(8).toString());
        s.lastChangeAt = parseCanonicalInstant(query.value(9).toString());
        out.append(s);
    }
    return out;
}

} // namespace pd::sql
