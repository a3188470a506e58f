#include "Labels.h"
#include "OrganizationListModel.h"
#include "PagedTableModel.h"
#include "ReconciliationModel.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlBackend.h"
#include "sql/SqlSession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace pd;
using models::PagedTableModel;

namespace {
const QDate kAsOf(2026, 11, 22);

/// Reads every row through the model as a view would: fetchMore until complete; ids are taken
/// as rows arrive (older pages may be evicted by the end).
QVector<qint64> readAllIds(PagedTableModel& model)
{
    QVector<qint64> ids;
    QObject::connect(&model, &PagedTableModel::rowsInserted, &model,
                     [&model, &ids](const QModelIndex&, int first, int last) {
                         for (int row = first; row <= last; ++row) {
                             ids << model.idAt(row);
                         }
                     });
    QDeadlineTimer deadline(60000);
    while (!model.isComplete() && !deadline.hasExpired()) {
        if (model.canFetchMore(QModelIndex())) {
            model.fetchMore(QModelIndex());
        }
        QTest::qWait(5);
    }
    QObject::disconnect(&model, &PagedTableModel::rowsInserted, &model, nullptr);
    return ids;
}

bool waitIdle(PagedTableModel& model, int ms = 30000)
{
    QDeadlineTimer deadline(ms);
    while ((model.isLoading() || model.rowCount() == 0) && !deadline.hasExpired()) {
        QTest::qWait(5);
        if (!model.isLoading() && model.lastError().isError()) {
            break;
        }
    }
    if (model.isLoading()) {
        qWarning("still loading: rows %d, error %s", model.rowCount(), qPrintable(model.lastError().message));
    }
    return !model.isLoading();
}
} // namespace

class TestPagedTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ScratchDatabase> m_db;
    std::unique_ptr<sql::SqlBackend> m_backend;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::ScratchDatabase::create(Dialect::SQLite);
        auto opened = sql::SqlSession::open(m_db->url(), QStringLiteral("model-setup"));
        QVERIFY(opened.ok());
        QVERIFY(sql::Migrator::upgrade(*opened.value()).ok());
        demo::DemoOptions options;
        options.scale = 0.02;
        options.asOf = kAsOf;
        QVERIFY(demo::generateDemoData(*opened.value(), options).ok());
        opened.value().reset();
        m_backend = std::make_unique<sql::SqlBackend>(m_db->url());
    }

    void cleanupTestCase()
    {
        m_backend.reset();
        sql::SqlBackend::waitForDetachedWorkers(10000);
    }

    void passesTheModelTester_data()
    {
        QTest::addColumn<int>("area");
        for (Area area : allAreas()) {
            QTest::newRow(qPrintable(areaKey(area))) << int(area);
        }
    }
    void passesTheModelTester()
    {
        QFETCH(int, area);
        PagedTableModel model(m_backend.get(), Area(area));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A few pages per area: the tester reads every row after each change.
        const QMap<Area, QMap<QString, QString>> narrow = {
            {Area::Users, {{QStringLiteral("kyc_level"), QStringLiteral("2")}}},
            {Area::KycDocuments, {{QStringLiteral("status"), QStringLiteral("pending")}}},
            {Area::Invoices, {}},
            {Area::Payments,
             {{QStringLiteral("month"), QStringLiteral("2026-10")},
              {QStringLiteral("method"), QStringLiteral("card")}}},
            {Area::Settlements, {{QStringLiteral("month"), QStringLiteral("2026-10")}}},
            {Area::OverdueMembers, {{QStringLiteral("as_of"), kAsOf.toString(Qt::ISODate)}}},
        };
        model.setFilters(narrow.value(Area(area)));
        model.setPageSize(25);
        model.reload();
        QVERIFY(waitIdle(model));
        QVERIFY(model.rowCount() > 0);
        {
            // The tester fetches more from rowsInserted, as views do: no row may repeat.
            QSet<qint64> ids;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.data(model.index(row, 0), PagedTableModel::LoadedRole).toBool()) {
                    QVERIFY2(!ids.contains(model.idAt(row)), "a row appears twice");
                    ids.insert(model.idAt(row));
                }
            }
        }
        QCOMPARE(model.columnCount(), int(areaColumns(Area(area)).size()));
        // Sort by every column (the tester watches each reset and insert).
        for (int column = 0; column < model.columnCount(); ++column) {
            model.sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            QVERIFY2(waitIdle(model), qPrintable(areaColumns(Area(area))[column].key));
            QVERIFY(model.rowCount() > 0);
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
            QVERIFY(model.data(model.index(0, column), Qt::DisplayRole).isValid() ||
                    !model.data(model.index(0, column), PagedTableModel::RawValueRole).isValid());
        }
        if (model.canFetchMore(QModelIndex())) {
            model.fetchMore(QModelIndex());
            QTRY_VERIFY(!model.isLoading());
        }
    }

    void readsEveryRowOnceAcrossPages()
    {
        PagedTableModel model(m_backend.get(), Area::Users);
        model.setPageSize(37);
        model.reload();
        const QVector<qint64> ids = readAllIds(model);
        QVERIFY(model.isComplete());
        QCOMPARE(ids.size(), 400);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 400);
        QVERIFY(!ids.contains(0));
        QVERIFY(model.count().has_value());
        QCOMPARE(model.count()->value, 400);
        QVERIFY(!model.count()->estimated);
    }

    void evictsAndReloadsPages()
    {
        PagedTableModel model(m_backend.get(), Area::Payments);
        model.setFilters({{QStringLiteral("month"), QStringLiteral("2026-06")}});
        model.setPageSize(20);
        model.setMaxCachedPages(3);
        model.reload();
        const QVector<qint64> ids = readAllIds(model);
        QVERIFY(ids.size() > 100);
        // Only the most recent pages stay in memory while reading through.
        QVERIFY(model.residentRowCount() <= 3 * 20);
        // Row 0's page was evicted: reading it shows a placeholder and fetches it again.
        QVERIFY(!model.data(model.index(0, 0), PagedTableModel::LoadedRole).toBool());
        QSignalSpy changed(&model, &PagedTableModel::dataChanged);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("\u2026"));
        QTRY_VERIFY(model.data(model.index(0, 0), PagedTableModel::LoadedRole).toBool());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.idAt(0), ids.front());
        QCOMPARE(model.idAt(19), ids.at(19));
        QVERIFY(model.residentRowCount() <= 3 * 20);
    }

    void dropsResultsOfOldFilters()
    {
        PagedTableModel model(m_backend.get(), Area::Payments);
        model.reload();
        // Change the filter three times without waiting: only the last one's rows may arrive.
        model.setFilters({{QStringLiteral("status"), QStringLiteral("success")}});
        model.setFilters({{QStringLiteral("status"), QStringLiteral("pending")}});
        model.setFilters({{QStringLiteral("status"), QStringLiteral("failed")}});
        QVERIFY(waitIdle(model));
        const int statusColumn = model.columnForKey(QStringLiteral("status"));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.data(model.index(row, statusColumn), PagedTableModel::RawValueRole).toString(),
                     QStringLiteral("failed"));
        }
        QTRY_VERIFY(model.count().has_value());
        QVERIFY(!model.count()->estimated);
        QCOMPARE(qint64(model.rowCount()), std::min<qint64>(model.count()->value, 200));
    }

    void formatsForPeople()
    {
        PagedTableModel model(m_backend.get(), Area::Payments);
        model.setFilters({{QStringLiteral("status"), QStringLiteral("success")}});
        model.reload();
        QVERIFY(waitIdle(model));
        const QModelIndex amount = model.index(0, model.columnForKey(QStringLiteral("amount")));
        QVERIFY(model.data(amount).toString().startsWith(QStringLiteral("\u20A9")));
        QCOMPARE(model.data(amount, Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight, Qt::AlignRight);
        const QModelIndex status = model.index(0, model.columnForKey(QStringLiteral("status")));
        QCOMPARE(model.data(status).toString(), QStringLiteral("Paid"));
        const QModelIndex paidAt = model.index(0, model.columnForKey(QStringLiteral("paid_at")));
        const QDateTime utc = model.data(paidAt, PagedTableModel::RawValueRole).toDateTime();
        QCOMPARE(utc.timeSpec(), Qt::UTC);
        QCOMPARE(model.data(paidAt).toString(), utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }

    void overdueRowsCarryTheirBand()
    {
        PagedTableModel model(m_backend.get(), Area::OverdueMembers);
        model.setFilters({{QStringLiteral("as_of"), kAsOf.toString(Qt::ISODate)}});
        model.reload();
        QVERIFY(waitIdle(model));
        QVERIFY(model.rowCount() > 0);
        const int days = model.columnForKey(QStringLiteral("days_overdue"));
        const int band = model.columnForKey(QStringLiteral("band"));
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 d = model.data(model.index(row, days), PagedTableModel::RawValueRole).toLongLong();
            const OverdueBand expected = overdueBandForDays(d);
            QCOMPARE(model.data(model.index(row, band), PagedTableModel::BandRole).toInt(), int(expected));
            // colour and text together
            QCOMPARE(model.data(model.index(row, band)).toString(), models::Labels::bandLabel(expected));
            QCOMPARE(model.data(model.index(row, band), Qt::BackgroundRole).value<QBrush>().color(),
                     models::Labels::bandColor(expected));
        }
    }

    void reportsErrorsAndStops()
    {
        PagedTableModel model(m_backend.get(), Area::Payments);
        QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
        model.setFilters({{QStringLiteral("month"), QStringLiteral("not-a-month")}});
        model.reload();
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().value<Error>().kind, Error::Kind::Invalid);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        // A good filter recovers.
        model.setFilters({{QStringLiteral("month"), QStringLiteral("2026-05")}});
        QVERIFY(waitIdle(model));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(!model.lastError().isError());
    }

    void cancelKeepsRowsAndStops()
    {
        PagedTableModel model(m_backend.get(), Area::Payments);
        model.setPageSize(10);
        model.reload();
        QVERIFY(waitIdle(model));
        const int rows = model.rowCount();
        model.fetchMore(QModelIndex());
        model.cancel();
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QTest::qWait(100);
        QCOMPARE(model.rowCount(), rows);
    }

    void organizationList()
    {
        models::OrganizationListModel model(m_backend.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &models::OrganizationListModel::loaded);
        model.load();
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 448); // "All organizations" + 447
        QCOMPARE(model.data(model.index(0, 0), models::OrganizationListModel::IdRole).toLongLong(), 0);
        QCOMPARE(model.data(model.index(1, 0), models::OrganizationListModel::TypeRole).toString(),
                 QStringLiteral("hq"));
        QCOMPARE(model.rowOfId(1), 1);
        model.load({QStringLiteral("center")});
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(model.rowCount(), 41);
    }

    /// The reconciliation's two models (statement lines, expected payments) keep Qt's model
    /// contract through load, choose, match by hand, unmatch and clear.
    void reconciliationModelsPassTheModelTester()
    {
        models::Reconciliation rec;
        QAbstractItemModelTester lines(rec.linesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester expected(rec.expectedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Statement statement;
        statement.fileName = QStringLiteral("result.csv");
        for (int i = 0; i < 4; ++i) {
            StatementLine line;
            line.line = i + 2;
            line.date = QDate(2026, 10, 25);
            line.memberRef = QString::number(100 + i);
            line.amount = 30000 + (i == 3 ? 5000 : 0);
            line.providerTid = QStringLiteral("T%1").arg(i);
            line.resultCode = QStringLiteral("0000");
            statement.lines << line;
        }
        ReconciliationCandidates candidates;
        for (int i = 0; i < 5; ++i) {
            ExpectedPayment p;
            p.id = 1000 + i;
            p.parentId = 100 + i;
            p.member = QStringLiteral("회원 %1").arg(i);
            p.month = QStringLiteral("2026-10");
            p.dueDate = QDate(2026, 10, 25);
            p.amount = 30000;
            p.status = QStringLiteral("pending");
            candidates.expected << p;
        }
        rec.load(statement, candidates);
        QCOMPARE(rec.linesModel()->rowCount(), 4);
        QVERIFY(rec.expectedModel()->rowCount() >= 1);
        for (int line = 0; line < 4; ++line) {
            rec.setChosen(line, false);
            rec.setChosen(line, true);
        }
        rec.unmatch(0);
        const QVector<int> free = rec.unmatchedExpected();
        QVERIFY(!free.isEmpty());
        QVERIFY(rec.matchByHand(0, free.first()));
        QVERIFY(!rec.matchByHand(0, free.first())); // the line is taken now
        rec.clear();
        QCOMPARE(rec.linesModel()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPagedTableModel)
#include "tst_pagedtablemodel.moc"
