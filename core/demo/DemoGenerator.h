#pragma once

#include "Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

namespace pd::sql {
class SqlSession;
}

namespace pd::demo {

/// What to generate. The same options give the same rows, byte for byte.
struct DemoOptions
{
    /// 1.0 = about 20,000 users and 300,000 payments; 17 reaches about 5,000,000 payments.
    /// Fractions make small test databases (0.01 = 200 users).
    double scale = 1.0;
    quint64 seed = 20251122;
    /// The day the data ends on: payments run for the 20 months up to this day's month, due
    /// dates after it are still pending. Default (invalid date): today.
    QDate asOf;
    /// KRW per BCH used to price BCH invoices (whole won).
    qint64 wonPerBch = 650000;
    /// Settlement fee in basis points of the gross, rounded half up to whole won.
    int feeBasisPoints = 250;
    /// Local files the KYC documents point to (file_url), so that the review page has something
    /// to show: an identity card image, a passport image and a proof-of-address PDF, in that
    /// order. Empty: unreachable https://files.paydesk.invalid/ URLs.
    QStringList documentFiles;
    /// The key file (FieldCipher) the full bank account numbers of auto-debit contracts are
    /// sealed with into cms_info.account_number_enc. Empty: no account numbers are stored.
    QString fieldKeyFile;
};

/// How many rows of each kind were written, and how long it took.
struct DemoSummary
{
    qint64 organizations = 0;
    qint64 staff = 0;
    qint64 users = 0;
    qint64 kycDocuments = 0;
    qint64 wallets = 0;
    qint64 transactions = 0;
    qint64 parents = 0;
    qint64 children = 0;
    qint64 payments = 0;
    qint64 invoices = 0;
    qint64 userCredits = 0;
    qint64 settlements = 0;
    qint64 auditRows = 0;
    qint64 milliseconds = 0;
};

/// Called now and then with 0-100 and the stage being written; return false to cancel (the
/// transaction is rolled back and nothing stays).
using DemoProgress = std::function<bool(int percent, const QString& stage)>;

/// Fills an empty Paydesk database with deterministic, believable data: an organisation tree
/// (headquarters, 6 regions, 40 centers, 400 institutions), staff for every role, users with
/// Korean and English names and KYC documents in every verification status, USDC wallets and
/// transactions, parents with children and CMS contracts, 20 months of monthly payments with
/// realistic failure and retry rates, BCH invoices with valid CashAddr addresses and
/// settlements computed from the successful payments.
///
/// Runs in one transaction: on any error or cancel the database is left as it was. Refuses a
/// database that already holds data. Bulk loads with COPY (PostgreSQL) or prepared inserts
/// (SQLite), rebuilding the big tables' secondary indexes afterwards, then ANALYZE.
Result<DemoSummary> generateDemoData(sql::SqlSession& session, const DemoOptions& options,
                                     const DemoProgress& progress = {});

} // namespace pd::demo
