#pragma once

#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlInvoices.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlSession.h"

#include <QDateTime>
#include <QPair>

#include <memory>

namespace pd::test {

/// A database for chain tests: the schema, a little demo data, a test BCH account, and the
/// session the chain watcher writes with: on PostgreSQL a headquarters login of its own (so
/// migration 011's rules apply to it), on SQLite the file itself.
struct ChainFixture
{
    /// BIP32 test vector 1 at m/0H/1/2H (depth 3): a published key, fine for tests.
    static constexpr const char* kAccountXpub =
        "xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDF"
        "GTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5";

    std::unique_ptr<ScratchDatabase> db;
    std::unique_ptr<sql::SqlSession> admin;
    std::unique_ptr<sql::SqlSession> watcher;
    QString login; ///< the watcher's PostgreSQL login; empty on SQLite
    Dialect dialect = Dialect::SQLite;

    ~ChainFixture()
    {
        watcher.reset();
        admin.reset();
        db.reset();
        if (!login.isEmpty()) {
            pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login)); // test-made name
        }
    }

    static std::unique_ptr<sql::SqlSession> open(const DatabaseUrl& url, const QString& name)
    {
        auto s = sql::SqlSession::open(url, name);
        return s.ok() ? std::move(s.value()) : nullptr;
    }

    /// Null when something failed (the test then fails).
    static std::unique_ptr<ChainFixture> create(Dialect dialect)
    {
        auto fx = std::make_unique<ChainFixture>();
        fx->dialect = dialect;
        fx->db = ScratchDatabase::create(dialect);
        if (!fx->db->ok()) {
            return nullptr;
        }
        fx->admin = open(fx->db->url(), QStringLiteral("chain-admin"));
        if (!fx->admin || !sql::Migrator::upgrade(*fx->admin).ok()) {
            return nullptr;
        }
        demo::DemoOptions options;
        options.scale = 0.01;
        if (!demo::generateDemoData(*fx->admin, options).ok() ||
            !sql::setBchAccount(*fx->admin, QStringLiteral("Test account"), QLatin1String(kAccountXpub),
                                bch::Network::Mainnet)
                 .ok()) {
            return nullptr;
        }
        DatabaseUrl url = fx->db->url();
        if (dialect == Dialect::PostgreSQL) {
            fx->login = QStringLiteral("t_watch_") + fx->db->url().database.right(8);
            if (!sql::addStaff(*fx->admin, fx->login, QStringLiteral("hq_admin"), QStringLiteral("HQ"), QString(),
                               QString())
                     .ok()) {
                return nullptr;
            }
            url.user = fx->login;
        }
        fx->watcher = open(url, QStringLiteral("chain-watcher"));
        return fx->watcher ? std::move(fx) : nullptr;
    }

    /// A new invoice of `sats` for a member's pending payment that has no invoice yet; returns
    /// {invoice id, payment id}, or {0, 0}.
    QPair<qint64, qint64> newInvoice(qint64 sats, QString* address = nullptr)
    {
        const auto row =
            rows(*admin, QStringLiteral("SELECT p.id, pa.user_id FROM payments p JOIN parents pa ON pa.id = "
                                        "p.parent_id WHERE p.status = 'pending' AND NOT EXISTS (SELECT 1 "
                                        "FROM invoices i WHERE i.payment_id = p.id) ORDER BY p.id LIMIT 1"));
        if (row.isEmpty()) {
            return {0, 0};
        }
        InvoiceDraft d;
        d.userId = row[0][1].toLongLong();
        d.amountSats = sats;
        d.description = QStringLiteral("2026-12 급식비");
        d.expiresAt = QDateTime::currentDateTimeUtc().addDays(7);
        d.paymentId = row[0][0].toLongLong();
        auto created = sql::createInvoice(*admin, d);
        if (!created.ok()) {
            return {0, 0};
        }
        if (address) {
            *address = created.value().address;
        }
        return {created.value().id, d.paymentId};
    }

    /// A column of a row as text ("" for NULL).
    QString field(const char* table, qint64 id, const char* column)
    {
        return value(*admin, QStringLiteral("SELECT COALESCE(CAST(%1 AS TEXT), '') FROM %2 WHERE id = %3")
                                 .arg(QLatin1String(column), QLatin1String(table))
                                 .arg(id))
            .toString();
    }

    /// The sum of an invoice's credit rows in satoshis.
    qint64 credited(qint64 invoice)
    {
        return value(*admin, QString::fromLatin1(dialect == Dialect::PostgreSQL
                                                     ? "SELECT CAST(COALESCE(SUM(amount), 0) * 100000000 AS BIGINT) "
                                                       "FROM user_credits WHERE invoice_id = %1"
                                                     : "SELECT COALESCE(SUM(CAST(replace(amount, '.', '') AS "
                                                       "INTEGER)), 0) FROM user_credits WHERE invoice_id = %1")
                                 .arg(invoice))
            .toLongLong();
    }

    /// Moves an invoice's expiry `seconds` into the past (as the owner).
    bool expireAgo(qint64 invoice, int seconds)
    {
        const QString at =
            QDateTime::currentDateTimeUtc().addSecs(-seconds).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
        return exec(*admin, QStringLiteral("UPDATE invoices SET expires_at = '%1' WHERE id = %2").arg(at).arg(invoice));
    }

    qint64 count(const QString& sql) { return value(*admin, sql).toLongLong(); }
};

} // namespace pd::test
