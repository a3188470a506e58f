// One conformance suite for every Backend: the same cases run against SQLite, PostgreSQL and
// the REST backend (paydesk-server started here over the PostgreSQL database, signed in as an
// hq_admin), on the same deterministic demo data, so the implementations cannot drift apart.

#include "FieldCipher.h"
#include "Pages.h"
#include "Reconciliation.h"
#include "RestBackend.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlBackend.h"
#include "sql/SqlLists.h"
#include "sql/SqlSession.h"

#include <QSqlQuery>
#include <QtTest>

using namespace pd;

namespace {

const QDate kAsOf(2026, 11, 22);
constexpr double kScale = 0.02; // 400 users, about 6,000 payments

struct BackendUnderTest
{
    QString name;
    std::unique_ptr<test::ScratchDatabase> database;
    std::unique_ptr<Backend> backend;
};

QString prepareDatabase(const DatabaseUrl& url)
{
    auto opened = sql::SqlSession::open(url, QStringLiteral("conformance-setup"));
    if (!opened.ok()) {
        return opened.error().message + QLatin1Char(' ') + opened.error().detail;
    }
    auto& session = *opened.value();
    if (auto applied = sql::Migrator::upgrade(session); !applied.ok()) {
        return applied.error().message + QLatin1Char(' ') + applied.error().detail;
    }
    demo::DemoOptions options;
    options.scale = kScale;
    options.asOf = kAsOf;
    if (auto generated = demo::generateDemoData(session, options); !generated.ok()) {
        return generated.error().message + QLatin1Char(' ') + generated.error().detail;
    }
    // Rows whose text exercises Unicode and LIKE's special characters.
    QSqlQuery q(session.database());
    q.prepare(QStringLiteral("INSERT INTO users (id, email, first_name, last_name, country_code, kyc_status, "
                             "kyc_level, created_at) VALUES (?, ?, ?, ?, ?, 'pending', 0, ?)"));
    const QVariantList rows[] = {
        {90001, QStringLiteral("unicode.test@example.com"), QStringLiteral("테스트😀"), QStringLiteral("Ünïcödé 名前"),
         QStringLiteral("KR"), QStringLiteral("2026-11-01T00:00:00.000000Z")},
        {90002, QStringLiteral("percent.test@example.com"), QStringLiteral("Pat"), QStringLiteral("100%_O'Brien\\"),
         QStringLiteral("IE"), QStringLiteral("2026-11-02T00:00:00.000000Z")},
    };
    for (const QVariantList& row : rows) {
        for (const QVariant& v : row) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            return QStringLiteral("inserting test rows failed");
        }
    }
    return {};
}

/// The key a row is sorted by, as the database orders it (NULL as the COALESCE default).
QVariant sortKeyOf(Area area, const QVariantList& row, const QString& sortKey)
{
    const QString key = sortKey == QLatin1String("band") ? QStringLiteral("days_overdue") : sortKey;
    const int column = columnIndex(area, key);
    return row.value(column);
}

/// Compares two sort keys as the database does: byte order for text (C collation), numbers,
/// time. Returns <0, 0, >0; `exact` is false when equality is only to the millisecond.
int compareKeys(const QVariant& a, const QVariant& b, ValueType type, bool* exact)
{
    *exact = true;
    switch (type) {
    case ValueType::Text:
    case ValueType::Month: {
        const QByteArray x = a.isNull() ? QByteArray() : a.toString().toUtf8();
        const QByteArray y = b.isNull() ? QByteArray() : b.toString().toUtf8();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    case ValueType::Integer:
    case ValueType::Money:
    case ValueType::Score: {
        const qint64 x = a.isNull() ? 0 : a.toLongLong();
        const qint64 y = b.isNull() ? 0 : b.toLongLong();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    case ValueType::Boolean: {
        const int x = a.isNull() ? 0 : a.toBool();
        const int y = b.isNull() ? 0 : b.toBool();
        return x - y;
    }
    case ValueType::Timestamp: {
        *exact = false;
        const qint64 x = a.isNull() ? 0 : a.toDateTime().toMSecsSinceEpoch();
        const qint64 y = b.isNull() ? 0 : b.toDateTime().toMSecsSinceEpoch();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    case ValueType::Date: {
        const qint64 x = a.isNull() ? 0 : a.toDate().toJulianDay();
        const qint64 y = b.isNull() ? 0 : b.toDate().toJulianDay();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    }
    return 0;
}

struct Paged
{
    QVector<QVariantList> rows;
    int pages = 0;
    Error error;
};

Paged pageThrough(Backend& backend, ListRequest request, int limit)
{
    Paged out;
    request.limit = limit;
    request.cursor.clear();
    for (int guard = 0; guard < 100000; ++guard) {
        auto page = test::await<ListPage>(
            [&](QObject* r, Backend::Callback<ListPage> cb) { backend.fetchPage(request, r, cb); });
        if (!page.ok()) {
            out.error = page.error();
            return out;
        }
        ++out.pages;
        out.rows += page.value().rows;
        if (page.value().nextCursor.isEmpty()) {
            return out;
        }
        if (page.value().rows.size() != limit) {
            out.error = Error(Error::Kind::Internal, QStringLiteral("a non-final page is not full"));
            return out;
        }
        request.cursor = page.value().nextCursor;
    }
    out.error = Error(Error::Kind::Internal, QStringLiteral("paging did not end"));
    return out;
}

qint64 exactCount(Backend& backend, const ListRequest& request)
{
    auto count = test::await<CountResult>(
        [&](QObject* r, Backend::Callback<CountResult> cb) { backend.fetchCount(request, CountMode::Exact, r, cb); });
    return count.ok() ? count.value().value : -1;
}

QString describe(const Error& e)
{
    return Error::kindName(e.kind) + QStringLiteral(": ") + e.message + QStringLiteral(" | ") + e.detail;
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

    std::vector<BackendUnderTest> m_backends;
    test::RestServer m_server;
    QTemporaryDir m_keyDir; ///< the field key every backend seals account numbers with
    QString keyFile() const { return m_keyDir.filePath(QStringLiteral("field.key")); }
    QStringList m_madeLogins; ///< PostgreSQL login roles the cases made, dropped at the end

    void addBackendRows()
    {
        QTest::addColumn<int>("backend");
        for (size_t i = 0; i < m_backends.size(); ++i) {
            QTest::newRow(qPrintable(m_backends[i].name)) << int(i);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_keyDir.isValid() && FieldCipher::createKeyFile(keyFile()).ok());
        for (Dialect dialect : {Dialect::SQLite, Dialect::PostgreSQL}) {
            auto database = test::ScratchDatabase::create(dialect);
            if (!database->ok()) {
                if (dialect == Dialect::PostgreSQL && !test::postgresRequired()) {
                    qWarning("PostgreSQL not available: %s", qPrintable(database->error()));
                    continue;
                }
                QFAIL(qPrintable(database->error()));
            }
            const QString error = prepareDatabase(database->url());
            QVERIFY2(error.isEmpty(), qPrintable(error));
            auto backend = std::make_unique<sql::SqlBackend>(database->url());
            backend->setFieldKeyFile(keyFile());
            auto info = test::await<ConnectionInfo>(
                [&](QObject* r, Backend::Callback<ConnectionInfo> cb) { backend->open(r, cb); });
            QVERIFY2(info.ok(), qPrintable(describe(info.error())));
            const DatabaseUrl url = database->url();
            m_backends.push_back({dialect == Dialect::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql"),
                                  std::move(database), std::move(backend)});
            if (dialect == Dialect::PostgreSQL) {
                // Paging every list in every order is thousands of requests a minute: no limit here
                // (tst_cluster tests the limit).
                const QString started = m_server.start(
                    url, {{QStringLiteral("conformance.hq"), QStringLiteral("hq_admin"), QStringLiteral("HQ")}},
                    {QStringLiteral("--requests-per-minute"), QStringLiteral("0"), QStringLiteral("--field-key"),
                     keyFile()});
                QVERIFY2(started.isEmpty(), qPrintable(started));
                auto rest = std::make_unique<RestBackend>(RestBackend::Options{m_server.url(),
                                                                               QStringLiteral("conformance.hq"),
                                                                               QString::fromLatin1(test::kRestPassword),
                                                                               {},
                                                                               {},
                                                                               30000,
                                                                               {}});
                auto restInfo = test::await<ConnectionInfo>(
                    [&](QObject* r, Backend::Callback<ConnectionInfo> cb) { rest->open(r, cb); });
                QVERIFY2(restInfo.ok(), qPrintable(describe(restInfo.error())));
                m_backends.push_back({QStringLiteral("rest"), nullptr, std::move(rest)});
            }
        }
        QVERIFY(!m_backends.empty());
    }

    void cleanupTestCase()
    {
        // Every change the cases made through Paydesk (as the owner, and as a staff login over
        // REST) wrote its own audit row: the database never had to write one for a statement
        // without (migration 009's deferred audit check).
        for (auto& b : m_backends) {
            if (b.database && b.database->url().dialect == Dialect::PostgreSQL) {
                auto session = sql::SqlSession::open(b.database->url(), QStringLiteral("conformance-audit"));
                QVERIFY(session.ok());
                QSqlQuery q(session.value()->database());
                QVERIFY(q.exec(QStringLiteral("SELECT string_agg(DISTINCT action, ', ') FROM audit_log WHERE action "
                                              "LIKE '%.direct\\_%'")));
                QVERIFY(q.next());
                QVERIFY2(q.value(0).isNull(), qPrintable(q.value(0).toString()));
            }
        }
        for (auto& b : m_backends) {
            b.backend.reset();
        }
        sql::SqlBackend::waitForDetachedWorkers(10000);
        for (const QString& login : std::as_const(m_madeLogins)) {
            test::pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login)); // made by the cases
        }
        m_backends.clear();
    }

    void sqlCatalogMatchesTheColumnList()
    {
        for (Area area : allAreas()) {
            QStringList keys;
            for (const ColumnInfo& column : areaColumns(area)) {
                keys << column.key;
            }
            QCOMPARE(sql::catalogColumnKeys(area), keys);
        }
    }

    void opensWithSchemaInfo_data() { addBackendRows(); }
    void opensWithSchemaInfo()
    {
        QFETCH(int, backend);
        const ConnectionInfo info = m_backends[size_t(backend)].backend->connectionInfo();
        QCOMPARE(info.schemaVersion, sql::Migrator::available(Dialect::SQLite).back().version);
        QVERIFY(!info.backendName.isEmpty());
        QVERIFY(!info.serverVersion.isEmpty());
    }

    // Every area, every column, both directions: paging returns each row exactly once, in order,
    // and as many rows as the exact count says.
    void pagingReturnsEveryRowOnceInOrder_data()
    {
        QTest::addColumn<int>("backend");
        QTest::addColumn<int>("area");
        QTest::addColumn<QString>("sortKey");
        QTest::addColumn<bool>("descending");
        for (size_t b = 0; b < m_backends.size(); ++b) {
            for (Area area : allAreas()) {
                for (const ColumnInfo& column : areaColumns(area)) {
                    for (bool desc : {false, true}) {
                        QTest::addRow("%s/%s/%s/%s", qPrintable(m_backends[b].name), qPrintable(areaKey(area)),
                                      qPrintable(column.key), desc ? "desc" : "asc")
                            << int(b) << int(area) << column.key << desc;
                    }
                }
            }
        }
    }
    void pagingReturnsEveryRowOnceInOrder()
    {
        QFETCH(int, backend);
        QFETCH(int, area);
        QFETCH(QString, sortKey);
        QFETCH(bool, descending);
        Backend& b = *m_backends[size_t(backend)].backend;
        ListRequest request;
        request.area = Area(area);
        request.sortKey = sortKey;
        request.descending = descending;
        if (request.area == Area::Payments) {
            request.filters.insert(QStringLiteral("month"), QStringLiteral("2026-10"));
        }
        if (request.area == Area::OverdueMembers) {
            request.filters.insert(QStringLiteral("as_of"), kAsOf.toString(Qt::ISODate));
        }
        const Paged paged = pageThrough(b, request, 47);
        QVERIFY2(!paged.error.isError(), qPrintable(describe(paged.error)));
        QVERIFY(!paged.rows.isEmpty());
        QSet<qint64> seen;
        const int sortColumn =
            columnIndex(request.area, sortKey == QLatin1String("band") ? QStringLiteral("days_overdue") : sortKey);
        const ValueType type = areaColumns(request.area)[sortColumn].type;
        for (int i = 0; i < paged.rows.size(); ++i) {
            const qint64 id = paged.rows[i].front().toLongLong();
            QVERIFY2(!seen.contains(id), qPrintable(QStringLiteral("row %1 appears twice").arg(id)));
            seen.insert(id);
            if (i == 0) {
                continue;
            }
            bool exact = true;
            int order = compareKeys(sortKeyOf(request.area, paged.rows[i - 1], sortKey),
                                    sortKeyOf(request.area, paged.rows[i], sortKey), type, &exact);
            if (order == 0 && exact) {
                const qint64 prevId = paged.rows[i - 1].front().toLongLong();
                order = prevId < id ? -1 : 1;
            }
            if (descending) {
                order = -order;
            }
            QVERIFY2(order <= 0, qPrintable(QStringLiteral("rows %1 and %2 are out of order")
                                                .arg(paged.rows[i - 1].front().toLongLong())
                                                .arg(id)));
        }
        QCOMPARE(qint64(paged.rows.size()), exactCount(b, request));
    }

    void pagingAnUnfilteredBigTable_data() { addBackendRows(); }
    void pagingAnUnfilteredBigTable()
    {
        QFETCH(int, backend);
        Backend& b = *m_backends[size_t(backend)].backend;
        ListRequest request;
        request.area = Area::Payments;
        const Paged paged = pageThrough(b, request, 1000);
        QVERIFY2(!paged.error.isError(), qPrintable(describe(paged.error)));
        QVERIFY(paged.rows.size() > 3000);
        QSet<qint64> ids;
        for (const auto& row : paged.rows) {
            ids.insert(row.front().toLongLong());
        }
        QCOMPARE(ids.size(), paged.rows.size());
        QCOMPARE(qint64(paged.rows.size()), exactCount(b, request));
    }

    void filtersAndCounts_data()
    {
        QTest::addColumn<int>("backend");
        QTest::addColumn<int>("area");
        QTest::addColumn<QString>("filterKey");
        QTest::addColumn<QString>("filterValue");
        struct F
        {
            Area area;
            const char* key;
            const char* value;
        };
        const F filters[] = {
            {Area::Users, "status", "approved"},
            {Area::Users, "kyc_level", "2"},
            {Area::Users, "country", "KR"},
            {Area::Users, "org", "2"},
            {Area::Users, "active", "false"},
            {Area::Users, "q", "kim"},
            {Area::Users, "q", "김"},
            {Area::Users, "from", "2026-01-01T00:00:00Z"},
            {Area::Users, "to", "2025-06-01T00:00:00+09:00"},
            {Area::KycDocuments, "status", "pending"},
            {Area::KycDocuments, "kyc_level", "2"},
            {Area::KycDocuments, "document_type", "passport"},
            {Area::KycDocuments, "risk_min", "700"},
            {Area::KycDocuments, "risk_max", "150"},
            {Area::KycDocuments, "country", "US"},
            {Area::Invoices, "status", "confirmed"},
            {Area::Invoices, "q", "qp"},
            {Area::Invoices, "org", "8"},
            {Area::Payments, "status", "failed"},
            {Area::Payments, "method", "card"},
            {Area::Payments, "month", "2026-03"},
            {Area::Payments, "org", "3"},
            {Area::Payments, "q", "잔액"},
            {Area::Payments, "q", "NICEM"},
            {Area::Payments, "from", "2026-11-01T00:00:00Z"},
            {Area::Settlements, "status", "paid"},
            {Area::Settlements, "month", "2026-10"},
            {Area::Settlements, "q", "강남"},
            {Area::OverdueMembers, "band", "1-7"},
            {Area::OverdueMembers, "band", "61+"},
            {Area::OverdueMembers, "org", "2"},
            {Area::OverdueMembers, "q", "010"},
        };
        for (size_t b = 0; b < m_backends.size(); ++b) {
            for (const F& f : filters) {
                QTest::addRow("%s/%s/%s=%s", qPrintable(m_backends[b].name), qPrintable(areaKey(f.area)), f.key,
                              f.value)
                    << int(b) << int(f.area) << QString::fromLatin1(f.key) << QString::fromUtf8(f.value);
            }
        }
    }
    void filtersAndCounts()
    {
        QFETCH(int, backend);
        QFETCH(int, area);
        QFETCH(QString, filterKey);
        QFETCH(QString, filterValue);
        Backend& b = *m_backends[size_t(backend)].backend;
        ListRequest request;
        request.area = Area(area);
        request.filters.insert(filterKey, filterValue);
        if (request.area == Area::OverdueMembers) {
            request.filters.insert(QStringLiteral("as_of"), kAsOf.toString(Qt::ISODate));
        }
        const Paged paged = pageThrough(b, request, 200);
        QVERIFY2(!paged.error.isError(), qPrintable(describe(paged.error)));
        QCOMPARE(qint64(paged.rows.size()), exactCount(b, request));
        auto estimate = test::await<CountResult>(
            [&](QObject* r, Backend::Callback<CountResult> cb) { b.fetchCount(request, CountMode::Estimate, r, cb); });
        QVERIFY(estimate.ok());
        QVERIFY(estimate.value().value >= 0);
        // Each filter really filters: the rows satisfy it where the row shows the column.
        const auto& columns = areaColumns(request.area);
        for (const QVariantList& row : paged.rows) {
            if (filterKey == QLatin1String("status")) {
                const char* col = request.area == Area::Users          ? "kyc_status"
                                  : request.area == Area::KycDocuments ? "verification_status"
                                                                       : "status";
                QCOMPARE(row.value(columnIndex(request.area, QLatin1String(col))).toString(), filterValue);
            } else if (filterKey == QLatin1String("method")) {
                QCOMPARE(row.value(columnIndex(request.area, QStringLiteral("method"))).toString(), filterValue);
            } else if (filterKey == QLatin1String("month")) {
                const QString col = request.area == Area::Payments ? QStringLiteral("payment_month")
                                                                   : QStringLiteral("settlement_month");
                QCOMPARE(row.value(columnIndex(request.area, col)).toString(), filterValue);
            } else if (filterKey == QLatin1String("band")) {
                const qint64 days = row.value(columnIndex(request.area, QStringLiteral("days_overdue"))).toLongLong();
                QCOMPARE(overdueBandKey(overdueBandForDays(days)), filterValue);
            } else if (filterKey == QLatin1String("risk_min")) {
                QVERIFY(row.value(columnIndex(request.area, QStringLiteral("risk_score"))).toLongLong() >=
                        filterValue.toLongLong());
            } else if (filterKey == QLatin1String("risk_max")) {
                QVERIFY(row.value(columnIndex(request.area, QStringLiteral("risk_score"))).toLongLong() <=
                        filterValue.toLongLong());
            } else if (filterKey == QLatin1String("from")) {
                QVERIFY(row.value(columnIndex(request.area, QStringLiteral("created_at"))).toDateTime() >=
                        QDateTime::fromString(filterValue, Qt::ISODate));
            } else if (filterKey == QLatin1String("to")) {
                QVERIFY(row.value(columnIndex(request.area, QStringLiteral("created_at"))).toDateTime() <
                        QDateTime::fromString(filterValue, Qt::ISODate));
            }
        }
        Q_UNUSED(columns)
    }

    // The two SQL backends hold the same data: the same request gives the same rows.
    void everyBackendAnswersTheSame_data()
    {
        QTest::addColumn<int>("area");
        QTest::addColumn<QString>("sortKey");
        for (Area area : allAreas()) {
            for (const ColumnInfo& column : areaColumns(area)) {
                QTest::addRow("%s/%s", qPrintable(areaKey(area)), qPrintable(column.key)) << int(area) << column.key;
            }
        }
    }
    void everyBackendAnswersTheSame()
    {
        if (m_backends.size() < 2) {
            QSKIP("needs two backends");
        }
        QFETCH(int, area);
        QFETCH(QString, sortKey);
        ListRequest request;
        request.area = Area(area);
        request.sortKey = sortKey;
        request.descending = true;
        request.filters.insert(QStringLiteral("q"), QStringLiteral("a"));
        if (request.area == Area::Payments) {
            request.filters.insert(QStringLiteral("month"), QStringLiteral("2026-09"));
        }
        if (request.area == Area::OverdueMembers) {
            request.filters = {{QStringLiteral("as_of"), kAsOf.toString(Qt::ISODate)}};
        }
        // Staff, the audit trail and the bank holidays are each database's own (the REST test adds
        // its server login, every test writes audit rows, the seeded holidays name the migrating
        // login and time): those are compared between the backends that share PostgreSQL.
        const bool ownRows =
            request.area == Area::Staff || request.area == Area::AuditLog || request.area == Area::BankHolidays;
        const size_t base = ownRows ? 1 : 0;
        if (m_backends.size() < base + 2) {
            QSKIP("needs two backends on one database");
        }
        const Paged first = pageThrough(*m_backends[base].backend, request, 61);
        QVERIFY(!first.error.isError());
        for (size_t b = base + 1; b < m_backends.size(); ++b) {
            const Paged other = pageThrough(*m_backends[b].backend, request, 61);
            QVERIFY(!other.error.isError());
            QCOMPARE(other.rows.size(), first.rows.size());
            for (int i = 0; i < first.rows.size(); ++i) {
                QCOMPARE(other.rows[i], first.rows[i]);
            }
        }
    }

    void unicodeRoundTrips_data() { addBackendRows(); }
    void unicodeRoundTrips()
    {
        QFETCH(int, backend);
        Backend& b = *m_backends[size_t(backend)].backend;
        ListRequest request;
        request.area = Area::Users;
        request.filters.insert(QStringLiteral("q"), QStringLiteral("😀"));
        const Paged paged = pageThrough(b, request, 10);
        QVERIFY(!paged.error.isError());
        QCOMPARE(paged.rows.size(), 1);
        const QVariantList& row = paged.rows.front();
        QCOMPARE(row.value(columnIndex(Area::Users, QStringLiteral("first_name"))).toString(),
                 QStringLiteral("테스트😀"));
        QCOMPARE(row.value(columnIndex(Area::Users, QStringLiteral("last_name"))).toString(),
                 QStringLiteral("Ünïcödé 名前"));
        auto detail = test::await<DetailRecord>(
            [&](QObject* r, Backend::Callback<DetailRecord> cb) { b.fetchDetail(Area::Users, 90001, r, cb); });
        QVERIFY(detail.ok());
        QCOMPARE(detail.value().field(QStringLiteral("last_name")).toString(), QStringLiteral("Ünïcödé 名前"));
    }

    void hostileFiltersAreHarmless_data()
    {
        QTest::addColumn<int>("backend");
        QTest::addColumn<QString>("text");
        const char* hostile[] = {
            "'; DROP TABLE users; --",   "' OR '1'='1", "%", "_", "\\", "%_%", "\"", "');--", "$1", "?", ":name", "\\'",
            "users u; DELETE FROM users"};
        for (size_t b = 0; b < m_backends.size(); ++b) {
            for (const char* h : hostile) {
                QTest::addRow("%s/%s", qPrintable(m_backends[b].name), h) << int(b) << QString::fromUtf8(h);
            }
        }
    }
    void hostileFiltersAreHarmless()
    {
        QFETCH(int, backend);
        QFETCH(QString, text);
        Backend& b = *m_backends[size_t(backend)].backend;
        ListRequest all;
        all.area = Area::Users;
        const qint64 before = exactCount(b, all);
        QVERIFY(before > 0);
        for (Area area : allAreas()) {
            ListRequest request;
            request.area = area;
            request.filters.insert(QStringLiteral("q"), text);
            const Paged paged = pageThrough(b, request, 500);
            QVERIFY2(!paged.error.isError(), qPrintable(describe(paged.error)));
            if (area == Area::Users) {
                // Only rows that literally contain the text match (LIKE wildcards are escaped).
                for (const QVariantList& row : paged.rows) {
                    bool contains = false;
                    for (const QVariant& v : row) {
                        contains = contains || v.toString().contains(text, Qt::CaseInsensitive);
                    }
                    const QString familyFirst = row.value(2).toString() + row.value(3).toString();
                    const QString givenFirst = row.value(3).toString() + QLatin1Char(' ') + row.value(2).toString();
                    contains = contains || familyFirst.contains(text, Qt::CaseInsensitive) ||
                               givenFirst.contains(text, Qt::CaseInsensitive);
                    QVERIFY2(contains, qPrintable(row.value(1).toString()));
                }
            }
        }
        QCOMPARE(exactCount(b, all), before);
        // LIKE's wildcards and escape are matched literally: only the test row "100%_O'Brien\"
        // contains them, and nothing contains "%_%".
        const QHash<QString, int> literalMatches = {{QStringLiteral("%"), 1},
                                                    {QStringLiteral("_"), 1},
                                                    {QStringLiteral("\\"), 1},
                                                    {QStringLiteral("%_%"), 0},
                                                    {QStringLiteral("' OR '1'='1"), 0}};
        if (literalMatches.contains(text)) {
            ListRequest request;
            request.area = Area::Users;
            request.filters.insert(QStringLiteral("q"), text);
            QCOMPARE(exactCount(b, request), qint64(literalMatches.value(text)));
        }
    }

    void invalidRequestsAreRefused_data()
    {
        QTest::addColumn<int>("backend");
        QTest::addColumn<int>("area");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        struct C
        {
            Area area;
            const char* key;
            const char* value;
        };
        const C cases[] = {
            {Area::Users, "no_such_filter", "x"},
            {Area::Payments, "month", "2026-13"},
            {Area::Payments, "month", "2026-1"},
            {Area::Payments, "status", "paid'"},
            {Area::Payments, "method", "cash"},
            {Area::Users, "org", "-1"},
            {Area::Users, "org", "1 OR 1=1"},
            {Area::Users, "from", "yesterday"},
            {Area::Users, "from", "2026-01-01T00:00:00"},
            {Area::KycDocuments, "risk_min", "1000"},
            {Area::Users, "country", "kr"},
            {Area::Users, "active", "yes"},
            {Area::OverdueMembers, "band", "90+"},
            {Area::OverdueMembers, "as_of", "soon"},
            {Area::Users, "q", "tab\there"},
        };
        for (size_t b = 0; b < m_backends.size(); ++b) {
            for (const C& c : cases) {
                QTest::addRow("%s/%s/%s=%s", qPrintable(m_backends[b].name), qPrintable(areaKey(c.area)), c.key,
                              c.value)
                    << int(b) << int(c.area) << QString::fromLatin1(c.key) << QString::fromLatin1(c.value);
            }
        }
    }
    void invalidRequestsAreRefused()
    {
        QFETCH(int, backend);
        QFETCH(int, area);
        QFETCH(QString, key);
        QFETCH(QString, value);
        Backend& b = *m_backends[size_t(backend)].backend;
        ListRequest request;
        request.area = Area(area);
        request.filters.insert(key, value);
        auto page =
            test::await<ListPage>([&](QObject* r, Backend::Callback<ListPage> cb) { b.fetchPage(request, r, cb); });
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, Error::Kind::Invalid);
        QVERIFY(!page.error().message.isEmpty());
    }

    void foreignCursorsAreRefused_data() { addBackendRows(); }
    void foreignCursorsAreRefused()
    {
        QFETCH(int, backend);
        Backend& b = *m_backends[size_t(backend)].backend;
        ListRequest request;
        request.area = Area::Payments;
        request.limit = 5;
        auto first =
            test::await<ListPage>([&](QObject* r, Backend::Callback<ListPage> cb) { b.fetchPage(request, r, cb); });
        QVERIFY(first.ok());
        for (auto mutate : std::initializer_list<std::function<void(ListRequest&)>>{
                 [](ListRequest& r) { r.sortKey = QStringLiteral("amount"); },
                 [](ListRequest& r) { r.area = Area::Users; },
                 [](ListRequest& r) { r.cursor = QStringLiteral("not-a-cursor"); },
                 [](ListRequest& r) { r.cursor = QStringLiteral("eyJhIjoicGF5bWVudHMifQ"); }}) {
            ListRequest next = request;
            next.cursor = first.value().nextCursor;
            mutate(next);
            auto page =
                test::await<ListPage>([&](QObject* r, Backend::Callback<ListPage> cb) { b.fetchPage(next, r, cb); });
            QVERIFY(!page.ok());
            QCOMPARE(page.error().kind, Error::Kind::Invalid);
        }
    }

    void detailsForEveryArea_data()
    {
        QTest::addColumn<int>("backend");
        QTest::addColumn<int>("area");
        for (size_t b = 0; b < m_backends.size(); ++b) {
            for (Area area : allAreas()) {
                QTest::addRow("%s/%s", qPrintable(m_backends[b].name), qPrintable(areaKey(area)))
                    << int(b) << int(area);
            }
        }
    }
    void detailsForEveryArea()
    {
        QFETCH(int, backend);
        QFETCH(int, area);
        Backend& b = *m_backends[size_t(backend)].backend;
        ListRequest request;
        request.area = Area(area);
        request.limit = 3;
        if (request.area == Area::OverdueMembers) {
            request.filters.insert(QStringLiteral("as_of"), kAsOf.toString(Qt::ISODate));
        }
        auto page =
            test::await<ListPage>([&](QObject* r, Backend::Callback<ListPage> cb) { b.fetchPage(request, r, cb); });
        QVERIFY(page.ok());
        QVERIFY(!page.value().rows.isEmpty());
        const qint64 id = page.value().rows.front().front().toLongLong();
        auto detail = test::await<DetailRecord>(
            [&](QObject* r, Backend::Callback<DetailRecord> cb) { b.fetchDetail(request.area, id, r, cb); });
        QVERIFY2(detail.ok(), qPrintable(describe(detail.error())));
        QCOMPARE(detail.value().id, id);
        QVERIFY(detail.value().fields.size() >= 5);
        QVERIFY(!detail.value().title.trimmed().isEmpty());
        // Every section of the record is one the page registry names (and so orders and titles).
        const QStringList sections = pageOf(request.area).detailSections;
        for (const DetailField& field : detail.value().fields) {
            QVERIFY2(sections.contains(field.group),
                     qPrintable(areaKey(request.area) + QLatin1Char(':') + field.group));
        }
        for (const DetailTable& table : detail.value().tables) {
            QVERIFY2(sections.contains(table.key), qPrintable(areaKey(request.area) + QLatin1Char(':') + table.key));
        }
        auto missing = test::await<DetailRecord>(
            [&](QObject* r, Backend::Callback<DetailRecord> cb) { b.fetchDetail(request.area, 987654321, r, cb); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    /// The administration changes behave alike on every backend (through the REST server too):
    /// a missing reason and a stale version are refused with nothing written, an illegal
    /// contract step is refused, and the allowed changes are stored.
    void administrationChangesOnEveryBackend_data() { addBackendRows(); }
    void administrationChangesOnEveryBackend()
    {
        QFETCH(int, backend);
        Backend& b = *m_backends[size_t(backend)].backend;
        const DatabaseUrl url = m_backends[size_t(backend)].database
                                    ? m_backends[size_t(backend)].database->url()
                                    : m_backends[size_t(backend) - 1].database->url(); // rest: the PostgreSQL one
        auto opened = sql::SqlSession::open(url, QStringLiteral("conformance-admin-%1").arg(backend));
        QVERIFY(opened.ok());
        sql::SqlSession& owner = *opened.value();
        const QVector<QVariantList> picked = test::rows(
            owner, QStringLiteral("SELECT pa.id, pa.version, c.id, c.version FROM parents pa JOIN cms_info c ON "
                                  "c.parent_id = pa.id WHERE pa.service_status = 'active' AND c.cms_status = 'active' "
                                  "ORDER BY pa.id LIMIT 1 OFFSET %1")
                       .arg(backend * 3));
        QCOMPARE(picked.size(), 1);
        const qint64 member = picked[0][0].toLongLong();
        const int version = picked[0][1].toInt();
        const qint64 contract = picked[0][2].toLongLong();
        const int contractVersion = picked[0][3].toInt();
        auto call = [&](auto op, auto request) {
            using Op = decltype(op);
            return test::await<Done>([&](QObject* r, Backend::Callback<Done> cb) { b.call<Op>(request, r, cb); });
        };
        const qint64 audits = test::value(owner, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
        QCOMPARE(call(ops::ChangeMemberService{}, MemberServiceChange{member, version, QStringLiteral("paused"), {}})
                     .error()
                     .kind,
                 Error::Kind::Invalid);
        QCOMPARE(call(ops::ChangeMemberService{},
                      MemberServiceChange{member, version + 7, QStringLiteral("paused"), QStringLiteral("why")})
                     .error()
                     .kind,
                 Error::Kind::Conflict);
        QCOMPARE(call(ops::ChangeContractStatus{},
                      ContractStatusChange{contract, contractVersion, QStringLiteral("pending_registration"),
                                           QStringLiteral("why")})
                     .error()
                     .kind,
                 Error::Kind::Invalid);
        QCOMPARE(test::value(owner, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), audits);
        auto paused = call(ops::ChangeMemberService{},
                           MemberServiceChange{member, version, QStringLiteral("paused"), QStringLiteral("holiday")});
        QVERIFY2(paused.ok(), qPrintable(describe(paused.error())));
        auto suspended = call(ops::ChangeContractStatus{},
                              ContractStatusChange{contract, contractVersion, QStringLiteral("suspended"),
                                                   QStringLiteral("account changes")});
        QVERIFY2(suspended.ok(), qPrintable(describe(suspended.error())));
        auto detail = test::await<DetailRecord>(
            [&](QObject* r, Backend::Callback<DetailRecord> cb) { b.fetchDetail(Area::Members, member, r, cb); });
        QVERIFY(detail.ok());
        QCOMPARE(detail.value().field(QStringLiteral("service_status")).toString(), QStringLiteral("paused"));
        QCOMPARE(detail.value().field(QStringLiteral("cms_status")).toString(), QStringLiteral("suspended"));
        QCOMPARE(test::value(owner, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), audits + 2);

        // Enrolment, a child added and corrected: the same answers on every backend.
        MemberDraft draft;
        draft.lastName = QStringLiteral("정");
        draft.firstName = QStringLiteral("유나");
        draft.email = QStringLiteral("yuna.jung.%1@example.kr").arg(backend);
        draft.institutionId = test::value(owner, QStringLiteral("SELECT MIN(id) FROM organizations WHERE org_type = "
                                                                "'institution' AND is_active"))
                                  .toLongLong();
        draft.childName = QStringLiteral("정하은");
        draft.reason = QStringLiteral("enrolment form");
        auto enrol = [&](const MemberDraft& d) {
            return test::await<CreatedMember>(
                [&](QObject* r, Backend::Callback<CreatedMember> cb) { b.call<ops::CreateMember>(d, r, cb); });
        };
        MemberDraft badPhone = draft;
        badPhone.phone = QStringLiteral("12345");
        const Error refused = enrol(badPhone).error();
        QCOMPARE(refused.kind, Error::Kind::Invalid);
        QVERIFY2(refused.message.contains(QLatin1String("010-1234-5678")), qPrintable(refused.message));
        auto made = enrol(draft);
        QVERIFY2(made.ok(), qPrintable(describe(made.error())));
        QVERIFY(made.value().memberId > 0 && made.value().childId > 0);
        QVERIFY(enrol(draft).error().message.contains(QStringLiteral("user #%1").arg(made.value().userId)));
        auto added = test::await<CreatedMember>([&](QObject* r, Backend::Callback<CreatedMember> cb) {
            b.call<ops::AddChild>(ChildEdit{0, made.value().memberId, 0, QStringLiteral("정하준"), QDate(2022, 8, 1),
                                            QString(), true, QStringLiteral("sibling")},
                                  r, cb);
        });
        QVERIFY2(added.ok(), qPrintable(describe(added.error())));
        const qint64 childId = added.value().childId;
        QVERIFY(childId > 0);
        auto child = [&](int v) {
            return ChildEdit{childId,           made.value().memberId,    v,     QStringLiteral("정하준"),
                             QDate(2022, 8, 1), QStringLiteral("별님반"), false, QStringLiteral("moved away")};
        };
        QCOMPARE(call(ops::UpdateChild{}, child(9)).error().kind, Error::Kind::Conflict);
        auto left = call(ops::UpdateChild{}, child(1));
        QVERIFY2(left.ok(), qPrintable(describe(left.error())));
        auto enrolled = test::await<DetailRecord>([&](QObject* r, Backend::Callback<DetailRecord> cb) {
            b.fetchDetail(Area::Members, made.value().memberId, r, cb);
        });
        QVERIFY(enrolled.ok());
        QCOMPARE(enrolled.value().title, QStringLiteral("정유나"));
        bool found = false;
        for (const DetailTable& table : enrolled.value().tables) {
            if (table.key == QLatin1String("children")) {
                QCOMPARE(table.rows.size(), 2);
                found = true;
            }
        }
        QVERIFY(found);

        // A contract registered for the new member, then its account changed: sealed the same way
        // on every backend (it opens with the one key for its contract id).
        ContractTerms terms;
        terms.memberId = made.value().memberId;
        terms.bankCode = QStringLiteral("020");
        terms.accountHolder = QStringLiteral("정유나");
        terms.accountNumber = QStringLiteral("1002-345-678901");
        terms.paymentDay = 12;
        terms.monthlyAmount = 165000;
        terms.reason = QStringLiteral("CMS form");
        ContractTerms badDay = terms;
        badDay.paymentDay = 30;
        auto registerTerms = [&](const ContractTerms& t) {
            return test::await<RegisteredContract>(
                [&](QObject* r, Backend::Callback<RegisteredContract> cb) { b.call<ops::RegisterContract>(t, r, cb); });
        };
        QCOMPARE(registerTerms(badDay).error().kind, Error::Kind::Invalid);
        auto registered = registerTerms(terms);
        QVERIFY2(registered.ok(), qPrintable(describe(registered.error())));
        terms.id = registered.value().id;
        terms.version = 1;
        terms.accountNumber = QStringLiteral("1002-999-000111");
        auto changed = call(ops::ChangeContractTerms{}, terms);
        QVERIFY2(changed.ok(), qPrintable(describe(changed.error())));
        const QVariantList sealed = test::rows(owner, QStringLiteral("SELECT contract_id, account_number_enc, "
                                                                     "account_last4 FROM cms_info WHERE id = %1")
                                                          .arg(terms.id))
                                        .value(0);
        QCOMPARE(sealed.value(2).toString(), QStringLiteral("0111"));
        auto cipher = FieldCipher::fromKeyFile(keyFile());
        QVERIFY(cipher.ok());
        QCOMPARE(cipher.value()
                     .open(sealed.value(1).toByteArray(),
                           QByteArray("cms_info.account_number:") + sealed.value(0).toString().toUtf8())
                     .value(),
                 QByteArray("1002999000111"));
    }

    void organizationTree_data() { addBackendRows(); }
    void organizationTree()
    {
        QFETCH(int, backend);
        Backend& b = *m_backends[size_t(backend)].backend;
        auto orgs = test::await<QVector<Organization>>(
            [&](QObject* r, Backend::Callback<QVector<Organization>> cb) { b.fetchOrganizations(r, cb); });
        QVERIFY(orgs.ok());
        QCOMPARE(orgs.value().size(), 447); // 1 HQ + 6 regions + 40 centers + 400 institutions
        QSet<qint64> seen;
        int centers = 0;
        for (const Organization& org : orgs.value()) {
            QVERIFY(org.parentId == 0 || seen.contains(org.parentId)); // parents first
            seen.insert(org.id);
            centers += org.type == QLatin1String("center");
        }
        QCOMPARE(centers, 40);
    }

    /// The organisation tree, fee rates and staff administration answer the same on every
    /// backend: a bad code and month refused, an institution made and moved, a rate recorded, a
    /// staff member added, changed and given a server password, a bank holiday added (a Saturday
    /// refused) and withdrawn.
    void treeAndStaffOnEveryBackend_data() { addBackendRows(); }
    void treeAndStaffOnEveryBackend()
    {
        QFETCH(int, backend);
        Backend& b = *m_backends[size_t(backend)].backend;
        const DatabaseUrl url = m_backends[size_t(backend)].database ? m_backends[size_t(backend)].database->url()
                                                                     : m_backends[size_t(backend) - 1].database->url();
        auto opened = sql::SqlSession::open(url, QStringLiteral("conformance-tree-%1").arg(backend));
        QVERIFY(opened.ok());
        sql::SqlSession& owner = *opened.value();
        const qint64 center =
            test::value(owner, QStringLiteral("SELECT MIN(id) FROM organizations WHERE org_type = 'center'"))
                .toLongLong();
        const qint64 otherCenter =
            test::value(owner, QStringLiteral("SELECT MAX(id) FROM organizations WHERE org_type = 'center'"))
                .toLongLong();
        const qint64 hq =
            test::value(owner, QStringLiteral("SELECT id FROM organizations WHERE parent_id IS NULL")).toLongLong();
        auto done = [&](auto op, auto request) {
            using Op = decltype(op);
            return test::await<Done>([&](QObject* r, Backend::Callback<Done> cb) { b.call<Op>(request, r, cb); });
        };
        auto create = [&](const OrganizationDraft& d) {
            return test::await<CreatedOrganization>([&](QObject* r, Backend::Callback<CreatedOrganization> cb) {
                b.call<ops::CreateOrganization>(d, r, cb);
            });
        };
        QCOMPARE(create(OrganizationDraft{center, QStringLiteral("bad code"), QStringLiteral("x"), QStringLiteral("r")})
                     .error()
                     .kind,
                 Error::Kind::Invalid);
        auto made = create(OrganizationDraft{center, QStringLiteral("I-CONF-%1").arg(backend),
                                             QStringLiteral("적합성 어린이집"), QStringLiteral("conformance")});
        QVERIFY2(made.ok(), qPrintable(describe(made.error())));
        QCOMPARE(made.value().orgType, QStringLiteral("institution"));
        auto moved =
            done(ops::ChangeOrganization{},
                 OrganizationChange{
                     made.value().id, 1, QStringLiteral("move"), {}, QStringLiteral("conformance"), otherCenter});
        QVERIFY2(moved.ok(), qPrintable(describe(moved.error())));
        QCOMPARE(
            test::value(owner, QStringLiteral("SELECT parent_id FROM organizations WHERE id = %1").arg(made.value().id))
                .toLongLong(),
            otherCenter);
        QCOMPARE(done(ops::SetFeeRate{}, FeeRateChange{center, QStringLiteral("2030-1"), 300, QStringLiteral("r")})
                     .error()
                     .kind,
                 Error::Kind::Invalid);
        auto rate = done(ops::SetFeeRate{},
                         FeeRateChange{center, QStringLiteral("2030-%1").arg(backend + 1, 2, 10, QLatin1Char('0')), 333,
                                       QStringLiteral("conformance")});
        QVERIFY2(rate.ok(), qPrintable(describe(rate.error())));
        // Retry policies (docs/DOMAIN.md, "Retry policy"): past 15 banking days refused alike,
        // one in range recorded and in force for the center's detail.
        const Error tooLong = done(ops::SetRetryPolicy{}, RetryPolicyChange{center, 3, 6, QStringLiteral("r")}).error();
        QCOMPARE(tooLong.kind, Error::Kind::Invalid);
        QVERIFY2(tooLong.message.contains(QLatin1String("15")), qPrintable(tooLong.message));
        auto policy =
            done(ops::SetRetryPolicy{}, RetryPolicyChange{center, 1, 4 + backend, QStringLiteral("conformance")});
        QVERIFY2(policy.ok(), qPrintable(describe(policy.error())));
        QCOMPARE(test::value(owner, QStringLiteral("SELECT interval_days FROM debit_retry_policies WHERE "
                                                   "organization_id = %1 ORDER BY id DESC LIMIT 1")
                                        .arg(center))
                     .toInt(),
                 4 + backend);

        // Bank holidays: a Saturday refused alike, a Tuesday of each backend's own added and withdrawn.
        auto addHoliday = [&](const BankHolidayDraft& d) {
            return test::await<CreatedBankHoliday>(
                [&](QObject* r, Backend::Callback<CreatedBankHoliday> cb) { b.call<ops::AddBankHoliday>(d, r, cb); });
        };
        const Error saturday =
            addHoliday(BankHolidayDraft{QDate(2030, 3, 2), QStringLiteral("x"), QStringLiteral("r")}).error();
        QCOMPARE(saturday.kind, Error::Kind::Invalid);
        QVERIFY2(saturday.message.contains(QLatin1String("2030-03-02")), qPrintable(saturday.message));
        const QDate tuesday = QDate(2030, 3, 5).addDays(7 * backend);
        auto holiday =
            addHoliday(BankHolidayDraft{tuesday, QStringLiteral("적합성 휴무일"), QStringLiteral("conformance")});
        QVERIFY2(holiday.ok(), qPrintable(describe(holiday.error())));
        QVERIFY(done(ops::SetBankHolidayActive{}, BankHolidayChange{holiday.value().id, false, QStringLiteral("wrong")})
                    .ok());
        QCOMPARE(
            test::value(owner, QStringLiteral("SELECT active FROM bank_holidays WHERE id = %1").arg(holiday.value().id))
                .toBool(),
            false);
        QCOMPARE(
            done(ops::SetBankHolidayActive{}, BankHolidayChange{holiday.value().id, false, QStringLiteral("again")})
                .error()
                .kind,
            Error::Kind::Invalid);

        const QString login = QStringLiteral("conf_staff_%1_%2")
                                  .arg(backend)
                                  .arg(url.database.right(8).toLower().remove(QLatin1Char('-')));
        if (url.dialect == Dialect::PostgreSQL) {
            m_madeLogins << login;
        }
        auto added = test::await<CreatedStaff>([&](QObject* r, Backend::Callback<CreatedStaff> cb) {
            b.call<ops::AddStaff>(StaffDraft{login, QStringLiteral("적합성 감사"), QStringLiteral("auditor"), hq,
                                             QString(), QStringLiteral("a conformance passphrase"),
                                             QStringLiteral("conformance")},
                                  r, cb);
        });
        QVERIFY2(added.ok(), qPrintable(describe(added.error())));
        const qint64 id = added.value().id;
        auto staffVersion = [&]() {
            return test::value(owner, QStringLiteral("SELECT version FROM staff WHERE id = %1").arg(id)).toInt();
        };
        auto changed = done(ops::ChangeStaff{}, StaffEdit{id, staffVersion(), QString(), QStringLiteral("kyc_reviewer"),
                                                          hq, QStringLiteral("conformance")});
        QVERIFY2(changed.ok(), qPrintable(describe(changed.error())));
        QCOMPARE(test::value(owner, QStringLiteral("SELECT role FROM staff WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("kyc_reviewer"));
        QCOMPARE(done(ops::SetServerPassword{},
                      StaffPassword{id, staffVersion(), QStringLiteral("short"), QStringLiteral("conformance")})
                     .error()
                     .kind,
                 Error::Kind::Invalid);
        auto reset =
            done(ops::SetServerPassword{}, StaffPassword{id, staffVersion(), QStringLiteral("another passphrase"),
                                                         QStringLiteral("conformance")});
        QVERIFY2(reset.ok(), qPrintable(describe(reset.error())));
    }

    /// Users, member edits and manual credits answer the same on every backend: a user
    /// deactivated and reactivated, a member's phone corrected (a malformed one refused), a small
    /// credit credited at once and a large one waiting until rejected, the four-eyes limit read
    /// and changed (a stale version refused), and a staff login deactivated and reactivated.
    void usersEditsAndCreditsOnEveryBackend_data() { addBackendRows(); }
    void usersEditsAndCreditsOnEveryBackend()
    {
        QFETCH(int, backend);
        Backend& b = *m_backends[size_t(backend)].backend;
        const DatabaseUrl url = m_backends[size_t(backend)].database ? m_backends[size_t(backend)].database->url()
                                                                     : m_backends[size_t(backend) - 1].database->url();
        auto opened = sql::SqlSession::open(url, QStringLiteral("conformance-users-%1").arg(backend));
        QVERIFY(opened.ok());
        sql::SqlSession& owner = *opened.value();
        auto done = [&](auto op, auto request) {
            using Op = decltype(op);
            return test::await<Done>([&](QObject* r, Backend::Callback<Done> cb) { b.call<Op>(request, r, cb); });
        };
        const QVariantList user = test::rows(owner, QStringLiteral("SELECT u.id, u.version, pa.id, pa.version, "
                                                                   "pa.organization_id, u.last_name, u.first_name, "
                                                                   "u.email FROM users u JOIN parents pa ON pa.user_id "
                                                                   "= u.id WHERE u.is_active ORDER BY u.id LIMIT 1 "
                                                                   "OFFSET %1")
                                                        .arg(20 + backend))
                                      .value(0);
        QVERIFY(!user.isEmpty());
        const qint64 userId = user.value(0).toLongLong();
        auto off = done(ops::SetUserActive{},
                        UserActivation{userId, user.value(1).toInt(), false, QStringLiteral("conformance")});
        QVERIFY2(off.ok(), qPrintable(describe(off.error())));
        QCOMPARE(done(ops::SetUserActive{},
                      UserActivation{userId, user.value(1).toInt(), true, QStringLiteral("conformance")})
                     .error()
                     .kind,
                 Error::Kind::Conflict);
        QVERIFY(done(ops::SetUserActive{},
                     UserActivation{userId, user.value(1).toInt() + 1, true, QStringLiteral("conformance")})
                    .ok());

        MemberEdit edit{user.value(2).toLongLong(), user.value(3).toInt(),        user.value(5).toString(),
                        user.value(6).toString(),   QStringLiteral("010-12"),     user.value(7).toString(),
                        user.value(4).toLongLong(), QStringLiteral("conformance")};
        QCOMPARE(done(ops::UpdateMember{}, edit).error().kind, Error::Kind::Invalid);
        edit.phone = QStringLiteral("010-4242-%1").arg(4200 + backend);
        auto edited = done(ops::UpdateMember{}, edit);
        QVERIFY2(edited.ok(), qPrintable(describe(edited.error())));
        QCOMPARE(test::value(owner, QStringLiteral("SELECT phone FROM users WHERE id = %1").arg(userId)).toString(),
                 edit.phone);

        auto settings = test::await<CreditSettings>([&](QObject* r, Backend::Callback<CreditSettings> cb) {
            b.call<ops::FetchCreditSettings>(ops::NoInput{}, r, cb);
        });
        QVERIFY2(settings.ok(), qPrintable(describe(settings.error())));
        auto credit = [&](qint64 sats) {
            return test::await<ManualCreditResult>([&](QObject* r, Backend::Callback<ManualCreditResult> cb) {
                b.call<ops::RequestManualCredit>(ManualCreditRequest{userId, sats, QStringLiteral("conformance")}, r,
                                                 cb);
            });
        };
        QCOMPARE(credit(0).error().kind, Error::Kind::Invalid);
        auto small = credit(1000);
        QVERIFY2(small.ok(), qPrintable(describe(small.error())));
        QCOMPARE(small.value().status, QStringLiteral("approved"));
        QVERIFY(small.value().creditId > 0);
        auto large = credit(settings.value().fourEyesSats + 1);
        QVERIFY2(large.ok(), qPrintable(describe(large.error())));
        QCOMPARE(large.value().status, QStringLiteral("pending"));
        auto rejected = done(ops::DecideCreditRequest{},
                             CreditDecision{large.value().requestId, 1, false, QStringLiteral("not agreed")});
        QVERIFY2(rejected.ok(), qPrintable(describe(rejected.error())));
        QCOMPARE(
            test::value(owner,
                        QStringLiteral("SELECT status FROM credit_requests WHERE id = %1").arg(large.value().requestId))
                .toString(),
            QStringLiteral("rejected"));
        CreditSettings raised = settings.value();
        raised.fourEyesSats += 1;
        raised.reason = QStringLiteral("conformance");
        raised.version += 5;
        QCOMPARE(test::await<CreditSettings>([&](QObject* r, Backend::Callback<CreditSettings> cb) {
                     b.call<ops::SetCreditSettings>(raised, r, cb);
                 })
                     .error()
                     .kind,
                 Error::Kind::Conflict);
        raised.version -= 5;
        auto set = test::await<CreditSettings>(
            [&](QObject* r, Backend::Callback<CreditSettings> cb) { b.call<ops::SetCreditSettings>(raised, r, cb); });
        QVERIFY2(set.ok(), qPrintable(describe(set.error())));
        QCOMPARE(set.value().fourEyesSats, raised.fourEyesSats);

        // A staff login made by the tree case: deactivated, then reactivated.
        const QVariantList staff =
            test::rows(owner,
                       QStringLiteral("SELECT id, version FROM staff WHERE login LIKE 'conf_staff_%1_%'").arg(backend))
                .value(0);
        QVERIFY2(!staff.isEmpty(), "the tree case's staff member");
        auto leave = done(ops::SetStaffActive{}, StaffActivation{staff.value(0).toLongLong(), staff.value(1).toInt(),
                                                                 false, QStringLiteral("conformance")});
        QVERIFY2(leave.ok(), qPrintable(describe(leave.error())));
        auto back = done(ops::SetStaffActive{}, StaffActivation{staff.value(0).toLongLong(), staff.value(1).toInt() + 1,
                                                                true, QStringLiteral("conformance")});
        QVERIFY2(back.ok(), qPrintable(describe(back.error())));
        QVERIFY(test::value(
                    owner, QStringLiteral("SELECT is_active FROM staff WHERE id = %1").arg(staff.value(0).toLongLong()))
                    .toBool());
    }

    /// Coded debit results (docs/DOMAIN.md, "Coded debit results") through every backend: the
    /// reason codes reach the console with the candidates, and applying an insufficient-funds
    /// line and a mandate-revoked line leaves one payment to retry and suspends one contract.
    void codedResultsOnEveryBackend_data() { addBackendRows(); }
    void codedResultsOnEveryBackend()
    {
        QFETCH(int, backend);
        Backend& b = *m_backends[size_t(backend)].backend;
        const DatabaseUrl url = m_backends[size_t(backend)].database ? m_backends[size_t(backend)].database->url()
                                                                     : m_backends[size_t(backend) - 1].database->url();
        auto opened = sql::SqlSession::open(url, QStringLiteral("conformance-codes-%1").arg(backend));
        QVERIFY(opened.ok());
        sql::SqlSession& owner = *opened.value();
        const QString month = kAsOf.toString(QStringLiteral("yyyy-MM"));
        const auto owed = test::rows(owner, QStringLiteral("SELECT ctr.id, c.contract_id, p.amount, p.id, c.id FROM "
                                                           "payments p JOIN organizations i ON i.id = "
                                                           "p.organization_id JOIN organizations ctr ON ctr.id = "
                                                           "i.parent_id JOIN cms_info c ON c.parent_id = p.parent_id "
                                                           "WHERE p.payment_month = '%1' AND p.status = 'pending' AND "
                                                           "c.cms_status = 'active' ORDER BY ctr.id, p.id")
                                                .arg(month));
        QVERIFY(owed.size() >= 2);
        // Two debits of one center.
        QVariantList retried;
        QVariantList revoked;
        for (int k = 1; k < owed.size() && revoked.isEmpty(); ++k) {
            if (owed[k][0].toLongLong() == owed[k - 1][0].toLongLong()) {
                retried = owed[k - 1];
                revoked = owed[k];
            }
        }
        QVERIFY(!revoked.isEmpty());
        const QString text = QStringLiteral("date,contract,amount,result\n%1,%2,%3,0001\n%1,%4,%5,2001\n")
                                 .arg(kAsOf.toString(Qt::ISODate), retried[1].toString())
                                 .arg(retried[2].toLongLong())
                                 .arg(revoked[1].toString())
                                 .arg(revoked[2].toLongLong());
        auto parsed = parseStatement(text.toUtf8(), QStringLiteral("codes-%1.csv").arg(backend));
        QVERIFY(parsed.ok());
        const Statement st = parsed.value();
        const qint64 center = retried[0].toLongLong();
        auto candidates = test::await<ReconciliationCandidates>([&](QObject* r, auto done) {
            b.fetchReconciliationCandidates(
                ReconciliationQuery{center, st.candidateMonths(), st.sha256, st.providerTids()}, r, done);
        });
        QVERIFY2(candidates.ok(), qPrintable(describe(candidates.error())));
        QCOMPARE(candidates.value().reasonCodes.size(),
                 test::value(owner, QStringLiteral("SELECT COUNT(*) FROM debit_reason_codes")).toInt());
        QCOMPARE(int(debitReasonFor(candidates.value().reasonCodes, QStringLiteral("2001")).action),
                 int(DebitAction::Suspend));
        const auto matches = matchStatement(st.lines, candidates.value().expected, candidates.value().appliedTids);
        auto applied = test::await<ReconciliationOutcome>([&](QObject* r, auto done) {
            b.applyReconciliation(ReconciliationApply{center, st, matches, candidates.value().expected}, r, done);
        });
        QVERIFY2(applied.ok(), qPrintable(describe(applied.error())));
        QCOMPARE(applied.value().failed, 2);
        QCOMPARE(applied.value().retry, 1);
        QCOMPARE(applied.value().suspended, 1);
        QCOMPARE(applied.value().accountUpdates, 0);
        QCOMPARE(applied.value().manual, 0);
        QCOMPARE(
            test::value(owner,
                        QStringLiteral("SELECT failure_code FROM payments WHERE id = %1").arg(retried[3].toLongLong()))
                .toString(),
            QStringLiteral("0001"));
        QCOMPARE(
            test::value(owner,
                        QStringLiteral("SELECT cms_status FROM cms_info WHERE id = %1").arg(revoked[4].toLongLong()))
                .toString(),
            QStringLiteral("suspended"));
        QCOMPARE(
            test::value(owner,
                        QStringLiteral("SELECT cms_status FROM cms_info WHERE id = %1").arg(retried[4].toLongLong()))
                .toString(),
            QStringLiteral("active"));
    }

    void cancelledRequestsReportCancelled_data() { addBackendRows(); }
    void cancelledRequestsReportCancelled()
    {
        QFETCH(int, backend);
        Backend& b = *m_backends[size_t(backend)].backend;
        ListRequest request;
        request.area = Area::Payments;
        std::optional<Result<ListPage>> out;
        QObject receiver;
        // Queue several, cancel the last before the lane reaches it.
        for (int i = 0; i < 3; ++i) {
            b.fetchPage(request, &receiver, [](const Result<ListPage>&) {});
        }
        const auto id = b.fetchPage(request, &receiver, [&out](const Result<ListPage>& r) { out = r; });
        b.cancel(id);
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        QVERIFY(!out->ok());
        QCOMPARE(out->error().kind, Error::Kind::Cancelled);
    }

    void resultsForADestroyedReceiverAreDropped_data() { addBackendRows(); }
    void resultsForADestroyedReceiverAreDropped()
    {
        QFETCH(int, backend);
        Backend& b = *m_backends[size_t(backend)].backend;
        bool called = false;
        {
            QObject receiver;
            ListRequest request;
            request.area = Area::Users;
            b.fetchPage(request, &receiver, [&called](const Result<ListPage>&) { called = true; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(b.pendingCount(), 0, 10000);
        QVERIFY(!called);
    }

    void emptyAndForeignDatabasesAreRefused_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("sqlite") << int(Dialect::SQLite);
        QTest::newRow("postgresql") << int(Dialect::PostgreSQL);
    }
    void emptyAndForeignDatabasesAreRefused()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        {
            sql::SqlBackend backend(db->url());
            auto info = test::await<ConnectionInfo>(
                [&](QObject* r, Backend::Callback<ConnectionInfo> cb) { backend.open(r, cb); });
            QVERIFY(!info.ok());
            QCOMPARE(info.error().kind, Error::Kind::EmptyDatabase);
            QVERIFY(info.error().message.contains(QStringLiteral("--init-db")));
        }
        {
            auto s = sql::SqlSession::open(db->url(), QStringLiteral("foreign"));
            QVERIFY(s.ok());
            QSqlQuery q(s.value()->database());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT)")));
        }
        sql::SqlBackend backend(db->url());
        auto info =
            test::await<ConnectionInfo>([&](QObject* r, Backend::Callback<ConnectionInfo> cb) { backend.open(r, cb); });
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, Error::Kind::NotPaydesk);
        // and nothing was changed: still only the one foreign table
        auto s = sql::SqlSession::open(db->url(), QStringLiteral("foreign-check"));
        QVERIFY(s.ok());
        auto state = sql::Migrator::inspect(*s.value());
        QVERIFY(state.ok());
        QCOMPARE(state.value().kind, sql::SchemaState::Kind::Foreign);
        QCOMPARE(state.value().foreignTables, QStringList{QStringLiteral("invoices")});
    }

    void unreachableServerIsReportedAndTheBackendRecovers()
    {
        // A port where nothing listens: the open fails with a clear message, and a later request
        // tries again instead of leaving the backend stuck.
        auto url = DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"));
        QVERIFY(url);
        sql::SqlBackend backend(*url);
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto info = test::await<ConnectionInfo>(
                [&](QObject* r, Backend::Callback<ConnectionInfo> cb) { backend.open(r, cb); });
            QVERIFY(!info.ok());
            QCOMPARE(info.error().kind, Error::Kind::Connection);
            QVERIFY(info.error().message.contains(QStringLiteral("127.0.0.1:1")));
        }
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
