#include "demo/DemoGenerator.h"

#include "FieldCipher.h"
#include "bch/CashAddr.h"
#include "bch/ExtendedPublicKey.h"
#include "demo/BulkWriter.h"
#include "demo/DemoNames.h"
#include "sql/SqlSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <vector>

namespace pd::demo {

namespace {

struct GeneratorText
{
    Q_DECLARE_TR_FUNCTIONS(pd::demo::DemoGenerator)
};

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: xoshiro256** seeded by splitmix64. The standard library's
// distributions differ between implementations, so every mapping to a range is our own.
// ---------------------------------------------------------------------------------------------
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (auto& s : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    /// Uniform in [0, n).
    quint64 below(quint64 n)
    {
        const quint64 threshold = (0 - n) % n;
        for (;;) {
            const quint64 r = next();
            if (r >= threshold) {
                return r % n;
            }
        }
    }
    /// Uniform in [lo, hi].
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(below(quint64(hi - lo + 1))); }
    /// True with probability perMille / 1000.
    bool chance(int perMille) { return below(1000) < quint64(perMille); }
    template<typename T, size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[below(N)];
    }
    /// Index chosen with the given weights.
    template<size_t N>
    int weighted(const int (&weights)[N])
    {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = int(below(quint64(total)));
        for (size_t i = 0; i < N; ++i) {
            if (r < weights[i]) {
                return int(i);
            }
            r -= weights[i];
        }
        return int(N - 1);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_s{};
};

quint64 streamSeed(quint64 seed, const char* stream)
{
    quint64 h = 1469598103934665603ULL; // FNV-1a
    for (const char* p = stream; *p; ++p) {
        h = (h ^ quint8(*p)) * 1099511628211ULL;
    }
    return seed ^ h;
}

// ---------------------------------------------------------------------------------------------
// Time: days since 1970-01-01 and microseconds since the epoch, formatted without QDateTime
// (millions of values).
// ---------------------------------------------------------------------------------------------
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, int* y, int* m, int* d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = int(z - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = int(yoe + era * 400) + (*m <= 2);
}

constexpr qint64 kMicrosPerDay = 86400LL * 1000000LL;
constexpr qint64 kMicrosPerHour = 3600LL * 1000000LL;
constexpr qint64 kSeoulOffset = 9 * kMicrosPerHour; // KST = UTC+9, no daylight saving

struct Buf
{
    char text[40];
};

Buf formatInstant(qint64 micros)
{
    qint64 days = micros / kMicrosPerDay;
    qint64 rest = micros % kMicrosPerDay;
    if (rest < 0) {
        rest += kMicrosPerDay;
        --days;
    }
    int y = 0;
    int mo = 0;
    int d = 0;
    civilFromDays(days, &y, &mo, &d);
    const qint64 secs = rest / 1000000;
    Buf b{};
    std::snprintf(b.text, sizeof b.text, "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", y, mo, d, int(secs / 3600),
                  int(secs / 60 % 60), int(secs % 60), int(rest % 1000000));
    return b;
}

Buf formatDate(qint64 days)
{
    int y = 0;
    int m = 0;
    int d = 0;
    civilFromDays(days, &y, &m, &d);
    Buf b{};
    std::snprintf(b.text, sizeof b.text, "%04d-%02d-%02d", y, m, d);
    return b;
}

/// A calendar month as a running number (year * 12 + month - 1).
struct Month
{
    int index;
    int year() const { return index / 12; }
    int month() const { return index % 12 + 1; }
    qint64 dayOf(int day) const { return daysFromCivil(year(), month(), day); }
    int daysInMonth() const
    {
        const Month next{index + 1};
        return int(next.dayOf(1) - dayOf(1));
    }
    Buf text() const
    {
        Buf b{};
        std::snprintf(b.text, sizeof b.text, "%04d-%02d", year(), month());
        return b;
    }
};

QString hex(Rng& rng, int bytes)
{
    static const char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(bytes * 2);
    for (int i = 0; i < bytes; ++i) {
        const int v = int(rng.below(256));
        out += QLatin1Char(digits[v >> 4]);
        out += QLatin1Char(digits[v & 15]);
    }
    return out;
}

/// "0.00120000": a satoshi amount as the NUMERIC(10,8) text both dialects store.
QString bchDecimal(qint64 sats)
{
    char b[32];
    std::snprintf(b, sizeof b, "%lld.%08lld", static_cast<long long>(sats / 100000000),
                  static_cast<long long>(sats % 100000000));
    return QString::fromLatin1(b);
}

/// "12.345678": micro-USDC as NUMERIC(18,6) text.
QString usdcDecimal(qint64 micros)
{
    char b[40];
    std::snprintf(b, sizeof b, "%s%lld.%06lld", micros < 0 ? "-" : "",
                  static_cast<long long>(std::llabs(micros) / 1000000),
                  static_cast<long long>(std::llabs(micros) % 1000000));
    return QString::fromLatin1(b);
}

// ---------------------------------------------------------------------------------------------
// In-memory plans shared between tables.
// ---------------------------------------------------------------------------------------------
struct UserPlan
{
    bool korean = true;
    quint16 family = 0; // index into the family-name list of its kind
    quint16 given = 0;
    quint8 country = 0; // index into kEnglishCountries for English users
    bool parent = false;
    int institution = -1; // index into institutions
    qint64 createdAt = 0; // micros
    // KYC documents
    quint8 docCount = 0;
    std::array<quint8, 3> docStatus{}; // 0 pending, 1 approved, 2 rejected, 3 needs_info
    std::array<quint8, 3> docLevel{};
    bool resubmitted = false; // the last document is a resubmission after a request for information
    bool wallet = false;
    int enrolledMonth = 0;  // parents: Month::index of enrolment
    qint64 enrolledDay = 0; // parents: day number of enrolment
};

const char* kDocStatus[] = {"pending", "approved", "rejected", "needs_info"};

struct Institution
{
    qint64 id;
    int center; // index into kCenters
    QString name;
};

struct ParentPlan
{
    int user; // index into users
    int institution;
    int paymentDay;
    qint64 monthlyAmount;
    int method;        // 0 cms, 1 card, 2 bch, 3 manual
    int reliability;   // failure chance per mille
    int resolveChance; // per mille that a failed charge is later collected
    int enrolledMonth; // Month::index
    bool hasCms;
};

const char* kMethods[] = {"cms", "card", "bch", "manual"};

class Generator
{
public:
    Generator(sql::SqlSession& session, const DemoOptions& options, const DemoProgress& progress)
        : m_session(session)
        , m_options(options)
        , m_progress(progress)
    {
        m_asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
        m_asOfDay = daysFromCivil(m_asOf.year(), m_asOf.month(), m_asOf.day());
        // The data ends at the start of the as-of day in Seoul.
        m_now = m_asOfDay * kMicrosPerDay - kSeoulOffset;
        m_lastMonth = Month{m_asOf.year() * 12 + m_asOf.month() - 1};
        m_firstMonth = Month{m_lastMonth.index - (kMonths - 1)};
        m_userCount = std::max<qint64>(50, qint64(std::llround(20000.0 * options.scale)));
    }

    Result<DemoSummary> run()
    {
        QElapsedTimer timer;
        timer.start();
        m_writer = BulkWriter::create(m_session);
        if (!m_writer) {
            return Error(Error::Kind::Internal, GeneratorText::tr("No bulk loader for this database driver."));
        }
        if (auto empty = checkEmpty(); !empty.ok()) {
            return empty.error();
        }
        if (m_session.dialect() == Dialect::SQLite) {
            // A big page cache keeps the load's B-tree pages in memory instead of spilling them.
            QSqlQuery pragma(m_session.database());
            pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
            // Rows are consistent by construction (tests/integration/tst_demodata checks them
            // with PRAGMA foreign_key_check); per-row lookups would double the load time.
            pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        }
        if (auto begun = m_session.begin(); !begun.ok()) {
            return begun.error();
        }
        auto result = generateAll();
        if (!result.ok()) {
            m_session.rollback();
            restoreForeignKeys();
            return result.error();
        }
        auto committed = m_session.commit();
        restoreForeignKeys();
        if (!committed.ok()) {
            return committed.error();
        }
        report(99, GeneratorText::tr("Updating planner statistics"));
        QSqlQuery analyze(m_session.database());
        analyze.exec(QStringLiteral("ANALYZE"));
        m_summary.milliseconds = timer.elapsed();
        report(100, GeneratorText::tr("Done"));
        return m_summary;
    }

private:
    static constexpr int kMonths = 20;

    bool report(int percent, const QString& stage)
    {
        if (!m_progress) {
            return true;
        }
        if (!m_progress(percent, stage)) {
            m_cancelled = true;
        }
        return !m_cancelled;
    }

    void restoreForeignKeys()
    {
        if (m_session.dialect() == Dialect::SQLite) {
            QSqlQuery pragma(m_session.database());
            pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    }

    Error cancelled() const
    {
        return Error(Error::Kind::Cancelled,
                     GeneratorText::tr("Demo data generation was cancelled; nothing was saved."));
    }

    Result<Done> checkEmpty()
    {
        auto count =
            m_session.scalar(sql::SqlBuilder("SELECT (SELECT COUNT(*) FROM organizations) + "
                                             "(SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM payments)"));
        if (!count.ok()) {
            return count.error();
        }
        if (count.value().toLongLong() > 0) {
            return Error(Error::Kind::Invalid,
                         GeneratorText::tr("This database already holds data; demo data is only written into an "
                                           "empty Paydesk database. Create a new database and run --init-db "
                                           "first."));
        }
        return Done{};
    }

    Result<Done> generateAll()
    {
        PD_TRY(dropBulkIndexes());
        PD_TRY(suspendDerivedColumns());
        report(1, GeneratorText::tr("Organisations and staff"));
        PD_TRY(writeOrganizations());
        PD_TRY(writeStaff());
        planUsers();
        if (!report(3, GeneratorText::tr("Users"))) {
            return cancelled();
        }
        PD_TRY(writeUsers());
        if (!report(10, GeneratorText::tr("KYC documents"))) {
            return cancelled();
        }
        PD_TRY(writeKycDocuments());
        if (!report(18, GeneratorText::tr("Wallets and transactions"))) {
            return cancelled();
        }
        PD_TRY(writeWallets());
        if (!report(22, GeneratorText::tr("Parents, children and CMS contracts"))) {
            return cancelled();
        }
        PD_TRY(writeParents());
        PD_TRY(writePayments());
        if (!report(75, GeneratorText::tr("BCH invoices"))) {
            return cancelled();
        }
        PD_TRY(writeInvoices());
        if (!report(78, GeneratorText::tr("Settlements"))) {
            return cancelled();
        }
        PD_TRY(writeSettlements());
        PD_TRY(writeAudit());
        if (!report(80, GeneratorText::tr("Building indexes"))) {
            return cancelled();
        }
        PD_TRY(refreshDerivedColumns());
        PD_TRY(recreateBulkIndexes());
        PD_TRY(resetSequences());
        return Done{};
    }

    // -- indexes ---------------------------------------------------------------------------------
    /// Secondary indexes of the big tables are dropped before the load and rebuilt after it,
    /// which is several times faster than maintaining them row by row. The statements are the
    /// database's own descriptions of the indexes Paydesk's migrations created.
    Result<Done> dropBulkIndexes()
    {
        sql::SqlBuilder list(
            m_session.dialect() == Dialect::PostgreSQL
                ? "SELECT 'DROP INDEX ' || CAST(i.indexrelid::regclass AS TEXT), pg_get_indexdef(i.indexrelid) "
                  "FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
                  "JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema() "
                  "WHERE t.relname IN ('payments', 'users', 'kyc_documents', 'invoices', 'audit_log', "
                  "'transactions', 'children', 'parents') AND NOT i.indisprimary AND NOT i.indisunique"
                : "SELECT 'DROP INDEX \"' || name || '\"', sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                  "NULL "
                  "AND tbl_name IN ('payments', 'users', 'kyc_documents', 'invoices', 'audit_log', 'transactions', "
                  "'children', 'parents') AND sql NOT LIKE 'CREATE UNIQUE%'");
        QSqlQuery query;
        Error error;
        if (!m_session.exec(query, list, &error)) {
            return error;
        }
        std::vector<QString> drops;
        while (query.next()) {
            drops.push_back(query.value(0).toString());
            m_indexDefinitions.push_back(query.value(1).toString());
        }
        QSqlQuery drop(m_session.database());
        for (const QString& statement : drops) {
            if (!drop.exec(statement)) { // sql-binding: DROP INDEX text built by the catalog query above
                return m_session.classify(drop.lastError(), GeneratorText::tr("preparing the bulk load"));
            }
        }
        return Done{};
    }

    Result<Done> recreateBulkIndexes()
    {
        QSqlQuery create(m_session.database());
        if (m_session.dialect() == Dialect::PostgreSQL) {
            create.exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"));
        }
        const int n = int(m_indexDefinitions.size());
        for (int i = 0; i < n; ++i) {
            if (!create.exec(m_indexDefinitions[size_t(i)])) { // sql-binding: the definition read back above
                return m_session.classify(create.lastError(), GeneratorText::tr("building indexes"));
            }
            if (!report(80 + 18 * (i + 1) / std::max(1, n), GeneratorText::tr("Building indexes"))) {
                return cancelled();
            }
        }
        return Done{};
    }

    // -- derived columns ---------------------------------------------------------------------------
    // Migration 023's sort keys and (SQLite) FTS5 search tables are kept by row triggers, which
    // would make the load several times slower. They are suspended for the load: the payments'
    // keys are written with the rows, everything else is filled once, set-based, afterwards.
    // tst_search checks lists over the demo data against brute-force queries.

    /// PostgreSQL triggers that fill sort keys on insert (migration 023), as (table, trigger).
    static const std::vector<std::pair<const char*, const char*>>& sortKeyTriggers()
    {
        static const std::vector<std::pair<const char*, const char*>> triggers = {
            {"payments", "payments_sort_keys"}, {"parents", "parents_sort_keys"},
            {"cms_info", "cms_info_sort_keys"}, {"users", "users_sort_keys"},
            {"invoices", "invoices_sort_keys"}, {"kyc_documents", "kyc_documents_sort_keys"},
            {"wallets", "wallets_sort_keys"},   {"transactions", "transactions_sort_keys"}};
        return triggers;
    }

    Result<Done> execFixed(const QByteArray& statement, const QString& what)
    {
        QSqlQuery query(m_session.database());
        if (!query.exec(QString::fromLatin1(statement))) { // sql-binding: fixed statements of this file
            return m_session.classify(query.lastError(), what);
        }
        return Done{};
    }

    Result<Done> suspendDerivedColumns()
    {
        const QString what = GeneratorText::tr("preparing the bulk load");
        if (m_session.dialect() == Dialect::PostgreSQL) {
            for (const auto& [table, trigger] : sortKeyTriggers()) {
                const QByteArray off =
                    QByteArray("ALTER TABLE ") + table + " DISABLE TRIGGER " + trigger; // sql-binding: fixed names
                PD_TRY(execFixed(off, what));
            }
            return Done{};
        }
        QSqlQuery list(m_session.database());
        if (!list.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                      "(name LIKE '%\\_sort\\_keys\\_insert' ESCAPE '\\' OR "
                                      "name LIKE '%\\_search\\_insert' ESCAPE '\\')"))) {
            return m_session.classify(list.lastError(), what);
        }
        std::vector<QString> names;
        while (list.next()) {
            names.push_back(list.value(0).toString());
            m_triggerDefinitions.push_back(list.value(1).toString());
        }
        QSqlQuery drop(m_session.database());
        for (const QString& name : names) {
            if (!drop.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name))) { // sql-binding: a name read above
                return m_session.classify(drop.lastError(), what);
            }
        }
        return Done{};
    }

    Result<Done> refreshDerivedColumns()
    {
        const QString what = GeneratorText::tr("filling sort keys and search tables");
        const bool pg = m_session.dialect() == Dialect::PostgreSQL;
        // Filling keys is not a change of the rows (no updated_at, notifications or guards).
        static const char* const filled[] = {"parents",       "users",   "invoices",
                                             "kyc_documents", "wallets", "transactions"};
        if (pg) {
            for (const char* table : filled) {
                const QByteArray off =
                    QByteArray("ALTER TABLE ") + table + " DISABLE TRIGGER USER"; // sql-binding: fixed names
                PD_TRY(execFixed(off, what));
            }
        }
        for (const char* statement : pg ? pgDerivedStatements() : sqliteDerivedStatements()) {
            PD_TRY(execFixed(statement, what));
        }
        if (pg) {
            for (const char* table : filled) {
                const QByteArray on =
                    QByteArray("ALTER TABLE ") + table + " ENABLE TRIGGER USER"; // sql-binding: fixed names
                PD_TRY(execFixed(on, what));
            }
            PD_TRY(execFixed("ALTER TABLE payments ENABLE TRIGGER payments_sort_keys", what));
            PD_TRY(execFixed("ALTER TABLE cms_info ENABLE TRIGGER cms_info_sort_keys", what));
            return Done{};
        }
        QSqlQuery create(m_session.database());
        for (const QString& definition : m_triggerDefinitions) {
            if (!create.exec(definition)) { // sql-binding: the definition read back before the load
                return m_session.classify(create.lastError(), what);
            }
        }
        return Done{};
    }

    /// The sort keys of everything but payments (written with the rows), as migration 023 fills them.
    static std::vector<const char*> pgDerivedStatements()
    {
        return {
            "UPDATE parents pa SET sort_member = paydesk_member_name(u.country_code, u.first_name, u.last_name), "
            "sort_phone = u.phone, sort_email = u.email, sort_institution = o.name FROM users u, organizations o "
            "WHERE u.id = pa.user_id AND o.id = pa.organization_id",
            "UPDATE parents pa SET sort_cms_status = c.cms_status, sort_payment_day = c.payment_day, "
            "sort_monthly_amount = c.monthly_amount FROM cms_info c WHERE c.parent_id = pa.id",
            "UPDATE users u SET sort_organization = o.name FROM organizations o WHERE o.id = u.organization_id",
            "UPDATE invoices i SET sort_organization = o.name FROM organizations o WHERE o.id = i.organization_id",
            "UPDATE kyc_documents k SET sort_email = u.email FROM users u WHERE u.id = k.user_id",
            "UPDATE wallets w SET sort_email = u.email FROM users u WHERE u.id = w.user_id",
            "UPDATE transactions t SET sort_email = u.email FROM users u WHERE u.id = t.user_id",
        };
    }

    /// SQLite: the sort keys as above and the FTS5 search tables' texts, as migration 023 fills them.
    static std::vector<const char*> sqliteDerivedStatements()
    {
        return {
            "UPDATE parents SET sort_member = COALESCE((SELECT CASE WHEN u.country_code = 'KR' THEN u.last_name || "
            "u.first_name ELSE u.first_name || ' ' || u.last_name END FROM users u WHERE u.id = parents.user_id), ''), "
            "sort_phone = (SELECT u.phone FROM users u WHERE u.id = parents.user_id), "
            "sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = parents.user_id), ''), "
            "sort_institution = COALESCE((SELECT o.name FROM organizations o WHERE o.id = parents.organization_id), "
            "''), "
            "sort_cms_status = (SELECT c.cms_status FROM cms_info c WHERE c.parent_id = parents.id), "
            "sort_payment_day = (SELECT c.payment_day FROM cms_info c WHERE c.parent_id = parents.id), "
            "sort_monthly_amount = (SELECT c.monthly_amount FROM cms_info c WHERE c.parent_id = parents.id)",
            "UPDATE users SET sort_organization = (SELECT o.name FROM organizations o WHERE o.id = "
            "users.organization_id)",
            "UPDATE invoices SET sort_organization = (SELECT o.name FROM organizations o WHERE o.id = "
            "invoices.organization_id)",
            "UPDATE kyc_documents SET sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = "
            "kyc_documents.user_id), '')",
            "UPDATE wallets SET sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = wallets.user_id), '')",
            "UPDATE transactions SET sort_email = COALESCE((SELECT u.email FROM users u WHERE u.id = "
            "transactions.user_id), '')",
            "INSERT INTO users_search(rowid, doc) SELECT id, COALESCE(email, '') || char(31) || COALESCE(first_name, "
            "'') "
            "|| char(31) || COALESCE(last_name, '') || char(31) || COALESCE(phone, '') || char(31) || "
            "COALESCE(last_name || first_name, '') || char(31) || COALESCE(first_name || ' ' || last_name, '') FROM "
            "users",
            "INSERT INTO payments_search(rowid, doc) SELECT id, COALESCE(tid, '') || char(31) || COALESCE(order_id, "
            "'') "
            "FROM payments",
            "INSERT INTO kyc_documents_search(rowid, doc) SELECT id, COALESCE(full_name, '') || char(31) || "
            "COALESCE(document_number_masked, '') FROM kyc_documents",
            "INSERT INTO invoices_search(rowid, doc) SELECT id, COALESCE(address, '') || char(31) || "
            "COALESCE(username, "
            "'') || char(31) || COALESCE(description, '') || char(31) || COALESCE(tx_hash, '') FROM invoices",
            "INSERT INTO cms_info_search(rowid, doc) SELECT id, COALESCE(contract_id, '') FROM cms_info",
            "INSERT INTO audit_log_search(rowid, doc) SELECT id, COALESCE(actor, '') || char(31) || COALESCE(action, "
            "'') "
            "|| char(31) || COALESCE(entity, '') || char(31) || COALESCE(reason, '') FROM audit_log",
            "INSERT INTO transactions_search(rowid, doc) SELECT id, COALESCE(transaction_id, '') || char(31) || "
            "COALESCE(transaction_hash, '') || char(31) || COALESCE(merchant_name, '') || char(31) || "
            "COALESCE(qr_code_id, '') FROM transactions",
            "INSERT INTO wallets_search(rowid, doc) SELECT id, COALESCE(wallet_address, '') || char(31) || "
            "COALESCE(circle_wallet_id, '') FROM wallets",
        };
    }

    Result<Done> resetSequences()
    {
        if (m_session.dialect() != Dialect::PostgreSQL) {
            return Done{};
        }
        for (const char* table : {"organizations", "users", "wallets", "transactions", "kyc_documents", "parents",
                                  "children", "cms_info", "payments", "invoices", "user_credits", "credit_requests",
                                  "settlements", "staff", "audit_log", "bch_accounts", "organization_fee_rates"}) {
            sql::SqlBuilder reset("SELECT setval(pg_get_serial_sequence(");
            reset.bind(QString::fromLatin1(table))
                .sql(", 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM ")
                .sql(table)
                .sql("), false)");
            auto done = m_session.scalar(reset);
            if (!done.ok()) {
                return done.error();
            }
        }
        return Done{};
    }

    // -- organisations and staff ---------------------------------------------------------------------
    Result<Done> writeOrganizations()
    {
        Rng rng(streamSeed(m_options.seed, "organizations"));
        PD_TRY(m_writer->begin("organizations", {"id", "parent_id", "org_type", "code", "name", "path", "is_active",
                                                 "created_at", "updated_at", "settlement_fee_bp"}));
        const Buf created = formatInstant(m_now - 3 * 365 * kMicrosPerDay);
        qint64 id = 0;
        auto row = [&](qint64 parent, const char* type, const QString& code, const QString& name,
                       const QString& path) -> Result<Done> {
            m_writer->add(id);
            if (parent > 0) {
                m_writer->add(parent);
            } else {
                m_writer->addNull();
            }
            m_writer->addLatin1(type);
            m_writer->add(code);
            m_writer->add(name);
            m_writer->add(path);
            m_writer->addBool(true);
            m_writer->addLatin1(created.text);
            m_writer->addLatin1(created.text);
            // The fee rate is set once at headquarters; centers inherit it (migration 005).
            if (parent == 0) {
                m_writer->add(qint64(m_options.feeBasisPoints));
            } else {
                m_writer->addNull();
            }
            return m_writer->endRow();
        };
        id = 1;
        const QString hqPath = QStringLiteral("/1/");
        PD_TRY(row(0, "hq", QStringLiteral("HQ"), QStringLiteral("본사"), hqPath));
        std::vector<qint64> regionIds;
        std::vector<QString> regionPaths;
        for (const auto& region : names::kRegions) {
            ++id;
            regionIds.push_back(id);
            regionPaths.push_back(hqPath + QString::number(id) + QLatin1Char('/'));
            PD_TRY(row(1, "region", QLatin1String(region.code), QString::fromUtf8(region.name), regionPaths.back()));
        }
        for (size_t c = 0; c < std::size(names::kCenters); ++c) {
            const auto& center = names::kCenters[c];
            ++id;
            m_centerIds.push_back(id);
            const QString centerPath = regionPaths[size_t(center.region)] + QString::number(id) + QLatin1Char('/');
            m_centerPaths.push_back(centerPath);
            PD_TRY(row(regionIds[size_t(center.region)], "center", QStringLiteral("C-") + QLatin1String(center.code),
                       QString::fromUtf8(center.name), centerPath));
        }
        for (size_t c = 0; c < std::size(names::kCenters); ++c) {
            const auto& center = names::kCenters[c];
            for (int k = 1; k <= 10; ++k) {
                ++id;
                const QString name = QString::fromUtf8(center.name).chopped(2) + QLatin1Char(' ') +
                                     QString::fromUtf8(rng.pick(names::kInstitutionWords)) +
                                     QString::fromUtf8(rng.pick(names::kInstitutionKinds));
                const QString code =
                    QStringLiteral("I-%1-%2").arg(QLatin1String(center.code)).arg(k, 2, 10, QLatin1Char('0'));
                PD_TRY(row(m_centerIds[c], "institution", code, name,
                           m_centerPaths[c] + QString::number(id) + QLatin1Char('/')));
                m_institutions.push_back({id, int(c), name});
                // Some institutions are larger than others.
                m_institutionWeights.push_back(int(rng.range(1, 4)));
            }
        }
        m_summary.organizations = id;
        PD_TRY(m_writer->finish());
        // The fee rate is set once at headquarters, in force since long before the demo's first
        // month; centers inherit it (migration 019).
        PD_TRY(m_writer->begin("organization_fee_rates",
                               {"id", "organization_id", "effective_month", "fee_bp", "set_by", "set_at", "reason"}));
        m_writer->add(qint64(1));
        m_writer->add(qint64(1));
        m_writer->addLatin1("2000-01");
        m_writer->add(qint64(m_options.feeBasisPoints));
        m_writer->addLatin1("demo");
        m_writer->addLatin1(created.text);
        m_writer->add(QStringLiteral("the organisation's standard rate"));
        PD_TRY(m_writer->endRow());
        return m_writer->finish();
    }

    Result<Done> writeStaff()
    {
        PD_TRY(m_writer->begin("staff", {"id", "login", "display_name", "role", "organization_id", "is_active",
                                         "created_at", "updated_at"}));
        const Buf created = formatInstant(m_now - 2 * 365 * kMicrosPerDay);
        qint64 id = 0;
        auto row = [&](const QString& login, const QString& display, const char* role, qint64 org) -> Result<Done> {
            m_writer->add(++id);
            m_writer->add(login);
            m_writer->add(display);
            m_writer->addLatin1(role);
            m_writer->add(org);
            m_writer->addBool(true);
            m_writer->addLatin1(created.text);
            m_writer->addLatin1(created.text);
            return m_writer->endRow();
        };
        PD_TRY(row(QStringLiteral("hq.admin"), QStringLiteral("본사 관리자"), "hq_admin", 1));
        PD_TRY(row(QStringLiteral("auditor"), QStringLiteral("내부 감사"), "auditor", 1));
        for (int r = 1; r <= 6; ++r) {
            PD_TRY(row(QStringLiteral("kyc.reviewer%1").arg(r), QStringLiteral("KYC 심사역 %1").arg(r), "kyc_reviewer",
                       1));
        }
        for (size_t r = 0; r < std::size(names::kRegions); ++r) {
            const QString code = QString::fromLatin1(names::kRegions[r].code).mid(2).toLower();
            PD_TRY(row(QStringLiteral("region.") + code,
                       QString::fromUtf8(names::kRegions[r].name) + QStringLiteral(" 관리자"), "regional_admin",
                       qint64(r) + 2));
        }
        for (size_t c = 0; c < std::size(names::kCenters); ++c) {
            PD_TRY(row(QStringLiteral("center.") + QString::fromLatin1(names::kCenters[c].code).toLower(),
                       QString::fromUtf8(names::kCenters[c].name) + QStringLiteral(" 매니저"), "center_manager",
                       m_centerIds[c]));
        }
        // The second pair of eyes for manual credits above the limit (migration 015).
        PD_TRY(row(QStringLiteral("hq.finance"), QStringLiteral("본사 재무"), "hq_admin", 1));
        m_summary.staff = id;
        return m_writer->finish();
    }

    // -- users ---------------------------------------------------------------------------------
    void planUsers()
    {
        Rng rng(streamSeed(m_options.seed, "user-plan"));
        m_users.resize(size_t(m_userCount));
        int totalWeight = 0;
        for (int w : m_institutionWeights) {
            totalWeight += w;
        }
        const qint64 span = 2 * 365 * kMicrosPerDay;
        for (size_t i = 0; i < m_users.size(); ++i) {
            UserPlan& u = m_users[i];
            u.korean = rng.chance(820);
            if (u.korean) {
                u.family = quint16(rng.weighted(names::kKoreanFamilyWeights));
                u.given = quint16(rng.below(std::size(names::kKoreanGivenNames)));
            } else {
                u.family = quint16(rng.below(std::size(names::kEnglishFamilyNames)));
                u.given = quint16(rng.below(std::size(names::kEnglishGivenNames)));
                u.country = quint8(rng.below(std::size(names::kEnglishCountries)));
            }
            // Users sign up over two years; ids grow with time.
            u.createdAt =
                std::min(m_now - span + span * qint64(i) / qint64(m_users.size()) + qint64(rng.below(3600)) * 1000000,
                         m_now - 2 * kMicrosPerHour);
            u.parent = rng.chance(u.korean ? 930 : 600);
            if (u.parent) {
                int r = int(rng.below(quint64(totalWeight)));
                size_t k = 0;
                while (r >= m_institutionWeights[k]) {
                    r -= m_institutionWeights[k];
                    ++k;
                }
                u.institution = int(k);
            }
            if (u.parent) {
                // 70% enrolled before the payment window, the rest during it; a parent signs up
                // a few days before enrolling.
                u.enrolledMonth = rng.chance(700) ? m_firstMonth.index - int(rng.range(1, 24))
                                                  : m_firstMonth.index + int(rng.below(kMonths));
                u.enrolledDay = std::min(Month{u.enrolledMonth}.dayOf(int(rng.range(1, 28))), m_asOfDay - 1);
                u.createdAt =
                    std::min(u.createdAt, u.enrolledDay * kMicrosPerDay - kSeoulOffset -
                                              rng.range(1, 20) * kMicrosPerDay - qint64(rng.below(86400)) * 1000000);
            }
            u.wallet = rng.chance(u.parent ? 200 : 700);
            // KYC: most users submitted a level-1 document; some went on to level 2.
            if (rng.chance(860)) {
                static const int level1Weights[] = {120, 700, 80, 100};
                u.docCount = 1;
                u.docLevel[0] = 1;
                u.docStatus[0] = quint8(rng.weighted(level1Weights));
                if (u.docStatus[0] == 3 && rng.chance(450)) {
                    // Asked for more information and sent a new document: back in the queue.
                    u.docStatus[1] = 0;
                    u.docLevel[1] = 1;
                    u.docCount = 2;
                    u.resubmitted = true;
                } else if (u.docStatus[0] == 2 && rng.chance(400)) {
                    u.docStatus[1] = quint8(rng.chance(500) ? 1 : 0);
                    u.docLevel[1] = 1;
                    u.docCount = 2;
                } else if (u.docStatus[0] == 1 && rng.chance(380)) {
                    static const int level2Weights[] = {250, 550, 80, 120};
                    u.docStatus[1] = quint8(rng.weighted(level2Weights));
                    u.docLevel[1] = 2;
                    u.docCount = 2;
                }
            }
        }
        // Ids follow sign-up order.
        std::stable_sort(m_users.begin(), m_users.end(),
                         [](const UserPlan& a, const UserPlan& b) { return a.createdAt < b.createdAt; });
    }

    QString familyHangul(const UserPlan& u) const
    {
        return QString::fromUtf8(names::kKoreanFamilyNames[u.family].hangul);
    }

    QString lastName(const UserPlan& u) const
    {
        return u.korean ? familyHangul(u) : QLatin1String(names::kEnglishFamilyNames[u.family]);
    }
    QString firstName(const UserPlan& u) const
    {
        return u.korean ? QString::fromUtf8(names::kKoreanGivenNames[u.given].hangul)
                        : QString::fromLatin1(names::kEnglishGivenNames[u.given]);
    }
    QString fullName(const UserPlan& u) const
    {
        if (u.korean) {
            return lastName(u) + firstName(u);
        }
        return firstName(u) + QLatin1Char(' ') + lastName(u);
    }
    QString emailLocal(const UserPlan& u, qint64 id) const
    {
        const QString given = u.korean ? QLatin1String(names::kKoreanGivenNames[u.given].latin)
                                       : QString::fromLatin1(names::kEnglishGivenNames[u.given]).toLower();
        const QString family = u.korean ? QLatin1String(names::kKoreanFamilyNames[u.family].latin)
                                        : QString::fromLatin1(names::kEnglishFamilyNames[u.family]).toLower();
        return given + QLatin1Char('.') + family + QString::number(id);
    }
    QString country(const UserPlan& u) const
    {
        return u.korean ? QStringLiteral("KR") : QLatin1String(names::kEnglishCountries[u.country]);
    }

    /// users.kyc_status / kyc_level from the documents (docs/DOMAIN.md): approved at the
    /// highest approved level, else the latest document's status, else pending at level 0.
    static void kycOf(const UserPlan& u, const char** status, int* level)
    {
        int approved = 0;
        for (int d = 0; d < u.docCount; ++d) {
            if (u.docStatus[size_t(d)] == 1) {
                approved = std::max(approved, int(u.docLevel[size_t(d)]));
            }
        }
        *level = approved;
        if (approved > 0) {
            *status = "approved";
        } else if (u.docCount > 0) {
            *status = kDocStatus[u.docStatus[size_t(u.docCount - 1)]];
        } else {
            *status = "pending";
        }
    }

    Result<Done> writeUsers()
    {
        Rng rng(streamSeed(m_options.seed, "users"));
        PD_TRY(m_writer->begin("users",
                               {"id", "email", "phone", "first_name", "last_name", "country_code", "preferred_currency",
                                "circle_wallet_id", "circle_entity_id", "is_verified", "is_active", "kyc_status",
                                "kyc_level", "created_at", "updated_at", "last_login_at", "organization_id"}));
        static const char* domains[] = {"example.com", "example.kr", "example.net", "example.org"};
        for (size_t i = 0; i < m_users.size(); ++i) {
            const UserPlan& u = m_users[i];
            const qint64 id = qint64(i) + 1;
            m_writer->add(id);
            m_writer->add(emailLocal(u, id) + QLatin1Char('@') + QLatin1String(rng.pick(domains)));
            // A bijection of the id keeps phone numbers unique.
            const qint64 digits = (id * 7919 + 13) % 100000000;
            char phone[32];
            if (u.korean) {
                std::snprintf(phone, sizeof phone, "010-%04lld-%04lld", static_cast<long long>(digits / 10000),
                              static_cast<long long>(digits % 10000));
                m_writer->addLatin1(phone);
            } else if (rng.chance(700)) {
                std::snprintf(phone, sizeof phone, "+1-555-%08lld", static_cast<long long>(digits));
                m_writer->addLatin1(phone);
            } else {
                m_writer->addNull();
            }
            m_writer->add(firstName(u));
            m_writer->add(lastName(u));
            m_writer->add(country(u));
            // The member name as lists show it (PD_SQL_MEMBER_NAME), the payments' sort key.
            m_memberNames.push_back(country(u) == QLatin1String("KR")
                                        ? QString(lastName(u) + firstName(u))
                                        : QString(firstName(u) + QLatin1Char(' ') + lastName(u)));
            m_writer->addLatin1(u.korean && rng.chance(700) ? "KRW" : "USDC");
            if (u.wallet) {
                m_writer->add(QStringLiteral("cw-") + hex(rng, 12));
                m_writer->add(QStringLiteral("ce-") + hex(rng, 12));
            } else {
                m_writer->addNull();
                m_writer->addNull();
            }
            const char* status = nullptr;
            int level = 0;
            kycOf(u, &status, &level);
            m_writer->addBool(level > 0);
            m_writer->addBool(!rng.chance(25));
            m_writer->addLatin1(status);
            m_writer->add(level);
            m_writer->addLatin1(formatInstant(u.createdAt).text);
            m_writer->addLatin1(
                formatInstant(std::min(u.createdAt + qint64(rng.below(90)) * kMicrosPerDay, m_now - kMicrosPerHour))
                    .text);
            if (rng.chance(850)) {
                const qint64 since = std::max<qint64>(1, (m_now - u.createdAt) / kMicrosPerDay);
                const qint64 login = m_now - qint64(rng.below(quint64(std::min<qint64>(since, 120)))) * kMicrosPerDay -
                                     qint64(rng.below(86400)) * 1000000;
                m_writer->addLatin1(formatInstant(std::max(login, u.createdAt + kMicrosPerHour)).text);
            } else {
                m_writer->addNull();
            }
            if (u.parent) {
                m_writer->add(m_institutions[size_t(u.institution)].id);
            } else {
                m_writer->addNull();
            }
            PD_TRY(m_writer->endRow());
        }
        m_summary.users = qint64(m_users.size());
        return m_writer->finish();
    }

    /// A local specimen file standing in for a document of `type` (DemoOptions::documentFiles).
    struct DemoFile
    {
        QString path;
        QString type;
        qint64 size = 0;
    };
    const DemoFile* specimenFor(const char* documentType)
    {
        if (m_options.documentFiles.size() < 3) {
            return nullptr;
        }
        if (m_specimens.isEmpty()) {
            for (const QString& path : m_options.documentFiles) {
                const QFileInfo info(path);
                m_specimens.append({info.absoluteFilePath(), info.suffix().toLower(), info.size()});
            }
        }
        const QLatin1String type(documentType);
        return &m_specimens[type == QLatin1String("proof_of_address") ? 2 : type == QLatin1String("passport") ? 1 : 0];
    }

    Result<Done> writeKycDocuments()
    {
        Rng rng(streamSeed(m_options.seed, "kyc"));
        PD_TRY(m_writer->begin("kyc_documents", {"id",
                                                 "user_id",
                                                 "document_type",
                                                 "document_number",
                                                 "full_name",
                                                 "date_of_birth",
                                                 "nationality",
                                                 "gender",
                                                 "address_line1",
                                                 "address_line2",
                                                 "city",
                                                 "state_province",
                                                 "postal_code",
                                                 "country",
                                                 "occupation",
                                                 "employer",
                                                 "income_range",
                                                 "source_of_funds",
                                                 "file_url",
                                                 "file_type",
                                                 "file_size",
                                                 "verification_status",
                                                 "verification_method",
                                                 "verification_notes",
                                                 "verified_by",
                                                 "verified_at",
                                                 "compliance_check_id",
                                                 "risk_score",
                                                 "risk_factors",
                                                 "created_at",
                                                 "updated_at",
                                                 "expires_at",
                                                 "kyc_level",
                                                 "resubmitted_at"}));
        PD_TRY(beginAuditBuffer());
        static const char* types[] = {"national_id", "national_id", "passport", "drivers_license", "residence_permit"};
        static const char* fileTypes[] = {"jpg", "png", "pdf"};
        static const char* rejectNotes[] = {"document expired", "photo unreadable", "name does not match account",
                                            "document type not accepted"};
        static const char* infoNotes[] = {"please upload the back side of the card",
                                          "address proof older than 3 months", "please send a clearer photo"};
        qint64 id = 0;
        for (size_t i = 0; i < m_users.size(); ++i) {
            const UserPlan& u = m_users[i];
            qint64 submitted = u.createdAt + qint64(rng.range(1, 72)) * kMicrosPerHour;
            for (int d = 0; d < u.docCount; ++d) {
                ++id;
                const int status = u.docStatus[size_t(d)];
                const int level = u.docLevel[size_t(d)];
                // A working team's queue (docs/DOMAIN.md, "KYC review"): nine in ten pending
                // documents arrived in the 12 hours before the data ends (the start of the as-of
                // day in Seoul), so they are within the 48-hour SLA when the demo is made (at most 33 hours
                // after that);
                // the rest are two to seven days old. Never before the user's previous document
                // was decided.
                const bool last = d == u.docCount - 1;
                if (status == 0 && last) {
                    const qint64 ageHours = rng.chance(900) ? qint64(rng.below(12)) : qint64(50 + rng.below(5 * 24));
                    submitted =
                        std::max(submitted, m_now - ageHours * kMicrosPerHour - qint64(rng.below(3600)) * 1000000);
                }
                submitted = std::max(std::min(submitted, m_now - kMicrosPerHour), u.createdAt + kMicrosPerHour);
                const char* type = level == 2 ? "proof_of_address" : (u.korean ? rng.pick(types) : "passport");
                m_writer->add(id);
                m_writer->add(qint64(i) + 1);
                m_writer->addLatin1(type);
                char number[32];
                std::snprintf(number, sizeof number, u.korean ? "%06lld-%07lld" : "P%08lld%lld",
                              static_cast<long long>(rng.range(700101, 991231)),
                              static_cast<long long>(rng.range(1000000, 2999999)));
                m_writer->addLatin1(number);
                m_writer->add(fullName(u));
                m_writer->addLatin1(
                    formatDate(daysFromCivil(int(rng.range(1965, 2003)), int(rng.range(1, 12)), int(rng.range(1, 28))))
                        .text);
                m_writer->add(country(u));
                m_writer->addLatin1(rng.chance(500) ? "female" : "male");
                if (level == 2) {
                    const auto& center =
                        names::kCenters[u.institution >= 0 ? size_t(m_institutions[size_t(u.institution)].center)
                                                           : rng.below(std::size(names::kCenters))];
                    m_writer->add(QString::fromUtf8(center.city) + QLatin1Char(' ') +
                                  QString::fromUtf8(rng.pick(names::kStreets)) + QLatin1Char(' ') +
                                  QString::number(rng.range(1, 300)));
                    m_writer->add(QString::number(rng.range(101, 1504)) + QStringLiteral("호"));
                    m_writer->add(QString::fromUtf8(center.city).section(QLatin1Char(' '), 0, 0));
                    m_writer->addNull();
                    char postal[8];
                    std::snprintf(postal, sizeof postal, "%05lld", static_cast<long long>(rng.range(1000, 63999)));
                    m_writer->addLatin1(postal);
                    m_writer->addLatin1("KR");
                    m_writer->addLatin1(rng.pick(names::kOccupations));
                    m_writer->addLatin1(rng.pick(names::kEmployers));
                    m_writer->addLatin1(rng.pick(names::kIncomeRanges));
                    m_writer->addLatin1(rng.pick(names::kSourcesOfFunds));
                } else {
                    for (int k = 0; k < 10; ++k) {
                        m_writer->addNull();
                    }
                }
                const char* fileType = rng.pick(fileTypes);
                const qint64 fileSize = rng.range(80000, 4000000);
                if (const DemoFile* file = specimenFor(type)) {
                    m_writer->add(file->path);
                    m_writer->add(file->type);
                    m_writer->add(file->size);
                } else {
                    char url[96];
                    std::snprintf(url, sizeof url, "https://files.paydesk.invalid/kyc/%lld.%s",
                                  static_cast<long long>(id), fileType);
                    m_writer->addLatin1(url);
                    m_writer->addLatin1(fileType);
                    m_writer->add(fileSize);
                }
                m_writer->addLatin1(kDocStatus[status]);
                m_writer->addLatin1(rng.chance(800) ? "manual_review" : "automated");
                const bool decided = status != 0;
                const qint64 decidedAt =
                    std::min(m_now - 60 * 1000000, submitted + qint64(rng.range(1, 96)) * kMicrosPerHour);
                const QString reviewer = QStringLiteral("kyc.reviewer%1").arg(rng.range(1, 6));
                if (status == 2) {
                    m_writer->addLatin1(rng.pick(rejectNotes));
                } else if (status == 3) {
                    m_writer->addLatin1(rng.pick(infoNotes));
                } else if (status == 0 && last && u.resubmitted) {
                    m_writer->addLatin1("resubmitted after a request for information");
                } else {
                    m_writer->addNull();
                }
                if (decided) {
                    m_writer->add(reviewer);
                    m_writer->addLatin1(formatInstant(decidedAt).text);
                } else {
                    m_writer->addNull();
                    m_writer->addNull();
                }
                m_writer->add(QStringLiteral("cc-") + hex(rng, 8));
                // Risk: most customers are low risk, a few are high.
                const int risk = rng.chance(60) ? int(rng.range(700, 999)) : int(rng.range(0, 380));
                char score[16];
                std::snprintf(score, sizeof score, "%d.%02d", risk / 100, risk % 100);
                m_writer->addLatin1(score);
                if (risk >= 300) {
                    m_writer->addLatin1(rng.pick(names::kRiskFactors));
                } else {
                    m_writer->addNull();
                }
                m_writer->addLatin1(formatInstant(submitted).text);
                m_writer->addLatin1(formatInstant(decided ? decidedAt : submitted).text);
                m_writer->addLatin1(formatInstant(submitted + qint64(rng.range(365, 3650)) * kMicrosPerDay).text);
                m_writer->add(level);
                if (status == 0 && last && u.resubmitted) {
                    m_writer->addLatin1(formatInstant(submitted).text);
                } else {
                    m_writer->addNull();
                }
                PD_TRY(m_writer->endRow());
                if (decided) {
                    const char* action = status == 1 ? "kyc.approve" : status == 2 ? "kyc.reject" : "kyc.request_info";
                    PD_TRY(bufferAudit(
                        decidedAt, reviewer, action, "kyc_documents", id,
                        QStringLiteral("{\"verification_status\": \"pending\"}"),
                        QStringLiteral("{\"verification_status\": \"%1\"}").arg(QLatin1String(kDocStatus[status]))));
                }
                submitted = decidedAt + qint64(rng.range(2, 240)) * kMicrosPerHour;
            }
        }
        m_summary.kycDocuments = id;
        return m_writer->finish();
    }

    Result<Done> writeWallets()
    {
        Rng rng(streamSeed(m_options.seed, "wallets"));
        static const std::pair<int, const char*> chains[] = {
            {1, "ethereum"}, {137, "polygon"}, {43114, "avalanche"}, {42161, "arbitrum"}};
        struct WalletRef
        {
            qint64 user;
            qint64 created;
        };
        std::vector<WalletRef> refs;
        PD_TRY(m_writer->begin("wallets",
                               {"id", "user_id", "circle_wallet_id", "wallet_address", "chain_id", "chain_name",
                                "usdc_balance", "last_balance_update", "is_active", "created_at", "updated_at"}));
        qint64 id = 0;
        for (size_t i = 0; i < m_users.size(); ++i) {
            const UserPlan& u = m_users[i];
            if (!u.wallet) {
                continue;
            }
            const int count = rng.chance(250) ? 2 : 1;
            const size_t first = size_t(rng.below(std::size(chains)));
            for (int k = 0; k < count; ++k) {
                const auto& chain = chains[(first + size_t(k)) % std::size(chains)];
                const qint64 created =
                    std::max(u.createdAt + kMicrosPerHour / 2,
                             std::min(u.createdAt + qint64(rng.range(1, 30)) * kMicrosPerDay, m_now - kMicrosPerHour));
                m_writer->add(++id);
                m_writer->add(qint64(i) + 1);
                m_writer->add(QStringLiteral("w-") + hex(rng, 16));
                m_writer->add(QStringLiteral("0x") + hex(rng, 20));
                m_writer->add(chain.first);
                m_writer->addLatin1(chain.second);
                m_writer->add(usdcDecimal(rng.range(0, 5000) * 1000000 + rng.range(0, 999999)));
                m_writer->addLatin1(formatInstant(m_now - qint64(rng.below(72)) * kMicrosPerHour).text);
                m_writer->addBool(true);
                m_writer->addLatin1(formatInstant(created).text);
                m_writer->addLatin1(formatInstant(created).text);
                PD_TRY(m_writer->endRow());
                refs.push_back({qint64(i) + 1, created});
            }
        }
        m_summary.wallets = id;
        PD_TRY(m_writer->finish());

        static const char* txTypes[] = {"deposit", "deposit", "payment", "withdrawal", "transfer"};
        static const char* merchants[] = {"GS25", "CU", "Starbucks Korea", "Olive Young", "Coupang", "Baemin"};
        PD_TRY(m_writer->begin("transactions", {"id", "user_id", "transaction_id", "transaction_hash",
                                                "transaction_type", "status", "amount", "currency", "service_fee",
                                                "total_fee", "merchant_name", "created_at", "completed_at"}));
        qint64 tx = 0;
        for (const WalletRef& ref : refs) {
            const int count = int(rng.range(0, 5));
            for (int k = 0; k < count; ++k) {
                const char* type = rng.pick(txTypes);
                const int statusRoll = int(rng.below(100));
                const char* status = statusRoll < 90 ? "completed" : statusRoll < 95 ? "pending" : "failed";
                const qint64 amount = rng.range(1, 800) * 1000000 + rng.range(0, 99) * 10000;
                const qint64 fee = amount / 200;
                const qint64 created =
                    ref.created +
                    qint64(rng.below(quint64(std::max<qint64>(1, (m_now - ref.created) / 1000000)))) * 1000000;
                m_writer->add(++tx);
                m_writer->add(ref.user);
                m_writer->add(QStringLiteral("tx-") + hex(rng, 12));
                m_writer->add(QStringLiteral("0x") + hex(rng, 32));
                m_writer->addLatin1(type);
                m_writer->addLatin1(status);
                m_writer->add(usdcDecimal(amount));
                m_writer->addLatin1("USDC");
                m_writer->add(usdcDecimal(fee));
                m_writer->add(usdcDecimal(fee));
                if (qstrcmp(type, "payment") == 0) {
                    m_writer->addLatin1(rng.pick(merchants));
                } else {
                    m_writer->addNull();
                }
                m_writer->addLatin1(formatInstant(created).text);
                if (qstrcmp(status, "completed") == 0) {
                    m_writer->addLatin1(formatInstant(created + qint64(rng.range(5, 600)) * 1000000).text);
                } else {
                    m_writer->addNull();
                }
                PD_TRY(m_writer->endRow());
            }
        }
        m_summary.transactions = tx;
        return m_writer->finish();
    }

    // -- parents, children, CMS -------------------------------------------------------------------------
    Result<Done> writeParents()
    {
        Rng rng(streamSeed(m_options.seed, "parents"));
        static const int dayWeights[] = {0,  6, 2, 2, 2, 14, 2, 2, 2, 2, 16, 2, 2, 2, 2,
                                         12, 2, 2, 2, 2, 10, 2, 2, 2, 2, 12, 2, 2, 2};
        static const qint64 amounts[] = {55000, 66000, 77000, 88000, 99000, 110000, 132000};
        PD_TRY(m_writer->begin("parents", {"id", "user_id", "organization_id", "service_status", "enrolled_at",
                                           "created_at", "updated_at"}));
        for (size_t i = 0; i < m_users.size(); ++i) {
            const UserPlan& u = m_users[i];
            if (!u.parent) {
                continue;
            }
            ParentPlan p{};
            p.user = int(i);
            p.institution = u.institution;
            p.paymentDay = rng.weighted(dayWeights);
            p.monthlyAmount = rng.pick(amounts);
            static const int methodWeights[] = {850, 100, 30, 20};
            p.method = rng.weighted(methodWeights);
            p.hasCms = p.method == 0;
            static const int reliabilityWeights[] = {850, 120, 30};
            const int profile = rng.weighted(reliabilityWeights);
            p.reliability = profile == 0 ? 10 : profile == 1 ? 120 : 500;
            p.resolveChance = profile == 2 ? 200 : 750;
            p.enrolledMonth = u.enrolledMonth;
            m_parents.push_back(p);
            const qint64 id = qint64(m_parents.size());
            const qint64 enrolledDay = u.enrolledDay;
            const qint64 created =
                std::min(enrolledDay * kMicrosPerDay - kSeoulOffset + 9 * kMicrosPerHour, m_now - kMicrosPerHour);
            m_writer->add(id);
            m_writer->add(qint64(i) + 1);
            m_writer->add(m_institutions[size_t(p.institution)].id);
            m_writer->addLatin1(rng.chance(970) ? "active" : rng.chance(500) ? "paused" : "withdrawn");
            m_writer->addLatin1(formatDate(enrolledDay).text);
            m_writer->addLatin1(formatInstant(created).text);
            m_writer->addLatin1(formatInstant(created).text);
            PD_TRY(m_writer->endRow());
        }
        m_summary.parents = qint64(m_parents.size());
        PD_TRY(m_writer->finish());

        PD_TRY(m_writer->begin("children",
                               {"id", "parent_id", "name", "birth_date", "class_name", "is_active", "created_at"}));
        qint64 child = 0;
        static const int childWeights[] = {60, 32, 8};
        for (size_t k = 0; k < m_parents.size(); ++k) {
            const UserPlan& u = m_users[size_t(m_parents[k].user)];
            const int count = rng.weighted(childWeights) + 1;
            for (int c = 0; c < count; ++c) {
                m_writer->add(++child);
                m_writer->add(qint64(k) + 1);
                QString name;
                if (u.korean) {
                    name = familyHangul(u) + QString::fromUtf8(rng.pick(names::kKoreanGivenNames).hangul);
                } else {
                    name = QString::fromLatin1(rng.pick(names::kEnglishGivenNames)) + QLatin1Char(' ') + lastName(u);
                }
                m_writer->add(name);
                m_writer->addLatin1(formatDate(daysFromCivil(m_asOf.year() - int(rng.range(2, 9)),
                                                             int(rng.range(1, 12)), int(rng.range(1, 28))))
                                        .text);
                m_writer->add(QString::fromUtf8(rng.pick(names::kChildClasses)));
                m_writer->addBool(true);
                m_writer->addLatin1(formatInstant(m_now - 400 * kMicrosPerDay).text);
                PD_TRY(m_writer->endRow());
            }
        }
        m_summary.children = child;
        PD_TRY(m_writer->finish());

        PD_TRY(m_writer->begin("cms_info", {"id", "parent_id", "contract_id", "bank_code", "bank_name",
                                            "account_holder", "account_last4", "payment_day", "monthly_amount",
                                            "cms_status", "created_at", "updated_at", "account_number_enc"}));
        // Full account numbers come from their own stream, so the other columns stay as they were.
        Rng accounts(streamSeed(m_options.seed, "accounts"));
        std::optional<FieldCipher> cipher;
        if (!m_options.fieldKeyFile.isEmpty()) {
            auto made = FieldCipher::fromKeyFile(m_options.fieldKeyFile);
            if (!made.ok()) {
                return made.error();
            }
            cipher = made.value();
        }
        qint64 contract = 0;
        for (size_t k = 0; k < m_parents.size(); ++k) {
            const ParentPlan& p = m_parents[k];
            if (!p.hasCms) {
                continue;
            }
            const auto& bank = rng.pick(names::kBanks);
            const int statusRoll = int(rng.below(100));
            const char* status = statusRoll < 92   ? "active"
                                 : statusRoll < 96 ? "suspended"
                                 : statusRoll < 98 ? "terminated"
                                                   : "pending_registration";
            char last4[8];
            std::snprintf(last4, sizeof last4, "%04lld", static_cast<long long>(rng.below(10000)));
            char contractId[24];
            std::snprintf(contractId, sizeof contractId, "CMS%09lld", static_cast<long long>(k + 1));
            m_writer->add(++contract);
            m_writer->add(qint64(k) + 1);
            m_writer->addLatin1(contractId);
            m_writer->addLatin1(bank[0]);
            m_writer->add(QString::fromUtf8(bank[1]));
            m_writer->add(fullName(m_users[size_t(p.user)]));
            m_writer->addLatin1(last4);
            m_writer->add(p.paymentDay);
            m_writer->add(p.monthlyAmount);
            m_writer->addLatin1(status);
            const Buf created =
                formatInstant(std::min(Month{p.enrolledMonth}.dayOf(1) * kMicrosPerDay, m_now - kMicrosPerDay));
            m_writer->addLatin1(created.text);
            m_writer->addLatin1(created.text);
            char account[64];
            std::snprintf(account, sizeof account, "%03lld-%06lld-%02lld%s",
                          static_cast<long long>(accounts.range(100, 999)),
                          static_cast<long long>(accounts.range(0, 999999)),
                          static_cast<long long>(accounts.range(0, 99)), last4);
            if (cipher) {
                auto sealed =
                    cipher->seal(QByteArray(account), QByteArray("cms_info.account_number:") + QByteArray(contractId));
                if (!sealed.ok()) {
                    return sealed.error();
                }
                m_writer->addBytes(sealed.value());
            } else {
                m_writer->addNull();
            }
            PD_TRY(m_writer->endRow());
        }
        return m_writer->finish();
    }

    // -- payments, invoices, settlements -------------------------------------------------------------------
    struct InvoicePlan
    {
        qint64 payment;
        int parent;
        qint64 sats;
        int status; // 0 pending, 1 paid, 2 confirmed, 3 expired
        qint64 created;
        qint64 paid;
        int month;
    };

    Result<Done> writePayments()
    {
        Rng rng(streamSeed(m_options.seed, "payments"));
        PD_TRY(m_writer->begin("payments", {"id", "parent_id", "organization_id", "payment_month", "due_date", "amount",
                                            "currency", "status", "method", "tid", "order_id", "failure_reason",
                                            "failure_code", "attempt_count", "paid_at", "created_at", "updated_at",
                                            "sort_member", "sort_institution"}));
        m_settlementCount.assign(std::size(names::kCenters) * kMonths, 0);
        m_settlementGross.assign(std::size(names::kCenters) * kMonths, 0);
        qint64 id = 0;
        // Collections: after three unpaid months in a row the service is suspended (no more
        // charges); after four suspended months the member has left.
        std::vector<int> unpaidInARow(m_parents.size(), 0);
        std::vector<int> suspendedMonths(m_parents.size(), 0);
        for (int mi = 0; mi < kMonths; ++mi) {
            const Month month{m_firstMonth.index + mi};
            const Buf monthText = month.text();
            const qint64 monthStart = month.dayOf(1) * kMicrosPerDay - kSeoulOffset;
            for (size_t k = 0; k < m_parents.size(); ++k) {
                const ParentPlan& p = m_parents[k];
                if (p.enrolledMonth > month.index) {
                    continue;
                }
                const int day = std::min(p.paymentDay, month.daysInMonth());
                const qint64 dueDay = month.dayOf(day);
                const UserPlan& member = m_users[size_t(p.user)];
                if (dueDay <= member.enrolledDay) {
                    continue; // the first charge is the first due date after enrolment
                }
                if (unpaidInARow[k] >= 3) {
                    ++suspendedMonths[k];
                    if (suspendedMonths[k] <= 4 && rng.chance(250)) {
                        unpaidInARow[k] = 0; // paid up and back in service
                        suspendedMonths[k] = 0;
                    } else {
                        continue;
                    }
                }
                const qint64 created = std::min(std::max(monthStart, member.enrolledDay * kMicrosPerDay) +
                                                    qint64(rng.below(6 * 3600)) * 1000000,
                                                m_now - 1000000);
                const char* status = "pending";
                int attempts = 0;
                qint64 paidAt = 0;
                const names::FailureReason* failure = nullptr;
                bool charged = dueDay < m_asOfDay;
                if (rng.chance(3)) {
                    status = "cancelled"; // service paused for the month
                    charged = false;
                }
                if (charged) {
                    attempts = 1;
                    const qint64 chargeTime = dueDay * kMicrosPerDay - kSeoulOffset + 10 * kMicrosPerHour +
                                              qint64(rng.below(4 * 3600)) * 1000000;
                    if (!rng.chance(p.reliability)) {
                        status = "success";
                        paidAt = chargeTime;
                    } else {
                        failure = &rng.pick(names::kFailureReasons);
                        status = "failed";
                        // The provider retries a few days later; some parents pay by transfer.
                        const qint64 retryDay = dueDay + rng.range(3, 12);
                        if (retryDay < m_asOfDay && rng.chance(p.resolveChance)) {
                            status = "success";
                            attempts = 2;
                            paidAt = retryDay * kMicrosPerDay - kSeoulOffset + 11 * kMicrosPerHour +
                                     qint64(rng.below(3600)) * 1000000;
                        } else if (m_asOfDay - dueDay > 60 && rng.chance(850)) {
                            // Old debts are mostly collected by the center, by bank transfer.
                            status = "success";
                            attempts = 3;
                            const qint64 collectedDay = std::min(dueDay + rng.range(20, 60), m_asOfDay - 1);
                            paidAt = collectedDay * kMicrosPerDay - kSeoulOffset + 14 * kMicrosPerHour +
                                     qint64(rng.below(3600)) * 1000000;
                        } else if (m_asOfDay - dueDay > 365 && rng.chance(800)) {
                            status = "cancelled"; // written off after a year; the failure reason stays
                        }
                    }
                    if (qstrcmp(status, "success") == 0 && rng.chance(2)) {
                        status = "refunded";
                    }
                }
                ++id;
                m_writer->add(id);
                m_writer->add(qint64(k) + 1);
                m_writer->add(m_institutions[size_t(p.institution)].id);
                m_writer->addLatin1(monthText.text);
                m_writer->addLatin1(formatDate(dueDay).text);
                m_writer->add(p.monthlyAmount);
                m_writer->addLatin1("KRW");
                m_writer->addLatin1(status);
                m_writer->addLatin1(kMethods[p.method]);
                if (attempts > 0 && p.method != 2) {
                    char tid[40];
                    std::snprintf(tid, sizeof tid, "NICE%s%010lld", p.method == 1 ? "C" : "M",
                                  static_cast<long long>(id));
                    m_writer->addLatin1(tid);
                } else {
                    m_writer->addNull();
                }
                char orderId[64];
                std::snprintf(orderId, sizeof orderId, "PD-%s-%08lld", monthText.text, static_cast<long long>(k + 1));
                m_writer->addLatin1(orderId);
                if (failure) {
                    m_writer->add(QString::fromUtf8(failure->text));
                    m_writer->addLatin1(failure->code);
                } else {
                    m_writer->addNull();
                    m_writer->addNull();
                }
                m_writer->add(attempts);
                if (paidAt > 0) {
                    m_writer->addLatin1(formatInstant(paidAt).text);
                } else {
                    m_writer->addNull();
                }
                m_writer->addLatin1(formatInstant(created).text);
                m_writer->addLatin1(formatInstant(std::max(created, paidAt)).text);
                m_writer->add(m_memberNames[size_t(p.user)]);
                m_writer->add(m_institutions[size_t(p.institution)].name);
                PD_TRY(m_writer->endRow());

                const bool success = qstrcmp(status, "success") == 0;
                if (qstrcmp(status, "failed") == 0) {
                    ++unpaidInARow[k];
                } else if (success) {
                    unpaidInARow[k] = 0;
                }
                if (success) {
                    const size_t key = size_t(m_institutions[size_t(p.institution)].center) * kMonths + size_t(mi);
                    ++m_settlementCount[key];
                    m_settlementGross[key] += p.monthlyAmount;
                }
                if (p.method == 2 && qstrcmp(status, "cancelled") != 0) {
                    // Round half up to whole satoshis.
                    const qint64 sats = (p.monthlyAmount * 100000000 + m_options.wonPerBch / 2) / m_options.wonPerBch;
                    const int invoiceStatus = success ? (paidAt < m_now - 2 * kMicrosPerDay ? 2 : 1)
                                                      : (qstrcmp(status, "failed") == 0 ? 3 : 0);
                    m_invoices.push_back({id, int(k), sats, invoiceStatus, created, paidAt, mi});
                }
            }
            if (!report(25 + 50 * (mi + 1) / kMonths,
                        GeneratorText::tr("Payments %1").arg(QLatin1String(monthText.text)))) {
                return cancelled();
            }
        }
        m_summary.payments = id;
        return m_writer->finish();
    }

    Result<Done> writeInvoices()
    {
        Rng rng(streamSeed(m_options.seed, "invoices"));
        // Members who pay in BCH also buy credits outside the monthly fee.
        for (size_t i = 0; i < m_users.size(); ++i) {
            if (m_users[i].parent || !rng.chance(60)) {
                continue;
            }
            const int count = int(rng.range(1, 3));
            for (int c = 0; c < count; ++c) {
                const int mi = int(rng.below(kMonths));
                qint64 created = std::min(Month{m_firstMonth.index + mi}.dayOf(int(rng.range(1, 28))) * kMicrosPerDay,
                                          m_now - qint64(rng.range(1, 48)) * kMicrosPerHour);
                created = std::max(created, m_users[i].createdAt + qint64(rng.range(1, 72)) * kMicrosPerHour);
                if (created >= m_now) {
                    continue;
                }
                const int statusRoll = int(rng.below(100));
                const int status = created > m_now - 14 * kMicrosPerDay ? (statusRoll < 60 ? 0 : 2)
                                                                        : (statusRoll < 75   ? 2
                                                                           : statusRoll < 85 ? 1
                                                                                             : 3);
                const qint64 sats = rng.range(1, 500) * 100000;
                m_invoices.push_back({0, -int(i) - 1, sats, status, created,
                                      status == 1 || status == 2 ? created + qint64(rng.range(5, 600)) * 60000000 : 0,
                                      mi});
            }
        }
        std::stable_sort(m_invoices.begin(), m_invoices.end(),
                         [](const InvoicePlan& a, const InvoicePlan& b) { return a.created < b.created; });

        // The demo's watch-only account: the depth-3 key of BIP32 test vector 1 (m/0H/1/2H) as a
        // testnet key. Its private key is published, so demo addresses are testnet only: nobody
        // can send real money to them.
        const auto account =
            bch::ExtendedPublicKey::parse(QStringLiteral("xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJ"
                                                         "PMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5"));
        if (!account.ok()) {
            return account.error();
        }
        const bch::ExtendedPublicKey demoKey = account.value().withTestnetVersion(true);
        const auto external = demoKey.child(0);
        if (!external.ok()) {
            return external.error();
        }
        PD_TRY(m_writer->begin(
            "bch_accounts", {"id", "name", "network", "xpub", "next_index", "is_active", "created_at", "updated_at"}));
        {
            const Buf created = formatInstant(m_now - 2 * 365 * kMicrosPerDay);
            m_writer->add(1);
            m_writer->add(QStringLiteral("Demo account (testnet)"));
            m_writer->addLatin1("testnet");
            m_writer->add(demoKey.toBase58());
            m_writer->add(qint64(m_invoices.size()));
            m_writer->addBool(true);
            m_writer->addLatin1(created.text);
            m_writer->addLatin1(created.text);
            PD_TRY(m_writer->endRow());
        }
        PD_TRY(m_writer->finish());

        static const char* statusNames[] = {"pending", "paid", "confirmed", "expired"};
        PD_TRY(
            m_writer->begin("invoices", {"id", "amount", "address", "user_id", "username", "description", "status",
                                         "tx_hash", "created_at", "confirmed_at", "organization_id", "payment_id",
                                         "expires_at", "paid_at", "updated_at", "bch_account_id", "derivation_index"}));
        struct Credit
        {
            qint64 invoice;
            qint64 user;
            QString username;
            qint64 sats;
            qint64 at;
        };
        std::vector<Credit> credits;
        qint64 id = 0;
        for (const InvoicePlan& inv : m_invoices) {
            const bool forParent = inv.parent >= 0;
            const int userIndex = forParent ? m_parents[size_t(inv.parent)].user : -inv.parent - 1;
            const UserPlan& u = m_users[size_t(userIndex)];
            const quint32 index = quint32(id); // 0-based: the invoice written next gets index id
            auto key = external.value().child(index);
            if (!key.ok()) {
                return key.error();
            }
            const bch::Address address{bch::Network::Testnet, bch::AddressType::P2PKH, key.value().hash160()};
            const QString username = emailLocal(u, userIndex + 1).left(50);
            m_writer->add(++id);
            m_writer->add(bchDecimal(inv.sats));
            m_writer->add(address.toCashAddr());
            m_writer->add(qint64(userIndex) + 1);
            m_writer->add(username);
            if (forParent) {
                m_writer->add(QString::fromLatin1(Month{m_firstMonth.index + inv.month}.text().text) +
                              QStringLiteral(" 급식비 / monthly meal fee"));
            } else {
                m_writer->add(QStringLiteral("크레딧 충전 / credit top-up"));
            }
            m_writer->addLatin1(statusNames[inv.status]);
            if (inv.status == 1 || inv.status == 2) {
                m_writer->add(hex(rng, 32));
            } else {
                m_writer->addNull();
            }
            m_writer->addLatin1(formatInstant(inv.created).text);
            if (inv.status == 2) {
                m_writer->addLatin1(formatInstant(inv.paid + 20 * 60000000LL).text);
            } else {
                m_writer->addNull();
            }
            if (forParent) {
                m_writer->add(m_institutions[size_t(m_parents[size_t(inv.parent)].institution)].id);
                m_writer->add(inv.payment);
            } else {
                m_writer->addNull();
                m_writer->addNull();
            }
            m_writer->addLatin1(formatInstant(inv.created + 14 * kMicrosPerDay).text);
            if (inv.paid > 0) {
                m_writer->addLatin1(formatInstant(inv.paid).text);
            } else {
                m_writer->addNull();
            }
            m_writer->addLatin1(formatInstant(std::max(inv.created, inv.paid)).text);
            m_writer->add(1);
            m_writer->add(qint64(index));
            PD_TRY(m_writer->endRow());
            if (inv.status == 2) {
                credits.push_back({id, qint64(userIndex) + 1, username, inv.sats, inv.paid + 20 * 60000000LL});
            }
        }
        m_summary.invoices = id;
        PD_TRY(m_writer->finish());

        PD_TRY(m_writer->begin(
            "user_credits", {"id", "user_id", "username", "amount", "transaction_type", "invoice_id", "created_at"}));
        qint64 credit = 0;
        for (const Credit& c : credits) {
            m_writer->add(++credit);
            m_writer->add(c.user);
            m_writer->add(c.username);
            m_writer->add(bchDecimal(c.sats));
            m_writer->addLatin1("payment");
            m_writer->add(c.invoice);
            m_writer->addLatin1(formatInstant(c.at).text);
            PD_TRY(m_writer->endRow());
        }
        // Manual credits (migration 015): small ones credited by headquarters at once, larger
        // ones approved by a second admin, one rejected, and a few waiting for the second pair
        // of eyes. The approved ones are in the ledger.
        struct Manual
        {
            qint64 user;
            qint64 sats;
            const char* status;
            qint64 askedAt;
            const char* decidedBy;
            qint64 creditId;
            const char* reason;
            const char* note;
        };
        std::vector<Manual> manuals;
        const qint64 manualCount = std::max<qint64>(6, m_userCount / 300);
        for (qint64 k = 0; k < manualCount; ++k) {
            const qint64 user = 1 + (k * 7919) % m_userCount;
            const qint64 askedAt = m_now - (k + 1) * 26 * kMicrosPerHour;
            const int kind = int(k % 6);
            Manual m{user, 0, "approved", askedAt, "hq.admin", 0, "", ""};
            if (kind <= 2) {
                m.sats = 250000 + k * 5000; // 0.0025 BCH and up: within the limit
                m.reason = "이벤트 보상 (event reward)";
                m.note = "within the four-eyes limit";
            } else if (kind == 3) {
                m.sats = 25000000; // 0.25 BCH: above the limit, approved by another admin
                m.decidedBy = "hq.finance";
                m.reason = "결제 오류 보상 (refund of a double charge)";
                m.note = "checked against the bank statement";
            } else if (kind == 4) {
                m.sats = 50000000;
                m.status = "rejected";
                m.decidedBy = "hq.finance";
                m.reason = "고객 요청 (customer request)";
                m.note = "no receipt; ask the member for one";
            } else {
                m.sats = 15000000;
                m.status = "pending";
                m.decidedBy = nullptr;
                m.askedAt = m_now - (k + 1) * kMicrosPerHour;
                m.reason = "서비스 장애 보상 (outage compensation)";
            }
            if (qstrcmp(m.status, "approved") == 0) {
                m.creditId = ++credit;
                m_writer->add(m.creditId);
                m_writer->add(m.user);
                m_writer->add(emailLocal(m_users[size_t(m.user - 1)], m.user).left(50));
                m_writer->add(bchDecimal(m.sats));
                m_writer->addLatin1("manual_credit");
                m_writer->addNull();
                m_writer->addLatin1(formatInstant(m.askedAt + 30 * 60000000LL).text);
                PD_TRY(m_writer->endRow());
            }
            manuals.push_back(m);
        }
        m_summary.userCredits = credit;
        PD_TRY(m_writer->finish());

        PD_TRY(m_writer->begin("credit_requests",
                               {"id", "user_id", "amount_sats", "reason", "requested_by", "requested_at", "status",
                                "decided_by", "decided_at", "decision_note", "credit_id", "version"}));
        qint64 request = 0;
        for (const Manual& m : manuals) {
            m_writer->add(++request);
            m_writer->add(m.user);
            m_writer->add(m.sats);
            m_writer->add(QString::fromUtf8(m.reason));
            m_writer->addLatin1("hq.admin");
            m_writer->addLatin1(formatInstant(m.askedAt).text);
            m_writer->addLatin1(m.status);
            if (m.decidedBy) {
                m_writer->addLatin1(m.decidedBy);
                m_writer->addLatin1(formatInstant(m.askedAt + 30 * 60000000LL).text);
                m_writer->addLatin1(m.note);
            } else {
                m_writer->addNull();
                m_writer->addNull();
                m_writer->addNull();
            }
            if (m.creditId > 0) {
                m_writer->add(m.creditId);
            } else {
                m_writer->addNull();
            }
            m_writer->add(m.decidedBy ? 2 : 1);
            PD_TRY(m_writer->endRow());
        }
        return m_writer->finish();
    }

    Result<Done> writeSettlements()
    {
        PD_TRY(m_writer->begin("settlements", {"id", "organization_id", "settlement_month", "payment_count",
                                               "gross_amount", "fee_amount", "net_amount", "currency", "status",
                                               "confirmed_by", "confirmed_at", "paid_at", "created_at", "updated_at"}));
        qint64 id = 0;
        for (int mi = 0; mi < kMonths; ++mi) {
            const Month month{m_firstMonth.index + mi};
            const Month next{month.index + 1};
            for (size_t c = 0; c < std::size(names::kCenters); ++c) {
                const size_t key = c * kMonths + size_t(mi);
                const qint64 gross = m_settlementGross[key];
                // Fee rounded half up to whole won (docs/DOMAIN.md, "Settlements").
                const qint64 fee = (gross * m_options.feeBasisPoints + 5000) / 10000;
                const bool current = month.index == m_lastMonth.index;
                const bool lastMonth = month.index == m_lastMonth.index - 1;
                const char* status = current ? "draft" : lastMonth ? "confirmed" : "paid";
                const qint64 confirmedAt = next.dayOf(3) * kMicrosPerDay - kSeoulOffset + 10 * kMicrosPerHour;
                const qint64 paidAt = next.dayOf(10) * kMicrosPerDay - kSeoulOffset + 15 * kMicrosPerHour;
                m_writer->add(++id);
                m_writer->add(m_centerIds[c]);
                m_writer->addLatin1(month.text().text);
                m_writer->add(m_settlementCount[key]);
                m_writer->add(gross);
                m_writer->add(fee);
                m_writer->add(gross - fee);
                m_writer->addLatin1("KRW");
                m_writer->addLatin1(status);
                const QString manager =
                    QStringLiteral("center.") + QString::fromLatin1(names::kCenters[c].code).toLower();
                if (!current && confirmedAt < m_now) {
                    m_writer->add(manager);
                    m_writer->addLatin1(formatInstant(confirmedAt).text);
                } else if (!current) {
                    m_writer->add(manager);
                    m_writer->addLatin1(formatInstant(m_now - kMicrosPerHour).text);
                } else {
                    m_writer->addNull();
                    m_writer->addNull();
                }
                if (!current && !lastMonth) {
                    m_writer->addLatin1(formatInstant(paidAt).text);
                } else {
                    m_writer->addNull();
                }
                const Buf created =
                    formatInstant(std::min(next.dayOf(1) * kMicrosPerDay - kSeoulOffset, m_now - kMicrosPerHour));
                m_writer->addLatin1(created.text);
                m_writer->addLatin1(created.text);
                PD_TRY(m_writer->endRow());
                if (!current) {
                    PD_TRY(bufferAudit(
                        std::min(confirmedAt, m_now - kMicrosPerHour), manager, "settlement.confirm", "settlements", id,
                        QStringLiteral("{\"status\": \"draft\"}"),
                        QStringLiteral("{\"status\": \"confirmed\", \"net_amount\": %1}").arg(gross - fee)));
                }
            }
        }
        m_summary.settlements = id;
        return m_writer->finish();
    }

    // -- audit ---------------------------------------------------------------------------------------
    struct AuditRow
    {
        qint64 at;
        QString actor;
        const char* action;
        const char* entity;
        qint64 entityId;
        QString before;
        QString after;
    };

    Result<Done> beginAuditBuffer() { return Done{}; }

    Result<Done> bufferAudit(qint64 at, const QString& actor, const char* action, const char* entity, qint64 entityId,
                             const QString& before, const QString& after)
    {
        m_audit.push_back({at, actor, action, entity, entityId, before, after});
        return Done{};
    }

    Result<Done> writeAudit()
    {
        std::stable_sort(m_audit.begin(), m_audit.end(),
                         [](const AuditRow& a, const AuditRow& b) { return a.at < b.at; });
        PD_TRY(m_writer->begin(
            "audit_log", {"id", "occurred_at", "actor", "action", "entity", "entity_id", "before_data", "after_data"}));
        qint64 id = 0;
        for (const AuditRow& row : m_audit) {
            m_writer->add(++id);
            m_writer->addLatin1(formatInstant(row.at).text);
            m_writer->add(row.actor);
            m_writer->addLatin1(row.action);
            m_writer->addLatin1(row.entity);
            m_writer->add(row.entityId);
            m_writer->add(row.before);
            m_writer->add(row.after);
            PD_TRY(m_writer->endRow());
        }
        m_summary.auditRows = id;
        m_audit.clear();
        return m_writer->finish();
    }

    sql::SqlSession& m_session;
    DemoOptions m_options;
    QVector<DemoFile> m_specimens;
    DemoProgress m_progress;
    bool m_cancelled = false;
    std::unique_ptr<BulkWriter> m_writer;
    DemoSummary m_summary;

    QDate m_asOf;
    qint64 m_asOfDay = 0;
    qint64 m_now = 0;
    Month m_firstMonth{0};
    Month m_lastMonth{0};
    qint64 m_userCount = 0;

    std::vector<QString> m_indexDefinitions;
    std::vector<QString> m_triggerDefinitions; ///< SQLite: the derived-column triggers dropped for the load
    std::vector<QString> m_memberNames;        ///< per user index: the member name as lists show it
    std::vector<qint64> m_centerIds;
    std::vector<QString> m_centerPaths;
    std::vector<Institution> m_institutions;
    std::vector<int> m_institutionWeights;
    std::vector<UserPlan> m_users;
    std::vector<ParentPlan> m_parents;
    std::vector<InvoicePlan> m_invoices;
    std::vector<qint64> m_settlementCount;
    std::vector<qint64> m_settlementGross;
    std::vector<AuditRow> m_audit;
};

} // namespace

Result<DemoSummary> generateDemoData(sql::SqlSession& session, const DemoOptions& options, const DemoProgress& progress)
{
    if (!(options.scale > 0.0) || options.scale > 100.0) {
        return Error(Error::Kind::Invalid,
                     GeneratorText::tr("The scale must be a number above 0 and at most 100 (1 = about 300,000 "
                                       "payments)."));
    }
    Generator generator(session, options, progress);
    return generator.run();
}

} // namespace pd::demo
