// Result-file reading and matching for reconciliation, CSV reading/writing, the settlement fee
// rule and export formatting: pure functions, no database.

#include "Csv.h"
#include "Payments.h"
#include "Reconciliation.h"

#include <QStringEncoder>
#include <QtTest>

using namespace pd;

namespace {
ExpectedPayment expected(qint64 id, qint64 parent, const QString& contract, const QString& month, const QDate& due,
                         qint64 amount, const QString& tid = {})
{
    ExpectedPayment p;
    p.id = id;
    p.parentId = parent;
    p.contractId = contract;
    p.member = QStringLiteral("member %1").arg(parent);
    p.month = month;
    p.dueDate = due;
    p.amount = amount;
    p.status = QStringLiteral("pending");
    p.tid = tid;
    p.version = 1;
    return p;
}

StatementLine line(int n, const QDate& date, const QString& member, qint64 amount, const QString& tid = {},
                   const QString& code = QStringLiteral("0000"))
{
    StatementLine l;
    l.line = n;
    l.date = date;
    l.memberRef = member;
    l.amount = amount;
    l.providerTid = tid;
    l.resultCode = code;
    l.success = isSuccessCode(code);
    return l;
}
} // namespace

class TestReconciliation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvParsesQuotesAndLineBreaks()
    {
        const csv::Table t = csv::parse(QStringLiteral("a,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\"two\nlines\"\r\n\r\n"
                                                       "1,,3\n"));
        QVERIFY(t.error.isEmpty());
        QCOMPARE(t.records.size(), 3);
        QCOMPARE(t.records[1].fields,
                 (QStringList{QStringLiteral("x, y"), QStringLiteral("he said \"hi\""), QStringLiteral("two\nlines")}));
        QCOMPARE(t.records[1].line, 2);
        // The record after a quoted line break starts on physical line 5 (line 4 is blank).
        QCOMPARE(t.records[2].line, 5);
        QCOMPARE(t.records[2].fields, (QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")}));
    }
    void csvFindsTheDelimiter()
    {
        QCOMPARE(csv::parse(QStringLiteral("a;b;c\n1;2;3\n")).records[1].fields.size(), 3);
        QCOMPARE(csv::parse(QStringLiteral("a\tb\n1\t2\n")).delimiter, QChar(u'\t'));
        QCOMPARE(csv::parse(QStringLiteral("\"a;b\",c\n")).delimiter, QChar(u','));
    }
    void csvReportsAnUnterminatedQuote()
    {
        const csv::Table t = csv::parse(QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n"));
        QCOMPARE(t.records.size(), 2);
        QCOMPARE(t.errorLine, 3);
        QVERIFY(!t.error.isEmpty());
    }
    void csvWritesLikePostgresCopy()
    {
        QByteArray out;
        csv::appendField(out, QStringLiteral("plain"));
        out.append(',');
        csv::appendField(out, QStringLiteral("a,b"));
        out.append(',');
        csv::appendField(out, QStringLiteral("say \"x\""));
        out.append(',');
        csv::appendField(out, QString());
        out.append(',');
        csv::appendField(out, QString(), true);
        out.append(',');
        csv::appendField(out, QStringLiteral("김민준"));
        QCOMPARE(out, QByteArray("plain,\"a,b\",\"say \"\"x\"\"\",\"\",,") + QStringLiteral("김민준").toUtf8());
        // Round trip through the reader.
        const csv::Table t = csv::parse(QString::fromUtf8(out));
        QCOMPARE(t.records.front().fields.at(2), QStringLiteral("say \"x\""));
    }
    void csvTextNeverStartsAFormula()
    {
        for (const char* formula :
             {"=HYPERLINK(\"http://evil.invalid\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
            const QString text = QString::fromLatin1(formula);
            QCOMPARE(csv::formulaSafe(text), QLatin1Char('\'') + text);
        }
        for (const char* plain : {"", "Kim", "a=b", "'=quoted already", "12-3"}) {
            QCOMPARE(csv::formulaSafe(QString::fromLatin1(plain)), QString::fromLatin1(plain));
        }
        ColumnInfo text;
        text.type = ValueType::Text;
        QCOMPARE(exportText(QStringLiteral("=1+2"), text), QStringLiteral("'=1+2"));
        ColumnInfo money;
        money.type = ValueType::Money;
        money.currency = Currency::KRW;
        QCOMPARE(exportText(qint64(-5000), money), QStringLiteral("-5000")); // numbers stay numbers
    }
    void decodesUtf8AndCp949()
    {
        // Published EUC-KR/CP949 code points: 한 = C7 D1, 글 = B1 DB; 똠 (CP949-only, not in
        // EUC-KR's KS X 1001 set) = 8C 63.
        const QByteArray cp949("\xC7\xD1\xB1\xDB,\x8C\x63", 7);
        const csv::DecodedText k = csv::decodeText(cp949);
        QCOMPARE(k.encoding, QStringLiteral("CP949"));
        QCOMPARE(k.text, QStringLiteral("한글,똠"));
        const csv::DecodedText u = csv::decodeText(QByteArray("\xEF\xBB\xBF") + QStringLiteral("한글").toUtf8());
        QCOMPARE(u.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(u.text, QStringLiteral("한글"));
    }
    void guessesKoreanAndEnglishHeaders()
    {
        const ColumnMapping ko =
            guessMapping({QStringLiteral("거래일자"), QStringLiteral("고객명"), QStringLiteral("계약번호"),
                          QStringLiteral("출금액"), QStringLiteral("거래번호"), QStringLiteral("결과코드")});
        QCOMPARE(ko[StatementField::Date], 0);
        QCOMPARE(ko[StatementField::MemberRef], 2);
        QCOMPARE(ko[StatementField::Amount], 3);
        QCOMPARE(ko[StatementField::ProviderTid], 4);
        QCOMPARE(ko[StatementField::ResultCode], 5);
        const ColumnMapping en = guessMapping({QStringLiteral("Value Date"), QStringLiteral("Amount"),
                                               QStringLiteral("Member ID"), QStringLiteral("unused")});
        QCOMPARE(en[StatementField::Date], 0);
        QCOMPARE(en[StatementField::Amount], 1);
        QCOMPARE(en[StatementField::MemberRef], 2);
        QCOMPARE(en[StatementField::ProviderTid], -1);
        QVERIFY(en.isComplete());
        QVERIFY(!guessMapping({QStringLiteral("when"), QStringLiteral("who")}).isComplete());
        QCOMPARE(ColumnMapping::fromText(ko.toText()), std::optional<ColumnMapping>(ko));
        QVERIFY(!ColumnMapping::fromText(QStringLiteral("date=0;member=x")));
    }
    void readsAFileKeepingGoodLinesAndListingBadOnes()
    {
        const QString text = QStringLiteral("거래일자,계약번호,출금액,거래번호,결과코드\n"
                                            "2026-10-25,CMS000000001,\"30,000\",T1,0000\n"
                                            "20261025,CMS000000002,30000원,T2,E101\n"
                                            "2026/10/26 09:12:33,CMS000000003,￦30000.00,T3,정상\n"
                                            "2026-13-01,CMS000000004,30000,T4,0000\n"
                                            "2026-10-25,CMS000000005,-30000,T5,0000\n"
                                            "2026-10-25,CMS000000006,300.5,T6,0000\n"
                                            "2026-10-25,,30000,T7,0000\n"
                                            "2026-10-25,CMS000000008\n");
        const QByteArray bytes = QStringEncoder("windows-949").encode(text);
        auto parsed = parseStatement(bytes, QStringLiteral("result.csv"));
        QVERIFY(parsed.ok());
        const Statement& s = parsed.value();
        QCOMPARE(s.encoding, QStringLiteral("CP949"));
        QVERIFY(s.mappingProblem.isEmpty());
        QCOMPARE(s.sha256.size(), 64);
        QCOMPARE(s.lines.size(), 3);
        QCOMPARE(s.lines[0].amount, 30000);
        QCOMPARE(s.lines[0].date, QDate(2026, 10, 25));
        QVERIFY(s.lines[0].success);
        QCOMPARE(s.lines[1].line, 3);
        QVERIFY(!s.lines[1].success);
        QCOMPARE(s.lines[2].date, QDate(2026, 10, 26));
        QVERIFY(s.lines[2].success);
        QCOMPARE(s.bad.size(), 5);
        QCOMPARE(s.bad[0].line, 5);
        QVERIFY(s.bad[0].reason.contains(QStringLiteral("2026-13-01")));
        QVERIFY(s.bad[1].reason.contains(QStringLiteral("negative")));
        QVERIFY(s.bad[2].reason.contains(QStringLiteral("fraction")));
        QCOMPARE(s.bad[3].line, 8);
        QCOMPARE(s.bad[4].line, 9);
        QCOMPARE(s.candidateMonths(),
                 (QStringList{QStringLiteral("2026-08"), QStringLiteral("2026-09"), QStringLiteral("2026-10")}));
    }
    void asksForColumnsWhenHeadersAreUnknown()
    {
        auto parsed = parseStatement(QByteArray("when,who,how much\n2026-10-25,1,100\n"), QStringLiteral("x.csv"));
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.value().mappingProblem.isEmpty());
        QVERIFY(parsed.value().lines.isEmpty());
        ColumnMapping m;
        m[StatementField::Date] = 0;
        m[StatementField::MemberRef] = 1;
        m[StatementField::Amount] = 2;
        auto mapped = parseStatement(QByteArray("when,who,how much\n2026-10-25,1,100\n"), QStringLiteral("x.csv"), m);
        QCOMPARE(mapped.value().lines.size(), 1);
        QVERIFY(!parseStatement(QByteArray(), QStringLiteral("empty.csv")).ok());
    }
    void matchesInOrderOfConfidence()
    {
        const QDate oct25(2026, 10, 25);
        const QVector<ExpectedPayment> ledger = {
            expected(1, 11, QStringLiteral("CMS1"), QStringLiteral("2026-10"), oct25, 30000, QStringLiteral("T-1")),
            expected(2, 12, QStringLiteral("CMS2"), QStringLiteral("2026-10"), oct25, 30000),
            expected(3, 13, QStringLiteral("CMS3"), QStringLiteral("2026-10"), oct25, 50000),
            expected(4, 14, QStringLiteral("CMS4"), QStringLiteral("2026-09"), QDate(2026, 9, 25), 40000),
            expected(5, 15, QStringLiteral("CMS5"), QStringLiteral("2026-10"), QDate(2026, 10, 10), 77000),
            expected(6, 16, QStringLiteral("CMS6"), QStringLiteral("2026-10"), oct25, 60000),
            expected(7, 17, QStringLiteral("CMS7"), QStringLiteral("2026-10"), oct25, 60000),
            expected(8, 18, QStringLiteral("CMS8"), QStringLiteral("2026-10"), oct25, 20000),
            expected(9, 19, QStringLiteral("CMS9"), QStringLiteral("2026-10"), oct25, 20000),
        };
        const QVector<StatementLine> lines = {
            line(2, oct25, QStringLiteral("whatever"), 30000, QStringLiteral("T-1")), // exact provider id
            line(3, oct25, QStringLiteral("12"), 30000, QStringLiteral("T-2")),       // member number + month
            line(4, oct25, QStringLiteral("CMS3"), 20000, QStringLiteral("T-3")),     // partial
            line(5, QDate(2026, 10, 27), QStringLiteral("CMS4"), 40000),              // late: other month
            line(6, QDate(2026, 10, 12), QStringLiteral("unknown"), 77000),           // amount in window
            line(7, oct25, QStringLiteral("unknown"), 60000),                         // two fit
            line(8, oct25, QStringLiteral("CMS8"), 25000, QStringLiteral("T-8")),     // overpaid
            line(9, oct25, QStringLiteral("CMS9"), 20000, QStringLiteral("T-OLD")),   // applied before
            line(10, oct25, QStringLiteral("CMS2"), 30000, QStringLiteral("T-2")),    // repeated id
            line(11, oct25, QStringLiteral("nobody"), 12345),                         // nothing
        };
        const auto m = matchStatement(lines, ledger, {QStringLiteral("T-OLD")});
        QCOMPARE(m.size(), lines.size());
        QCOMPARE(int(m[0].kind), int(MatchKind::ExactTid));
        QCOMPARE(m[0].expected, 0);
        QVERIFY(m[0].chosen);
        QCOMPARE(int(m[1].kind), int(MatchKind::MemberMonth));
        QCOMPARE(m[1].expected, 1);
        QVERIFY(m[1].chosen);
        QCOMPARE(int(m[2].kind), int(MatchKind::Partial));
        QVERIFY(!m[2].chosen);
        QCOMPARE(int(m[3].kind), int(MatchKind::Suggested));
        QCOMPARE(m[3].expected, 3);
        QCOMPARE(m[3].daysLate, 32);
        QVERIFY(!m[3].chosen);
        QCOMPARE(int(m[4].kind), int(MatchKind::Suggested));
        QCOMPARE(m[4].expected, 4);
        QCOMPARE(m[4].daysLate, 2);
        QCOMPARE(int(m[5].kind), int(MatchKind::Ambiguous));
        QCOMPARE(int(m[6].kind), int(MatchKind::MemberMonth));
        QCOMPARE(m[6].overpaid, 5000);
        QVERIFY2(!m[6].chosen, "an overpayment is applied on purpose only");
        QCOMPARE(int(m[7].kind), int(MatchKind::AlreadyApplied));
        QCOMPARE(int(m[8].kind), int(MatchKind::DuplicateInFile));
        QCOMPARE(int(m[9].kind), int(MatchKind::Unmatched));
        // No payment is matched twice.
        QSet<int> used;
        for (const LineMatch& x : m) {
            if (x.expected >= 0 && isChoosable(x.kind)) {
                QVERIFY(!used.contains(x.expected));
                used.insert(x.expected);
            }
        }
        // Statement: every success line but the applied and repeated ones.
        const ReconciliationBalance b = reconciliationBalance(lines, m);
        QCOMPARE(b.statementTotal, 30000 + 30000 + 20000 + 40000 + 77000 + 60000 + 25000 + 12345);
        QCOMPARE(b.matchedTotal, 60000);
        QCOMPARE(b.difference, b.statementTotal - 60000);
        QCOMPARE(b.chosen, 2);
    }
    void failedResultsMatchWhateverTheAmount()
    {
        const QDate oct25(2026, 10, 25);
        const auto m =
            matchStatement({line(2, oct25, QStringLiteral("CMS1"), 0, QStringLiteral("F-1"), QStringLiteral("E305"))},
                           {expected(1, 11, QStringLiteral("CMS1"), QStringLiteral("2026-10"), oct25, 30000)}, {});
        QCOMPARE(int(m[0].kind), int(MatchKind::MemberMonth));
        QVERIFY(m[0].chosen);
        QCOMPARE(reconciliationBalance({line(2, oct25, QStringLiteral("CMS1"), 0, {}, QStringLiteral("E305"))}, m)
                     .statementTotal,
                 0);
    }
    /// Luhn check digits against published vectors (ISO/IEC 7812-1 annex B: 7992739871 -> 3; the
    /// test card number 4111 1111 1111 1111), and member references: round trip, case, spaces
    /// and hyphens ignored, every single-digit typo and every adjacent transposition of
    /// distinct digits (other than 0 and 9) caught.
    void memberReferencesCarryACheckDigit()
    {
        QCOMPARE(luhnCheckDigit(u"7992739871"), 3);
        QCOMPARE(luhnCheckDigit(u"411111111111111"), 1);
        QCOMPARE(luhnCheckDigit(u""), -1);
        QCOMPARE(luhnCheckDigit(u"12a"), -1);
        QCOMPARE(memberReference(29), QStringLiteral("PD299"));
        QCOMPARE(parseMemberReference(QStringLiteral("pd 29-9")), qint64(29));
        QCOMPARE(parseMemberReference(QStringLiteral("PD298")), qint64(-1));
        QCOMPARE(parseMemberReference(QStringLiteral("CMS000000029")), qint64(0));
        QCOMPARE(parseMemberReference(QStringLiteral("29")), qint64(0));
        int typos = 0;
        for (qint64 id : {1LL, 29LL, 407LL, 12345LL, 987654LL}) {
            const QString reference = memberReference(id);
            QCOMPARE(parseMemberReference(reference), id);
            for (int at = 2; at < reference.size(); ++at) {
                for (char digit = '0'; digit <= '9'; ++digit) {
                    QString typo = reference;
                    if (typo[at] == QLatin1Char(digit)) {
                        continue;
                    }
                    typo[at] = QLatin1Char(digit);
                    QVERIFY2(parseMemberReference(typo) != id, qPrintable(typo));
                    ++typos;
                }
                if (at + 1 < reference.size() && reference[at] != reference[at + 1] &&
                    !(QStringLiteral("09").contains(reference[at]) &&
                      QStringLiteral("09").contains(reference[at + 1]))) {
                    QString swapped = reference;
                    std::swap(swapped[at], swapped[at + 1]);
                    QCOMPARE(parseMemberReference(swapped), qint64(-1));
                }
            }
        }
        QVERIFY(typos > 100);
    }

    /// A file with deliberately close candidates (docs/DOMAIN.md, "Explained matches"): two
    /// children of one member with the same fee in the same month, two members owing the same
    /// amount due a day apart, a reference with a wrong check digit, a reference quoted right,
    /// an overpayment, another month. No near-tie or ambiguous line is pre-ticked; every match
    /// names the fields that agree and how the others differ, with its grade.
    void closeCandidatesAreExplainedAndNeverPreTicked()
    {
        const QDate oct20(2026, 10, 20);
        const QVector<ExpectedPayment> ledger = {
            expected(101, 7, QStringLiteral("CMS7"), QStringLiteral("2026-10"), oct20, 55000), // child one
            expected(102, 7, QStringLiteral("CMS7"), QStringLiteral("2026-10"), oct20, 55000), // child two
            expected(103, 8, QStringLiteral("CMS8"), QStringLiteral("2026-10"), oct20, 77000), // amount twin
            expected(104, 9, QStringLiteral("CMS9"), QStringLiteral("2026-10"), oct20.addDays(1), 77000),
            expected(105, 29, QString(), QStringLiteral("2026-10"), oct20, 99000),               // pays by transfer
            expected(106, 30, QStringLiteral("CMS30"), QStringLiteral("2026-10"), oct20, 60000), // overpays
            expected(107, 31, QStringLiteral("CMS31"), QStringLiteral("2026-09"), oct20.addMonths(-1), 44000),
            expected(108, 32, QString(), QStringLiteral("2026-10"), oct20, 88000), // typo'd reference
        };
        const QVector<StatementLine> file = {
            line(2, oct20, QStringLiteral("CMS7"), 55000),
            line(3, oct20, QString(), 77000),
            line(4, oct20, memberReference(29), 99000),
            line(5, oct20, QStringLiteral("CMS30"), 65000),
            line(6, oct20, QStringLiteral("CMS31"), 44000),
            line(7, oct20, QStringLiteral("PD321"), 88000), // memberReference(32) is PD323
        };
        QCOMPARE(memberReference(32), QStringLiteral("PD323"));
        const QVector<LineMatch> m = matchStatement(file, ledger, {});
        // Two children, same fee: matched to the first, a near-tie, not ticked.
        QCOMPARE(int(m[0].kind), int(MatchKind::MemberMonth));
        QCOMPARE(m[0].ties, 1);
        QVERIFY(!m[0].chosen);
        QCOMPARE(int(m[0].confidence), int(MatchConfidence::Low));
        QCOMPARE(m[0].matched & (FieldMember | FieldMonth | FieldAmount),
                 unsigned(FieldMember | FieldMonth | FieldAmount));
        // Two members owing 77,000 due a day apart, no member named: ambiguous, two fit.
        QCOMPARE(int(m[1].kind), int(MatchKind::Ambiguous));
        QCOMPARE(m[1].ties, 2);
        QVERIFY(!m[1].chosen);
        QCOMPARE(int(m[1].confidence), int(MatchConfidence::None));
        // The reference quoted right: exact.
        QCOMPARE(int(m[2].kind), int(MatchKind::MemberMonth));
        QCOMPARE(ledger[m[2].expected].id, qint64(105));
        QVERIFY(m[2].chosen);
        QCOMPARE(int(m[2].confidence), int(MatchConfidence::Exact));
        QVERIFY(m[2].matched & FieldReference);
        // Overpaid by 5,000: matched, medium, applied on purpose only.
        QCOMPARE(int(m[3].kind), int(MatchKind::MemberMonth));
        QVERIFY(!m[3].chosen);
        QCOMPARE(int(m[3].confidence), int(MatchConfidence::Medium));
        QCOMPARE(m[3].amountDifference, qint64(5000));
        QVERIFY(!(m[3].matched & FieldAmount));
        // September's fee paid in October: a suggestion, one month apart.
        QCOMPARE(int(m[4].kind), int(MatchKind::Suggested));
        QVERIFY(!m[4].chosen);
        QCOMPARE(int(m[4].confidence), int(MatchConfidence::Medium));
        QCOMPARE(m[4].monthsApart, 1);
        QVERIFY(!(m[4].matched & FieldMonth));
        // The typo'd reference is not taken as a member: by amount and date alone, low, unticked.
        QVERIFY(m[5].referenceCheckFailed);
        QCOMPARE(int(m[5].kind), int(MatchKind::Suggested));
        QCOMPARE(ledger[m[5].expected].id, qint64(108));
        QVERIFY(!(m[5].matched & FieldMember));
        QCOMPARE(int(m[5].confidence), int(MatchConfidence::Low));
        QVERIFY(!m[5].chosen);
        for (const LineMatch& match : m) {
            QVERIFY(!(match.chosen && (match.ties > 0 || match.confidence < MatchConfidence::High)));
            QVERIFY(match.expected < 0 || match.matched != 0);
        }
    }

    void settlementFeeRoundsHalfUp()
    {
        QCOMPARE(settlementFee(1000000, 250), 25000);
        QCOMPARE(settlementFee(1000020, 250), 25001); // 25,000.5 -> up
        QCOMPARE(settlementFee(1000019, 250), 25000); // 25,000.475 -> down
        QCOMPARE(settlementFee(20, 250), 1);
        QCOMPARE(settlementFee(0, 250), 0);
        QCOMPARE(settlementFee(123456789, 0), 0);
        QCOMPARE(settlementFee(4000000000000, 10000), 4000000000000);
    }
    void exportTextIsExact()
    {
        const ColumnInfo won{QStringLiteral("amount"), ValueType::Money, Currency::KRW};
        const ColumnInfo usdc{QStringLiteral("balance"), ValueType::Money, Currency::USDC};
        const ColumnInfo at{QStringLiteral("paid_at"), ValueType::Timestamp, Currency::KRW};
        QCOMPARE(exportText(QVariant(qint64(9007199254740993)), won), QStringLiteral("9007199254740993"));
        QCOMPARE(exportText(QVariant(qint64(1234567)), usdc), QStringLiteral("1.234567"));
        QCOMPARE(exportText(QVariant(QDateTime(QDate(2026, 10, 25), QTime(9, 0), QTimeZone(9 * 3600))), at),
                 QStringLiteral("2026-10-25T00:00:00Z"));
        QCOMPARE(
            exportText(QVariant(qint64(725)), ColumnInfo{QStringLiteral("risk"), ValueType::Score, Currency::KRW, {}}),
            QStringLiteral("7.25"));
        QCOMPARE(exportText(QVariant(), won), QString());
    }
};

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
