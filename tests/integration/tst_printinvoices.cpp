// Printed BCH invoice sheets, end to end: `paydesk print-invoices` (the real executable, no
// display) on SQLite and a real PostgreSQL writes a PDF whose every QR code, rendered by
// pdftoppm and read by zbarimg, is a BIP21 URI with exactly the address and amount the
// database holds, for exactly the invoices the filters select. Bad input exits with a message
// and writes nothing.

#include "InvoiceSheet.h"
#include "Money.h"
#include "OutputFile.h"
#include "Reconciliation.h"
#include "TestSupport.h"
#include "bch/Bip21.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlInvoices.h"
#include "sql/SqlSession.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace pd;

namespace {
struct Expected
{
    QString address;
    qint64 sats = 0;
};

/// Renders the PDF's pages, cuts out each card where InvoiceSheet puts it and decodes its QR
/// code alone (so each symbol's bytes are exact): the pages must hold exactly `expected` in id
/// order, kPerPage a page, each code with the database's address and amount.
void verifySheet(const QString& pdf, const QMap<qint64, Expected>& expected)
{
    const int dpi = 150;
    QTemporaryDir pagesDir;
    QString error;
    const QStringList pages = test::renderPdfPages(pdf, dpi, pagesDir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pages.size(), render::InvoiceSheet::pageCount(int(expected.size())));
    const QList<qint64> ids = expected.keys(); // ascending: the sheet's order for a filter
    for (int p = 0; p < pages.size(); ++p) {
        const QImage page(pages[p]);
        QVERIFY(!page.isNull());
        for (int k = 0; k < render::InvoiceSheet::kPerPage; ++k) {
            const int index = p * render::InvoiceSheet::kPerPage + k;
            const QRectF mm = render::InvoiceSheet::cardRectMm(k);
            const qreal px = dpi / 25.4;
            const QImage card =
                page.copy(QRectF(mm.left() * px, mm.top() * px, mm.width() * px, mm.height() * px).toRect());
            const QString cardPath = pagesDir.filePath(QStringLiteral("card-%1-%2.png").arg(p).arg(k));
            QVERIFY(card.save(cardPath));
            const QStringList symbols = test::decodeWithZbar(cardPath, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            if (index >= ids.size()) {
                QVERIFY2(symbols.isEmpty(),
                         qPrintable(QStringLiteral("page %1 card %2 should be empty").arg(p + 1).arg(k)));
                continue;
            }
            QVERIFY2(
                symbols.size() == 1,
                qPrintable(QStringLiteral("page %1 card %2: %3 codes read").arg(p + 1).arg(k).arg(symbols.size())));
            const QString uri = symbols.first();
            const bch::Network network =
                uri.startsWith(QLatin1String("bchtest:")) ? bch::Network::Testnet : bch::Network::Mainnet;
            const auto parsed = bch::Bip21::parse(uri, network);
            QVERIFY2(parsed.ok(), qPrintable(uri));
            const qint64 id = ids[index];
            QCOMPARE(parsed.value().message, QStringLiteral("Invoice %1").arg(id));
            QCOMPARE(parsed.value().address.toCashAddr(), expected[id].address);
            QCOMPARE(parsed.value().amountSats.value_or(-1), expected[id].sats);
        }
    }
}
} // namespace

class TestPrintInvoices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cliSheetScansToTheDatabaseRows_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("sqlite") << int(Dialect::SQLite);
        QTest::newRow("postgresql") << int(Dialect::PostgreSQL);
    }
    void cliSheetScansToTheDatabaseRows()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        auto opened = sql::SqlSession::open(db->url(), QStringLiteral("print-setup"));
        QVERIFY(opened.ok());
        sql::SqlSession& s = *opened.value();
        QVERIFY(sql::Migrator::upgrade(s).ok());
        demo::DemoOptions options;
        options.scale = 0.01;
        QVERIFY(demo::generateDemoData(s, options).ok());

        // A center, and eleven fresh invoices for its members (two pages).
        QSqlQuery q(s.database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT c.code, u.id FROM users u JOIN organizations i ON i.id = u.organization_id "
            "JOIN organizations c ON c.id = i.parent_id WHERE c.org_type = 'center' ORDER BY c.code, u.id")));
        QString center;
        QVector<qint64> members;
        while (q.next() && members.size() < 11) {
            if (center.isEmpty()) {
                center = q.value(0).toString();
            }
            if (q.value(0).toString() == center) {
                members.append(q.value(1).toLongLong());
            }
        }
        q.finish();
        QVERIFY(!center.isEmpty());
        QVERIFY(members.size() >= 2);
        for (int k = 0; k < 11; ++k) {
            InvoiceDraft draft;
            draft.userId = members[k % members.size()];
            draft.amountSats = 1000 + 12'345'678LL * k; // 0.00001 ... 1.2345778 BCH
            draft.description = QStringLiteral("2026-11 급식비 / meal fee");
            draft.expiresAt = QDateTime::currentDateTimeUtc().addDays(10);
            QVERIFY(sql::createInvoice(s, draft).ok());
        }

        // What the filters select, asked of the database independently of the sheet query.
        const QDate since = QDate::currentDate().addDays(-1);
        const QDateTime sinceUtc = QDateTime(since, QTime(0, 0)).toUTC();
        // SQLite keeps instants as canonical UTC text (docs/DOMAIN.md), which sorts as time.
        const QString sinceText = sinceUtc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.000000Z"));
        QVERIFY(q.prepare(QStringLiteral(
            "SELECT i.id, i.address, CAST(i.amount AS TEXT), i.created_at FROM invoices i "
            "JOIN organizations o ON o.id = i.organization_id "
            "WHERE i.status = 'pending' AND o.path LIKE (SELECT path FROM organizations WHERE code = ?) || '%'")));
        q.addBindValue(center);
        QVERIFY(q.exec());
        QMap<qint64, Expected> expected;
        while (q.next()) {
            const bool recent = dialect == int(Dialect::SQLite) ? q.value(3).toString() >= sinceText
                                                                : q.value(3).toDateTime().toUTC() >= sinceUtc;
            if (!recent) {
                continue;
            }
            const auto amount = Money::fromDecimal(q.value(2).toString(), Currency::BCH);
            QVERIFY(amount);
            expected.insert(q.value(0).toLongLong(), Expected{q.value(1).toString(), amount->minorUnits()});
        }
        q.finish();
        QVERIFY2(expected.size() >= 11, qPrintable(QString::number(expected.size())));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        const test::CliRun run = test::runPaydesk(
            {QStringLiteral("print-invoices"), QStringLiteral("--db"), db->url().toString(), QStringLiteral("--status"),
             QStringLiteral("pending"), QStringLiteral("--center"), center, QStringLiteral("--created-since"),
             since.toString(Qt::ISODate), QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QString::number(expected.size())), qPrintable(run.out));
        verifySheet(pdf, expected);
        // Each member's transfer reference is printed (docs/DOMAIN.md, "Explained matches"): the
        // sheet's rows carry the member number, and the PDF's text (poppler's pdftotext, which
        // cannot map this font's digits) holds the reference's label once per member invoice.
        InvoiceSheetRequest sheet;
        sheet.status = QStringLiteral("pending");
        sheet.centerCode = center;
        sheet.createdSince = sinceUtc;
        auto items = sql::invoiceSheetItems(s, sheet);
        QVERIFY(items.ok());
        int referenced = 0;
        for (const InvoiceSheetItem& item : items.value()) {
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT MIN(pa.id) FROM parents pa WHERE pa.user_id = i.user_id) "
                                          "FROM invoices i WHERE i.id = %1")
                               .arg(item.id)));
            QVERIFY(q.next());
            QCOMPARE(item.memberId, q.value(0).toLongLong());
            q.finish();
            referenced +=
                item.memberId > 0 && printableInvoices({item}, QDateTime::currentDateTimeUtc()).printable.size();
        }
        QVERIFY(referenced > 0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        QCOMPARE(int(printed.count(QStringLiteral("Transfer reference:"))), referenced);
    }

    void cliRefusesBadInputAndWritesNothing()
    {
        PD_SCRATCH_DB(db, Dialect::SQLite);
        {
            auto opened = sql::SqlSession::open(db->url(), QStringLiteral("print-bad"));
            QVERIFY(opened.ok());
            QVERIFY(sql::Migrator::upgrade(*opened.value()).ok());
            demo::DemoOptions options;
            options.scale = 0.005;
            QVERIFY(demo::generateDemoData(*opened.value(), options).ok());
        }
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        const QString url = db->url().toString();
        struct Case
        {
            QStringList args;
            int exitCode;
            QString message;
        };
        const QList<Case> cases = {
            {{QStringLiteral("--status"), QStringLiteral("bogus")}, 1, QStringLiteral("not an invoice status")},
            {{QStringLiteral("--center"), QStringLiteral("NO-SUCH")}, 1, QStringLiteral("no organisation")},
            {{QStringLiteral("--created-since"), QStringLiteral("yesterday")}, 2, QStringLiteral("YYYY-MM-DD")},
            {{QStringLiteral("--created-since"), QStringLiteral("2999-01-01")},
             3,
             QStringLiteral("no invoice matches")},
            {{QStringLiteral("--limit"), QStringLiteral("0")}, 2, QStringLiteral("--limit")},
            // Cards for invoices that cannot be paid are never printed; the count says why.
            {{QStringLiteral("--status"), QStringLiteral("confirmed")}, 3, QStringLiteral("already paid")},
        };
        for (const Case& c : cases) {
            const test::CliRun run =
                test::runPaydesk(QStringList{QStringLiteral("print-invoices"), QStringLiteral("--db"), url,
                                             QStringLiteral("--out"), pdf} +
                                 c.args);
            QVERIFY2(run.exitCode == c.exitCode, qPrintable(c.args.join(QLatin1Char(' ')) +
                                                            QStringLiteral(": exit %1, ").arg(run.exitCode) + run.err));
            QVERIFY2(run.err.contains(c.message, Qt::CaseInsensitive), qPrintable(run.err));
            QVERIFY(!QFileInfo::exists(pdf));
        }
        // Missing --out, and a folder that does not exist.
        test::CliRun run = test::runPaydesk({QStringLiteral("print-invoices"), QStringLiteral("--db"), url});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--out")));
        const QString nowhere = dir.filePath(QStringLiteral("missing/sheet.pdf"));
        run = test::runPaydesk(
            {QStringLiteral("print-invoices"), QStringLiteral("--db"), url, QStringLiteral("--out"), nowhere});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("could not")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(nowhere));
        QVERIFY(!QFileInfo::exists(nowhere + QStringLiteral(".part")));
        // A target that is not a regular file is refused and left as it was (an atomic rename
        // run as root replaced /dev/full with the PDF): a FIFO and a folder stand in for devices.
        const QString fifo = dir.filePath(QStringLiteral("pipe.pdf"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString folder = dir.filePath(QStringLiteral("folder.pdf"));
        QVERIFY(QDir().mkpath(folder));
        for (const QString& target : {fifo, folder}) {
            run = test::runPaydesk(
                {QStringLiteral("print-invoices"), QStringLiteral("--db"), url, QStringLiteral("--out"), target});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("choose a file name")), qPrintable(run.err));
            struct stat st = {};
            QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
            QVERIFY(S_ISFIFO(st.st_mode) || S_ISDIR(st.st_mode));
        }
        QVERIFY(!checkOutputTarget(QStringLiteral("/dev/full")).ok());
        QVERIFY(checkOutputTarget(dir.filePath(QStringLiteral("new.pdf"))).ok());

        // A mistyped SQLite path is an error, and no empty database file appears there.
        const QString wrongDb = dir.filePath(QStringLiteral("wrong/path.db"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("wrong"))));
        run = test::runPaydesk({QStringLiteral("print-invoices"), QStringLiteral("--db"),
                                QStringLiteral("sqlite:") + wrongDb, QStringLiteral("--out"), pdf});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no SQLite database")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(wrongDb));
        QVERIFY(!QFileInfo::exists(pdf));
    }

    void sheetPainterRefusesAnInvalidAddressBeforeDrawing()
    {
        QTemporaryDir dir;
        InvoiceSheetItem item;
        item.id = 7;
        item.amountSats = 100;
        item.address = QStringLiteral("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6b"); // checksum broken
        const QString pdf = dir.filePath(QStringLiteral("bad.pdf"));
        const auto written = render::InvoiceSheet::writePdf(pdf, {item});
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(QStringLiteral("#7")));
        QVERIFY(!QFileInfo::exists(pdf));
        QVERIFY(!render::InvoiceSheet::writePdf(pdf, {}).ok());
    }
};

QTEST_MAIN(TestPrintInvoices)
#include "tst_printinvoices.moc"
