#include "Reconciliation.h"

#include "Csv.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace pd {

namespace {
struct ReconText
{
    Q_DECLARE_TR_FUNCTIONS(Reconciliation)
};

const char* const kFieldKeys[kStatementFieldCount] = {"date", "member", "amount", "tid", "result"};

QString normalizedHeader(const QString& header)
{
    QString h = header.trimmed().toLower();
    h.remove(u' ');
    h.remove(u'_');
    h.remove(u'-');
    return h;
}

std::optional<QDate> parseDate(QString text)
{
    text = text.trimmed();
    // A time after the date ("2026-10-25 09:12:33") is ignored.
    const int space = int(text.indexOf(u' '));
    if (space > 0) {
        text.truncate(space);
    }
    const int t = int(text.indexOf(u'T'));
    if (t > 0) {
        text.truncate(t);
    }
    static const QRegularExpression separated(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\.?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = separated.match(text);
    if (!m.hasMatch()) {
        m = compact.match(text);
    }
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

/// Whole won from "30,000", "30000원", "₩30,000", "￦30,000", "30000.00"; digit by digit, never a double.
std::optional<qint64> parseWon(QString text, QString* why)
{
    text = text.trimmed();
    text.remove(u',');
    text.remove(u'₩');
    text.remove(QChar(0xFFE6)); // fullwidth won sign, the one CP949 has
    text.remove(u'\\');         // CP949 files from old systems write the won sign as a backslash
    if (text.endsWith(u'원')) {
        text.chop(1);
    }
    text = text.trimmed();
    if (text.isEmpty()) {
        *why = ReconText::tr("the amount is empty");
        return std::nullopt;
    }
    if (text.startsWith(u'-')) {
        *why = ReconText::tr("the amount %1 is negative; a refund is not a payment").arg(text);
        return std::nullopt;
    }
    const int dot = int(text.indexOf(u'.'));
    QString whole = dot >= 0 ? text.left(dot) : text;
    const QString fraction = dot >= 0 ? text.mid(dot + 1) : QString();
    for (const QChar c : fraction) {
        if (c != u'0') {
            *why = ReconText::tr("the amount %1 has a fraction of a won").arg(text);
            return std::nullopt;
        }
    }
    if (whole.isEmpty() || whole.size() > 15) {
        *why = ReconText::tr("\"%1\" is not an amount in won").arg(text);
        return std::nullopt;
    }
    qint64 value = 0;
    for (const QChar c : whole) {
        if (c < u'0' || c > u'9') {
            *why = ReconText::tr("\"%1\" is not an amount in won").arg(text);
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QString monthOf(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}
} // namespace

QString statementFieldKey(StatementField field)
{
    return QLatin1String(kFieldKeys[int(field)]);
}

bool ColumnMapping::isComplete() const
{
    return (*this)[StatementField::Date] >= 0 && (*this)[StatementField::MemberRef] >= 0 &&
           (*this)[StatementField::Amount] >= 0;
}

QString ColumnMapping::toText() const
{
    QStringList parts;
    for (int i = 0; i < kStatementFieldCount; ++i) {
        parts << QStringLiteral("%1=%2").arg(QLatin1String(kFieldKeys[i])).arg(column[size_t(i)]);
    }
    return parts.join(u';');
}

std::optional<ColumnMapping> ColumnMapping::fromText(const QString& text)
{
    ColumnMapping mapping;
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    if (parts.size() != kStatementFieldCount) {
        return std::nullopt;
    }
    for (int i = 0; i < kStatementFieldCount; ++i) {
        const QStringList kv = parts[i].split(u'=');
        bool ok = false;
        const int value = kv.size() == 2 ? kv[1].toInt(&ok) : -1;
        if (kv.size() != 2 || kv[0] != QLatin1String(kFieldKeys[i]) || !ok || value < -1 || value > 200) {
            return std::nullopt;
        }
        mapping.column[size_t(i)] = value;
    }
    return mapping;
}

ColumnMapping guessMapping(const QStringList& headers)
{
    // Header names seen in Korean CMS (auto-debit) result files and bank statements, and their
    // English equivalents; compared without spaces, '_' and '-', in lower case.
    static const std::array<QStringList, kStatementFieldCount> names = {{
        {QStringLiteral("date"), QStringLiteral("valuedate"), QStringLiteral("transactiondate"),
         QStringLiteral("paiddate"), QStringLiteral("거래일자"), QStringLiteral("거래일"), QStringLiteral("출금일자"),
         QStringLiteral("출금일"), QStringLiteral("입금일자"), QStringLiteral("입금일"), QStringLiteral("처리일자"),
         QStringLiteral("일자"), QStringLiteral("날짜")},
        {QStringLiteral("member"), QStringLiteral("memberid"), QStringLiteral("memberno"), QStringLiteral("contract"),
         QStringLiteral("contractid"), QStringLiteral("contractno"), QStringLiteral("payerno"),
         QStringLiteral("회원번호"), QStringLiteral("계약번호"), QStringLiteral("납부자번호"),
         QStringLiteral("고객번호"), QStringLiteral("회원id")},
        {QStringLiteral("amount"), QStringLiteral("paidamount"), QStringLiteral("금액"), QStringLiteral("출금액"),
         QStringLiteral("출금금액"), QStringLiteral("입금액"), QStringLiteral("입금금액"), QStringLiteral("결제금액"),
         QStringLiteral("청구금액")},
        {QStringLiteral("tid"), QStringLiteral("transactionid"), QStringLiteral("providertid"),
         QStringLiteral("providertransactionid"), QStringLiteral("reference"), QStringLiteral("거래번호"),
         QStringLiteral("거래고유번호"), QStringLiteral("승인번호"), QStringLiteral("처리번호")},
        {QStringLiteral("result"), QStringLiteral("resultcode"), QStringLiteral("status"), QStringLiteral("code"),
         QStringLiteral("결과코드"), QStringLiteral("결과"), QStringLiteral("처리결과"), QStringLiteral("응답코드")},
    }};
    ColumnMapping mapping;
    for (int c = 0; c < headers.size(); ++c) {
        const QString h = normalizedHeader(headers[c]);
        for (int f = 0; f < kStatementFieldCount; ++f) {
            if (mapping.column[size_t(f)] < 0 && names[size_t(f)].contains(h)) {
                mapping.column[size_t(f)] = c;
                break;
            }
        }
    }
    return mapping;
}

QString headerSignature(const QStringList& headers)
{
    QStringList parts;
    for (const QString& h : headers) {
        parts << h.trimmed().toLower();
    }
    return parts.join(u'|');
}

bool isSuccessCode(const QString& code)
{
    static const QStringList success = {QStringLiteral("0000"), QStringLiteral("00"),      QStringLiteral("0"),
                                        QStringLiteral("ok"),   QStringLiteral("success"), QStringLiteral("y"),
                                        QStringLiteral("정상"), QStringLiteral("성공"),    QStringLiteral("승인")};
    const QString c = code.trimmed().toLower();
    return c.isEmpty() || success.contains(c);
}

QString debitActionKey(DebitAction action)
{
    switch (action) {
    case DebitAction::Retry:
        return QStringLiteral("retry");
    case DebitAction::Suspend:
        return QStringLiteral("suspend");
    case DebitAction::UpdateAccount:
        return QStringLiteral("update_account");
    case DebitAction::Manual:
        break;
    }
    return QStringLiteral("manual");
}

std::optional<DebitAction> debitActionFromKey(const QString& key)
{
    for (DebitAction a : {DebitAction::Retry, DebitAction::Suspend, DebitAction::UpdateAccount, DebitAction::Manual}) {
        if (debitActionKey(a) == key) {
            return a;
        }
    }
    return std::nullopt;
}

QString DebitReasonCode::bilingualName() const
{
    return nameKo == nameEn ? nameKo : nameKo + QStringLiteral(" / ") + nameEn;
}

DebitReasonCode debitReasonFor(const QVector<DebitReasonCode>& codes, const QString& code, bool* known)
{
    const QString wanted = code.trimmed().toUpper();
    for (const DebitReasonCode& c : codes) {
        if (c.code.compare(wanted, Qt::CaseInsensitive) == 0) {
            if (known) {
                *known = true;
            }
            return c;
        }
    }
    if (known) {
        *known = false;
    }
    return DebitReasonCode{wanted, wanted, wanted, DebitAction::Manual};
}

QStringList Statement::candidateMonths() const
{
    QSet<QString> months;
    for (const StatementLine& line : lines) {
        for (int back = 0; back <= 2; ++back) {
            months.insert(monthOf(line.date.addMonths(-back)));
        }
    }
    QStringList out(months.begin(), months.end());
    std::sort(out.begin(), out.end());
    return out;
}

QStringList Statement::providerTids() const
{
    QStringList out;
    for (const StatementLine& line : lines) {
        if (!line.providerTid.isEmpty()) {
            out << line.providerTid;
        }
    }
    return out;
}

Result<Statement> parseStatement(const QByteArray& bytes, const QString& fileName,
                                 const std::optional<ColumnMapping>& mapping)
{
    Statement statement;
    statement.fileName = fileName;
    statement.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const csv::DecodedText decoded = csv::decodeText(bytes);
    statement.encoding = decoded.encoding;
    const csv::Table table = csv::parse(decoded.text);
    if (table.records.isEmpty()) {
        return Error(Error::Kind::Invalid,
                     ReconText::tr("%1 has no lines. Choose the result file the bank or provider sent.").arg(fileName));
    }
    statement.headers = table.records.front().fields;
    for (QString& h : statement.headers) {
        h = h.trimmed();
    }
    statement.mapping = mapping ? *mapping : guessMapping(statement.headers);
    if (!statement.mapping.isComplete()) {
        QStringList missing;
        if (statement.mapping[StatementField::Date] < 0) {
            missing << ReconText::tr("date");
        }
        if (statement.mapping[StatementField::MemberRef] < 0) {
            missing << ReconText::tr("member or contract id");
        }
        if (statement.mapping[StatementField::Amount] < 0) {
            missing << ReconText::tr("amount");
        }
        statement.mappingProblem =
            ReconText::tr("No column was found for: %1. Choose the columns of this file.").arg(missing.join(u", "));
        return statement;
    }
    const ColumnMapping& m = statement.mapping;
    QHash<QString, int> seenTid;
    for (int r = 1; r < table.records.size(); ++r) {
        const csv::Record& record = table.records[r];
        auto cell = [&](StatementField f) {
            const int c = m[f];
            return c >= 0 && c < record.fields.size() ? record.fields[c].trimmed() : QString();
        };
        int needed = 0;
        for (int f = 0; f < kStatementFieldCount; ++f) {
            needed = std::max(needed, m.column[size_t(f)] + 1);
        }
        if (record.fields.size() < needed) {
            statement.bad.append(
                {record.line,
                 ReconText::tr("%n column(s), the mapping needs %1", "", int(record.fields.size())).arg(needed)});
            continue;
        }
        StatementLine line;
        line.line = record.line;
        const auto date = parseDate(cell(StatementField::Date));
        if (!date) {
            statement.bad.append(
                {record.line,
                 ReconText::tr("\"%1\" is not a date (write 2026-10-25 or 20261025)").arg(cell(StatementField::Date))});
            continue;
        }
        line.date = *date;
        line.memberRef = cell(StatementField::MemberRef);
        if (line.memberRef.isEmpty()) {
            statement.bad.append({record.line, ReconText::tr("the member or contract id is empty")});
            continue;
        }
        QString why;
        const auto amount = parseWon(cell(StatementField::Amount), &why);
        if (!amount) {
            statement.bad.append({record.line, why});
            continue;
        }
        line.amount = *amount;
        line.providerTid = cell(StatementField::ProviderTid);
        line.resultCode = cell(StatementField::ResultCode);
        line.success = isSuccessCode(line.resultCode);
        if (line.providerTid.size() > 100 || line.memberRef.size() > 64 || line.resultCode.size() > 20) {
            statement.bad.append(
                {record.line, ReconText::tr("a value is longer than the database keeps (transaction id "
                                            "100, member 64, result code 20 characters)")});
            continue;
        }
        statement.lines.append(line);
    }
    if (!table.error.isEmpty()) {
        statement.bad.append({table.errorLine, ReconText::tr("a quote (\") is not closed; the rest of the file was "
                                                             "not read")});
    }
    return statement;
}

bool isChoosable(MatchKind kind)
{
    return kind == MatchKind::ExactTid || kind == MatchKind::MemberMonth || kind == MatchKind::Suggested;
}

int luhnCheckDigit(QStringView digits)
{
    if (digits.isEmpty()) {
        return -1;
    }
    int sum = 0;
    bool doubled = true; // the digit left of the check digit is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return -1;
        }
        int d = c.unicode() - '0';
        if (doubled) {
            d *= 2;
            d = d > 9 ? d - 9 : d;
        }
        sum += d;
        doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
}

QString memberReference(qint64 parentId)
{
    const QString digits = QString::number(parentId);
    return QStringLiteral("PD") + digits + QString::number(luhnCheckDigit(digits));
}

qint64 parseMemberReference(const QString& text)
{
    QString compact = text.toUpper();
    compact.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    static const QRegularExpression shape(QStringLiteral("^PD([0-9]{1,17})([0-9])$"));
    const QRegularExpressionMatch m = shape.match(compact);
    if (!m.hasMatch()) {
        return 0;
    }
    const QString digits = m.captured(1);
    if (luhnCheckDigit(digits) != m.captured(2).toInt()) {
        return -1;
    }
    return digits.toLongLong();
}

namespace {

/// Fills in why `match` pairs `line` with `p` (docs/DOMAIN.md, "Explained matches"): the fields
/// that agree, how the others differ, and the confidence its kind and ties allow.
void explain(LineMatch& match, const StatementLine& line, const ExpectedPayment& p, bool byReference, int windowDays)
{
    match.matched = 0;
    if (!line.providerTid.isEmpty() && line.providerTid == p.tid) {
        match.matched |= FieldProviderId;
    }
    if (byReference || (!line.memberRef.isEmpty() &&
                        (line.memberRef == p.contractId || line.memberRef == QString::number(p.parentId)))) {
        match.matched |= FieldMember;
    }
    if (byReference) {
        match.matched |= FieldReference;
    }
    if (monthOf(line.date) == p.month) {
        match.matched |= FieldMonth;
    }
    if (line.amount == p.amount) {
        match.matched |= FieldAmount;
    }
    match.daysFromDue = int(p.dueDate.daysTo(line.date));
    if (std::abs(match.daysFromDue) <= windowDays) {
        match.matched |= FieldDueDate;
    }
    match.amountDifference = line.amount - p.amount;
    const QDate paymentMonth = QDate::fromString(p.month + QStringLiteral("-01"), Qt::ISODate);
    match.monthsApart = paymentMonth.isValid()
                            ? (line.date.year() - paymentMonth.year()) * 12 + (line.date.month() - paymentMonth.month())
                            : 0;
    const bool sameAmount = (match.matched & FieldAmount) || !line.success;
    switch (match.kind) {
    case MatchKind::ExactTid:
        match.confidence = sameAmount ? MatchConfidence::Exact : MatchConfidence::Medium;
        break;
    case MatchKind::MemberMonth:
        match.confidence = match.ties > 0 ? MatchConfidence::Low
                           : !sameAmount  ? MatchConfidence::Medium
                           : byReference  ? MatchConfidence::Exact
                                          : MatchConfidence::High;
        break;
    case MatchKind::Partial:
        match.confidence = MatchConfidence::Medium;
        break;
    case MatchKind::Suggested:
        match.confidence = (match.matched & FieldMember) ? MatchConfidence::Medium : MatchConfidence::Low;
        break;
    default:
        match.confidence = MatchConfidence::None;
        break;
    }
    if (match.ties > 0) {
        match.chosen = false; // a near-tie is never pre-ticked
    }
}

} // namespace

void explainMatch(LineMatch& match, const StatementLine& line, const ExpectedPayment& payment, int windowDays)
{
    explain(match, line, payment, parseMemberReference(line.memberRef) == payment.parentId, windowDays);
}

QVector<LineMatch> matchStatement(const QVector<StatementLine>& lines, const QVector<ExpectedPayment>& expected,
                                  const QSet<QString>& appliedTids, int windowDays)
{
    QVector<LineMatch> matches(lines.size());
    // The member a line names: a reference with a valid check digit counts as the member number.
    QVector<QString> memberKey(lines.size());
    QVector<bool> byReference(lines.size(), false);
    for (int i = 0; i < lines.size(); ++i) {
        const qint64 referenced = parseMemberReference(lines[i].memberRef);
        memberKey[i] = referenced > 0 ? QString::number(referenced) : referenced < 0 ? QString() : lines[i].memberRef;
        byReference[i] = referenced > 0;
        matches[i].referenceCheckFailed = referenced < 0;
    }
    QVector<bool> taken(expected.size(), false);
    QHash<QString, int> byTid;
    QMultiHash<QString, int> byMember; // contract id and member number -> expected index
    for (int e = 0; e < expected.size(); ++e) {
        const ExpectedPayment& p = expected[e];
        if (!p.tid.isEmpty()) {
            byTid.insert(p.tid, e);
        }
        if (!p.contractId.isEmpty()) {
            byMember.insert(p.contractId, e);
        }
        byMember.insert(QString::number(p.parentId), e);
    }
    auto finish = [&](LineMatch& match, const StatementLine& line, int e, MatchKind kind) {
        match.kind = kind;
        match.expected = e;
        match.overpaid = std::max<qint64>(0, line.amount - expected[e].amount);
        match.daysLate = std::max<qint64>(0, expected[e].dueDate.daysTo(line.date));
        match.chosen = kind == MatchKind::ExactTid || kind == MatchKind::MemberMonth;
        taken[e] = true;
    };
    auto explainAll = [&]() {
        for (int i = 0; i < lines.size(); ++i) {
            LineMatch& m = matches[i];
            if (m.expected >= 0) {
                explain(m, lines[i], expected[m.expected], byReference[i], windowDays);
            }
        }
    };
    // Duplicates and earlier imports first: such lines never match.
    QSet<QString> seen;
    QVector<bool> open(lines.size(), true);
    for (int i = 0; i < lines.size(); ++i) {
        const QString& tid = lines[i].providerTid;
        if (tid.isEmpty()) {
            continue;
        }
        if (appliedTids.contains(tid)) {
            matches[i].kind = MatchKind::AlreadyApplied;
            open[i] = false;
        } else if (seen.contains(tid)) {
            matches[i].kind = MatchKind::DuplicateInFile;
            open[i] = false;
        }
        seen.insert(tid);
    }
    // 1. Exact provider transaction id.
    for (int i = 0; i < lines.size(); ++i) {
        if (!open[i] || lines[i].providerTid.isEmpty()) {
            continue;
        }
        const int e = byTid.value(lines[i].providerTid, -1);
        if (e >= 0 && !taken[e]) {
            if (lines[i].success && lines[i].amount < expected[e].amount) {
                matches[i].kind = MatchKind::Partial;
                matches[i].expected = e;
                matches[i].daysLate = std::max<qint64>(0, expected[e].dueDate.daysTo(lines[i].date));
            } else {
                finish(matches[i], lines[i], e, MatchKind::ExactTid);
            }
            open[i] = false;
        }
    }
    // 2. Member + month of the line's date + amount (a smaller amount is a partial payment).
    for (int i = 0; i < lines.size(); ++i) {
        if (!open[i]) {
            continue;
        }
        const StatementLine& line = lines[i];
        const QString month = monthOf(line.date);
        // Every payment of the member and month, lowest id first: more than one that fits as
        // well is a near-tie (two children, the same fee), matched but not pre-ticked.
        QVector<int> candidates;
        for (const int e : byMember.values(memberKey[i])) {
            if (!taken[e] && expected[e].month == month && !candidates.contains(e)) {
                candidates.append(e);
            }
        }
        std::sort(candidates.begin(), candidates.end(), [&](int a, int b) { return expected[a].id < expected[b].id; });
        if (candidates.isEmpty()) {
            continue;
        }
        auto fits = [&](int e) { return !line.success || line.amount >= expected[e].amount; };
        int pick = -1;
        for (const int e : candidates) {
            if (fits(e) && (pick < 0 || (expected[e].amount == line.amount && expected[pick].amount != line.amount))) {
                pick = e;
            }
        }
        if (pick >= 0) {
            int ties = 0;
            for (const int e : candidates) {
                ties += e != pick && fits(e) && expected[e].amount == expected[pick].amount;
            }
            finish(matches[i], line, pick, MatchKind::MemberMonth);
            matches[i].ties = ties;
            if (line.amount > expected[pick].amount) {
                // Overpaid: applied on purpose only.
                matches[i].chosen = false;
            }
        } else {
            matches[i].kind = MatchKind::Partial;
            matches[i].expected = candidates.front();
        }
        open[i] = false;
    }
    // 3. Suggestions: same member, another unpaid month, same amount (oldest first); else the
    //    only unpaid payment of the same amount due within the window.
    for (int i = 0; i < lines.size(); ++i) {
        if (!open[i]) {
            continue;
        }
        const StatementLine& line = lines[i];
        int best = -1;
        for (const int e : byMember.values(memberKey[i])) {
            if (!taken[e] && expected[e].amount == line.amount &&
                (best < 0 || expected[e].dueDate < expected[best].dueDate)) {
                best = e;
            }
        }
        if (best >= 0) {
            finish(matches[i], line, best, MatchKind::Suggested);
            open[i] = false;
            continue;
        }
        QVector<int> near;
        for (int e = 0; e < expected.size(); ++e) {
            if (!taken[e] && expected[e].amount == line.amount &&
                std::abs(expected[e].dueDate.daysTo(line.date)) <= windowDays) {
                near.append(e);
            }
        }
        if (near.size() == 1) {
            finish(matches[i], line, near.front(), MatchKind::Suggested);
        } else if (near.size() > 1) {
            matches[i].kind = MatchKind::Ambiguous;
            matches[i].ties = int(near.size());
        }
        open[i] = false;
    }
    explainAll();
    return matches;
}

ReconciliationBalance reconciliationBalance(const QVector<StatementLine>& lines, const QVector<LineMatch>& matches)
{
    ReconciliationBalance balance;
    for (int i = 0; i < lines.size() && i < matches.size(); ++i) {
        const MatchKind kind = matches[i].kind;
        if (kind == MatchKind::AlreadyApplied || kind == MatchKind::DuplicateInFile) {
            continue;
        }
        if (matches[i].chosen) {
            ++balance.chosen;
        } else {
            ++balance.unmatchedLines;
        }
        if (!lines[i].success) {
            continue;
        }
        balance.statementTotal += lines[i].amount;
        if (matches[i].chosen) {
            balance.matchedTotal += lines[i].amount;
        }
    }
    balance.difference = balance.statementTotal - balance.matchedTotal;
    return balance;
}

} // namespace pd
