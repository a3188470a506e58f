// Indexed search and sort keys (migration 023, docs/ARCHITECTURE.md "Search and sort at scale")
// against brute force, on real PostgreSQL and SQLite over the demo data: for a fixed set of
// searches (Hangul and Latin names, e-mail parts, phone digits, transaction ids, institution
// names, no match, two characters, LIKE wildcards) and every sort by a joined column, the lists
// return exactly the rows and order of a query that joins the tables and tests every column with
// ILIKE (LIKE on SQLite), the old way; the plans use the trigram indexes, FTS5 tables and sort-key
// indexes; and the copied sort keys and search texts follow renamed members, institutions,
// contracts and new payments.

#include "Pages.h"
#include "TestSupport.h"
#include "sql/SqlExpr.h"
#include "sql/SqlLists.h"
#include "sql/SqlSession.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace pd;
using namespace pd::sql;

namespace {
const QDate kAsOf(2026, 10, 15);

ListRequest request(Area area, const QString& text = QString(), const QString& sortKey = QString(),
                    bool descending = false)
{
    ListRequest r;
    r.area = area;
    if (!text.isEmpty()) {
        r.filters.insert(QStringLiteral("q"), text);
    }
    r.sortKey = sortKey;
    r.descending = descending;
    return r;
}

/// How the list looked before migration 023: the joins, the searched expressions and the
/// joined sort columns, written here independently of the list catalog.
struct BruteArea
{
    Area area;
    const char* from;
    const char* id;
    std::vector<const char*> searched;
    /// (column key, sort expression with NULLs as the list sorts them)
    std::vector<std::pair<const char*, const char*>> sorts;
};

const QVector<BruteArea>& bruteAreas()
{
    static const QVector<BruteArea> areas = {
        {Area::Users,
         "users u LEFT JOIN organizations o ON o.id = u.organization_id",
         "u.id",
         {"u.email", "u.first_name", "u.last_name", "u.phone", "u.last_name || u.first_name",
          "u.first_name || ' ' || u.last_name"},
         {{"organization", "COALESCE(o.name, '')"}, {"email", "u.email"}}},
        {Area::KycDocuments,
         "kyc_documents k JOIN users u ON u.id = k.user_id",
         "k.id",
         {"k.full_name", "u.email", "k.document_number_masked"},
         {{"email", "u.email"}}},
        {Area::Invoices,
         "invoices i LEFT JOIN organizations o ON o.id = i.organization_id LEFT JOIN users u ON u.id = i.user_id",
         "i.id",
         {"i.address", "i.username", "i.description", "i.tx_hash", "u.email"},
         {{"organization", "COALESCE(o.name, '')"}}},
        {Area::Payments,
         "payments p JOIN parents pa ON pa.id = p.parent_id JOIN users u ON u.id = pa.user_id "
         "JOIN organizations o ON o.id = p.organization_id",
         "p.id",
         {PD_SQL_MEMBER_NAME, "u.phone", "p.tid", "p.order_id", "o.name"},
         {{"member", PD_SQL_MEMBER_NAME}, {"institution", "o.name"}}},
        {Area::Settlements,
         "settlements s JOIN organizations o ON o.id = s.organization_id",
         "s.id",
         {"o.name", "o.code"},
         {{"center", "o.name"}}},
        {Area::Members,
         "parents pa JOIN users u ON u.id = pa.user_id JOIN organizations o ON o.id = pa.organization_id "
         "LEFT JOIN cms_info c ON c.parent_id = pa.id",
         "pa.id",
         {PD_SQL_MEMBER_NAME, "u.phone", "u.email", "c.contract_id"},
         {{"member", PD_SQL_MEMBER_NAME},
          {"phone", "COALESCE(u.phone, '')"},
          {"email", "u.email"},
          {"institution", "o.name"},
          {"cms_status", "COALESCE(c.cms_status, '')"},
          {"payment_day", "COALESCE(c.payment_day, 0)"},
          {"monthly_amount", "COALESCE(c.monthly_amount, 0)"}}},
        {Area::Wallets,
         "wallets w JOIN users u ON u.id = w.user_id",
         "w.id",
         {"u.email", "w.wallet_address", "w.circle_wallet_id"},
         {{"email", "u.email"}}},
        {Area::Transactions,
         "transactions t JOIN users u ON u.id = t.user_id",
         "t.id",
         {"t.transaction_id", "t.transaction_hash", "u.email", "t.merchant_name", "t.qr_code_id"},
         {{"email", "u.email"}}},
        {Area::Organizations, "organizations o", "o.id", {"o.name", "o.code"}, {}},
        {Area::Staff, "staff_directory s", "s.id", {"s.login", "s.display_name"}, {}},
        {Area::AuditLog, "audit_log a", "a.id", {"a.actor", "a.action", "a.entity", "a.reason"}, {}},
        {Area::CreditRequests,
         "credit_requests r JOIN users u ON u.id = r.user_id",
         "r.id",
         {"u.email", "r.reason", "r.requested_by"},
         {}},
    };
    return areas;
}

/// Ids of `b`'s rows matching `text` (empty: all rows) in the order of `sortExpr` (empty: id).
/// `extra`: a further condition with its values bound after the search's (a test's own SQL).
QVector<qint64> bruteIds(SqlSession& s, const BruteArea& b, const QString& text, const QString& sortExpr,
                         bool descending, const QString& extra = QString(), const QVariantList& extraValues = {})
{
    const bool pg = s.dialect() == Dialect::PostgreSQL;
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (!text.isEmpty()) {
        QStringList tests;
        for (const char* e : b.searched) {
            tests << QStringLiteral("%1 %2 ? ESCAPE '\\'")
                         .arg(QLatin1String(e), pg ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"));
        }
        where += QStringLiteral(" AND (") + tests.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!extra.isEmpty()) {
        where += QStringLiteral(" AND ") + extra;
    }
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString order = sortExpr.isEmpty()
                              ? QString(QLatin1String(b.id) + dir)
                              : QString(sortExpr + dir + QStringLiteral(", ") + QLatin1String(b.id) + dir);
    QSqlQuery q(s.database());
    q.prepare(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                  .arg(QLatin1String(b.id), QLatin1String(b.from), where, order));
    for (int i = 0; i < (text.isEmpty() ? 0 : int(b.searched.size())); ++i) {
        q.addBindValue(likeContainsPattern(text));
    }
    for (const QVariant& value : extraValues) {
        q.addBindValue(value);
    }
    QVector<qint64> ids;
    if (!q.exec()) {
        qWarning() << "brute force failed:" << q.lastError().text() << q.lastQuery();
        return {-1};
    }
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    return ids;
}

/// Ids the list gives for `text` sorted by `sortKey`, paged through in pages of 97.
QVector<qint64> listIds(SqlSession& s, Area area, const QString& text, const QString& sortKey, bool descending,
                        QString* error, const QMap<QString, QString>& filters = {})
{
    ListRequest r = request(area, text, sortKey, descending);
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        r.filters.insert(it.key(), it.value());
    }
    r.limit = 97;
    QVector<qint64> ids;
    for (int pages = 0; pages < 10000; ++pages) {
        auto page = listPage(s, r);
        if (!page.ok()) {
            *error = page.error().message + QLatin1Char(' ') + page.error().detail;
            return ids;
        }
        for (const QVariantList& row : page.value().rows) {
            ids << row.front().toLongLong();
        }
        if (page.value().nextCursor.isEmpty()) {
            break;
        }
        r.cursor = page.value().nextCursor;
    }
    return ids;
}

QString one(SqlSession& s, const QString& sql)
{
    return test::value(s, sql).toString();
}

/// Search texts taken from the demo data of `s`, and the fixed hard cases.
QStringList searchTexts(SqlSession& s)
{
    QStringList texts;
    const QString substr = QStringLiteral("substr"); // the same function in both dialects
    texts << one(s, QStringLiteral("SELECT last_name || first_name FROM users WHERE country_code = 'KR' ORDER BY id "
                                   "LIMIT 1 OFFSET 40")) // a whole Hangul name, family name first
          << one(s, QStringLiteral("SELECT first_name FROM users WHERE country_code = 'KR' ORDER BY id LIMIT 1 "
                                   "OFFSET 41")) // a given name
          << one(s, QStringLiteral("SELECT first_name || ' ' || last_name FROM users WHERE country_code <> 'KR' "
                                   "ORDER BY id LIMIT 1 OFFSET 3")) // a Latin full name
          << one(s, QStringLiteral("SELECT upper(first_name) FROM users WHERE country_code <> 'KR' ORDER BY id "
                                   "LIMIT 1 OFFSET 5")) // case differs
          << one(s, QStringLiteral("SELECT %1(email, 1, 6) FROM users ORDER BY id LIMIT 1 OFFSET 77").arg(substr))
          << QStringLiteral("example.kr")
          << one(s, QStringLiteral("SELECT %1(phone, length(phone) - 3, 4) FROM users WHERE phone IS NOT NULL "
                                   "ORDER BY id LIMIT 1 OFFSET 9")
                        .arg(substr)) // four phone digits
          << one(s, QStringLiteral("SELECT %1(tid, 5, 9) FROM payments WHERE tid IS NOT NULL ORDER BY id LIMIT 1 "
                                   "OFFSET 100")
                        .arg(substr))
          << one(s, QStringLiteral("SELECT %1(name, 1, 3) FROM organizations WHERE org_type = 'institution' ORDER "
                                   "BY id LIMIT 1 OFFSET 4")
                        .arg(substr))
          << one(s,
                 QStringLiteral("SELECT %1(contract_id, 3, 6) FROM cms_info ORDER BY id LIMIT 1 OFFSET 3").arg(substr))
          << one(s, QStringLiteral("SELECT %1(address, 20, 8) FROM invoices ORDER BY id LIMIT 1").arg(substr))
          << QStringLiteral("kyc.approve") << QStringLiteral("zzqxjv 없음")           // no match
          << QStringLiteral("김") << QStringLiteral("ab")                             // under three characters
          << QStringLiteral("50%") << QStringLiteral("_1") << QStringLiteral("a\"b"); // wildcards and quotes
    for (QString& text : texts) {
        text = text.trimmed(); // the lists search for the trimmed text
    }
    texts.removeAll(QString());
    return texts;
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    test::DemoDatabases m_demo;

    /// Compares every area's list with brute force for `texts`: sorted by id (exact order), by
    /// the default sort (same rows), and by every joined column both ways (exact order).
    void compareAll(SqlSession& s, const QStringList& texts)
    {
        for (const BruteArea& b : bruteAreas()) {
            const QString area = areaKey(b.area);
            for (const QString& text : texts) {
                QString error;
                const QVector<qint64> expected = bruteIds(s, b, text, QString(), false);
                const QVector<qint64> byId = listIds(s, b.area, text, QStringLiteral("id"), false, &error);
                QVERIFY2(error.isEmpty(), qPrintable(area + QStringLiteral(": ") + error));
                QVERIFY2(byId == expected, qPrintable(QStringLiteral("%1, \"%2\": %3 rows, brute force %4")
                                                          .arg(area, text)
                                                          .arg(byId.size())
                                                          .arg(expected.size())));
                QVector<qint64> byDefault = listIds(s, b.area, text, QString(), false, &error);
                std::sort(byDefault.begin(), byDefault.end());
                QVERIFY2(byDefault == expected, qPrintable(area + QStringLiteral(" default sort, ") + text));
                auto counted = countRows(s, request(b.area, text), CountMode::Exact);
                QVERIFY(counted.ok());
                QCOMPARE(counted.value().value, qint64(expected.size()));
            }
            for (const auto& [sortKey, sortExpr] : b.sorts) {
                for (const QString& text : {QString(), texts.front(), texts.at(4)}) {
                    for (const bool descending : {false, true}) {
                        QString error;
                        const QVector<qint64> expected = bruteIds(s, b, text, QLatin1String(sortExpr), descending);
                        const QVector<qint64> got =
                            listIds(s, b.area, text, QLatin1String(sortKey), descending, &error);
                        QVERIFY2(error.isEmpty(), qPrintable(area + QStringLiteral(": ") + error));
                        QVERIFY2(got == expected,
                                 qPrintable(QStringLiteral("%1 sorted by %2%3, \"%4\": %5 rows, "
                                                           "brute force %6")
                                                .arg(area, QLatin1String(sortKey),
                                                     descending ? QStringLiteral(" desc") : QString(), text)
                                                .arg(got.size())
                                                .arg(expected.size())));
                    }
                }
            }
        }
    }

    /// The plan of the list's first page for `request` (PostgreSQL: with sequential scans off,
    /// so that it shows which indexes can serve it, whatever the small demo's statistics).
    QString plan(SqlSession& s, const ListRequest& request)
    {
        auto statement = listPageStatement(s.dialect(), request);
        if (!statement.ok()) {
            return statement.error().message;
        }
        const bool pg = s.dialect() == Dialect::PostgreSQL;
        if (pg) {
            // The test database is small, where a sequential scan or a sort is cheapest; turned
            // off, the planner shows whether an index can deliver the rows and their order. The
            // 5M-row benchmark (docs/PERFORMANCE.md) shows the planner choosing them unforced.
            test::exec(s, QStringLiteral("SET enable_seqscan = off"));
            test::exec(s, QStringLiteral("SET enable_sort = off"));
        }
        SqlBuilder explain(pg ? "EXPLAIN (FORMAT JSON) " : "EXPLAIN QUERY PLAN ");
        explain.append(statement.value());
        QString text;
        if (pg) {
            // EXPLAIN cannot be a prepared statement; pgScalarText sends it with its values.
            auto json = s.pgScalarText(explain);
            text = json.ok() ? json.value() : json.error().message + json.error().detail;
            test::exec(s, QStringLiteral("SET enable_seqscan = on"));
            test::exec(s, QStringLiteral("SET enable_sort = on"));
            return text;
        }
        QSqlQuery q;
        Error error;
        if (!s.exec(q, explain, &error)) {
            text = error.message + error.detail;
        }
        while (q.next()) {
            text += q.value(3).toString() + QLatin1Char('\n');
        }
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_demo.prepare(QStringLiteral("search"), kAsOf, 0.05);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void searchAndSortEqualBruteForce_data() { test::addDialectRows(); }
    void searchAndSortEqualBruteForce()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const QStringList texts = searchTexts(*s);
        QVERIFY2(texts.size() >= 17, qPrintable(texts.join(QLatin1Char('|'))));
        // The searches find something (or the comparison would prove little), except the no-match one.
        for (const QString& text : {texts.at(0), texts.at(2), texts.at(6), texts.at(7)}) {
            QVERIFY2(!bruteIds(*s, bruteAreas().at(3), text, QString(), false).isEmpty(), qPrintable(text));
        }
        compareAll(*s, texts);
    }

    /// A search with the list's other filters, sorted by own and copied columns and paged: the
    /// lists find a searched page on their own table first, with the filters applied there.
    void searchWithFiltersEqualsBruteForce_data() { test::addDialectRows(); }
    void searchWithFiltersEqualsBruteForce()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const QStringList texts = searchTexts(*s);
        const BruteArea& payments = bruteAreas().at(3);
        QCOMPARE(payments.area, Area::Payments);
        const QString month =
            one(*s, QStringLiteral("SELECT payment_month FROM payments ORDER BY id LIMIT 1 OFFSET 500"));
        const QString institution =
            one(*s, QStringLiteral("SELECT organization_id FROM payments ORDER BY id LIMIT 1 OFFSET 700"));
        struct Case
        {
            QString key, value, brute;
        };
        const QVector<Case> cases = {
            {QStringLiteral("status"), QStringLiteral("failed"), QStringLiteral("p.status = ?")},
            {QStringLiteral("status"), QStringLiteral("success"), QStringLiteral("p.status = ?")},
            {QStringLiteral("month"), month, QStringLiteral("p.payment_month = ?")},
            {QStringLiteral("method"), QStringLiteral("cms"), QStringLiteral("p.method = ?")},
            {QStringLiteral("org"), institution, QStringLiteral("p.organization_id = ?")}, // an institution: no subtree
        };
        // (sort key, brute-force expression): the default's column, an own nullable column, a copied key.
        const QVector<std::pair<QString, QString>> sorts = {
            {QStringLiteral("created_at"), QStringLiteral("p.created_at")},
            {QStringLiteral("paid_at"), s->dialect() == Dialect::PostgreSQL
                                            ? QStringLiteral("COALESCE(p.paid_at, 'epoch'::timestamptz)")
                                            : QStringLiteral("COALESCE(p.paid_at, '1970-01-01T00:00:00.000000Z')")},
            {QStringLiteral("member"), QLatin1String(PD_SQL_MEMBER_NAME)},
        };
        int found = 0;
        for (const QString& text : {texts.at(0), texts.at(2), texts.at(6), texts.at(7), texts.at(8)}) {
            for (const Case& c : cases) {
                for (const auto& [sortKey, sortExpr] : sorts) {
                    for (const bool descending : {false, true}) {
                        const QVariantList values = {c.key == QLatin1String("org") ? QVariant(c.value.toLongLong())
                                                                                   : QVariant(c.value)};
                        const QVector<qint64> expected =
                            bruteIds(*s, payments, text, sortExpr, descending, c.brute, values);
                        QString error;
                        const QVector<qint64> got =
                            listIds(*s, Area::Payments, text, sortKey, descending, &error, {{c.key, c.value}});
                        QVERIFY2(error.isEmpty(), qPrintable(error));
                        QVERIFY2(got == expected, qPrintable(QStringLiteral("\"%1\" %2=%3 sorted by %4%5: %6 rows, "
                                                                            "brute force %7")
                                                                 .arg(text, c.key, c.value, sortKey,
                                                                      descending ? QStringLiteral(" desc") : QString())
                                                                 .arg(got.size())
                                                                 .arg(expected.size())));
                        found += expected.size();
                    }
                }
            }
        }
        QVERIFY2(found > 0, "the searches with filters found nothing; the comparison would prove little");
    }

    void plansUseTheIndexes_data() { test::addDialectRows(); }
    void plansUseTheIndexes()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const bool pg = Dialect(dialect) == Dialect::PostgreSQL;
        const ListRequest search = request(Area::Payments, QStringLiteral("김민준"));
        const QString searchPlan = plan(*s, search);
        for (const char* index : {"idx_users_search", "idx_payments_search", "idx_payments_parent_id"}) {
            const QString name = pg ? QLatin1String(index)
                                    : QString::fromLatin1(index)
                                          .replace(QStringLiteral("idx_"), QString())
                                          .replace(QStringLiteral("_search"), QStringLiteral("_search VIRTUAL"));
            if (!pg && name.contains(QStringLiteral("parent_id"))) {
                QVERIFY2(searchPlan.contains(QStringLiteral("idx_payments_parent_id")), qPrintable(searchPlan));
                continue;
            }
            QVERIFY2(searchPlan.contains(name), qPrintable(name + QStringLiteral(" not in\n") + searchPlan));
        }
        if (pg) {
            // The search texts are inlined (migration 024): the index recheck computes plain
            // expressions, not a function call per candidate row.
            QVERIFY2(!searchPlan.contains(QStringLiteral("paydesk_search_text")), qPrintable(searchPlan));
        }
        const ListRequest members = request(Area::Members, QStringLiteral("010"));
        QVERIFY2(plan(*s, members).contains(pg ? QStringLiteral("idx_users_search") : QStringLiteral("users_search")),
                 qPrintable(plan(*s, members)));
        const QMap<Area, QMap<QString, QString>> sorted = {
            {Area::Payments,
             {{QStringLiteral("member"), QStringLiteral("idx_payments_k_member")},
              {QStringLiteral("institution"), QStringLiteral("idx_payments_k_institution")}}},
            {Area::Members,
             {{QStringLiteral("member"), QStringLiteral("idx_parents_k_member")},
              {QStringLiteral("payment_day"), QStringLiteral("idx_parents_k_payment_day")}}},
            {Area::Users, {{QStringLiteral("organization"), QStringLiteral("idx_users_k_organization")}}},
            {Area::KycDocuments, {{QStringLiteral("email"), QStringLiteral("idx_kyc_documents_k_email")}}},
            {Area::Invoices, {{QStringLiteral("organization"), QStringLiteral("idx_invoices_k_organization")}}},
            {Area::Wallets, {{QStringLiteral("email"), QStringLiteral("idx_wallets_k_email")}}},
            {Area::Transactions, {{QStringLiteral("email"), QStringLiteral("idx_transactions_k_email")}}},
        };
        for (auto area = sorted.cbegin(); area != sorted.cend(); ++area) {
            for (auto it = area.value().cbegin(); it != area.value().cend(); ++it) {
                const ListRequest r = request(area.key(), QString(), it.key(), true);
                const QString p = plan(*s, r);
                QVERIFY2(p.contains(it.value()), qPrintable(it.value() + QStringLiteral(" not in\n") + p));
                QVERIFY2(!p.contains(QStringLiteral("TEMP B-TREE")) && !p.contains(QStringLiteral("Sort Key")),
                         qPrintable(QStringLiteral("sorted, not read in order:\n") + p));
            }
        }
    }

    /// The copied keys and search texts follow the rows they come from: a renamed member, a
    /// renamed institution, a changed contract, a new payment; and updated_at of the rows that
    /// carry the copies stays (they did not change).
    void keysFollowChanges_data() { test::addDialectRows(); }
    void keysFollowChanges()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const qint64 parent =
            test::value(*s, QStringLiteral("SELECT MIN(c.parent_id) FROM cms_info c WHERE EXISTS "
                                           "(SELECT 1 FROM payments p WHERE p.parent_id = c.parent_id)"))
                .toLongLong();
        QVERIFY(parent > 0);
        const qint64 user =
            test::value(*s, QStringLiteral("SELECT user_id FROM parents WHERE id = %1").arg(parent)).toLongLong();
        const qint64 institution =
            test::value(*s, QStringLiteral("SELECT organization_id FROM parents WHERE id = %1").arg(parent))
                .toLongLong();
        const QString stamp =
            one(*s, QStringLiteral("SELECT MAX(updated_at) FROM payments WHERE parent_id = %1").arg(parent));
        QVERIFY(test::exec(*s, QStringLiteral("UPDATE users SET first_name = 'Zelda', last_name = 'Quixote', "
                                              "country_code = 'US', phone = '010-9999-8888' WHERE id = %1")
                                   .arg(user)));
        QVERIFY(test::exec(
            *s, QStringLiteral("UPDATE organizations SET name = '가나다라 어린이집' WHERE id = %1").arg(institution)));
        QVERIFY(test::exec(*s, QStringLiteral("UPDATE cms_info SET payment_day = 27, contract_id = 'CTR-XYZZY-1' "
                                              "WHERE parent_id = %1")
                                   .arg(parent)));
        const qint64 payments =
            test::value(*s, QStringLiteral("SELECT COUNT(*) FROM payments WHERE parent_id = %1").arg(parent))
                .toLongLong();
        QVERIFY(payments > 0);
        QCOMPARE(one(*s, QStringLiteral("SELECT MAX(updated_at) FROM payments WHERE parent_id = %1").arg(parent)),
                 stamp);
        // A new payment is found by its transaction id and sorted by its member.
        QVERIFY(
            test::exec(*s, QStringLiteral("INSERT INTO payments (parent_id, organization_id, payment_month, due_date, "
                                          "amount, currency, status, method, tid, order_id, attempt_count) VALUES "
                                          "(%1, %2, '2031-01', '2031-01-27', 50000, 'KRW', 'pending', 'cms', "
                                          "'NICEQSEARCH77', 'ORD-QSEARCH-77', 0)")
                               .arg(parent)
                               .arg(institution)));
        QString error;
        QCOMPARE(listIds(*s, Area::Payments, QStringLiteral("Zelda Quix"), QStringLiteral("id"), false, &error).size(),
                 int(payments + 1));
        QCOMPARE(listIds(*s, Area::Payments, QStringLiteral("QSEARCH77"), QStringLiteral("id"), false, &error).size(),
                 1);
        QCOMPARE(listIds(*s, Area::Members, QStringLiteral("XYZZY"), QStringLiteral("id"), false, &error),
                 QVector<qint64>{parent});
        QCOMPARE(listIds(*s, Area::Members, QStringLiteral("9999-88"), QStringLiteral("id"), false, &error),
                 QVector<qint64>{parent});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Everything else still agrees with brute force after the changes.
        compareAll(*s, {QStringLiteral("Zelda"), QStringLiteral("가나다라"), QStringLiteral("QSEARCH"),
                        QStringLiteral("XYZZY"), QStringLiteral("9999-8888")});
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
