#include "Payments.h"

#include "Csv.h"
#include "Reconciliation.h"

#include <QDateTime>
#include <QLocale>

namespace pd {

qint64 ListTotals::count() const
{
    qint64 n = 0;
    for (const StatusTotal& t : byStatus) {
        n += t.count;
    }
    return n;
}

qint64 ListTotals::amount() const
{
    qint64 n = 0;
    for (const StatusTotal& t : byStatus) {
        n += t.amount;
    }
    return n;
}

bool areaHasTotals(Area area)
{
    return area == Area::Payments || area == Area::Settlements;
}

qint64 settlementFee(qint64 gross, int basisPoints)
{
    return (gross * basisPoints + 5000) / 10000;
}

QString exportText(const QVariant& value, const ColumnInfo& column)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    switch (column.type) {
    case ValueType::Integer:
        return QString::number(value.toLongLong());
    case ValueType::Money:
        return Money(value.toLongLong(), column.currency).toDecimal(Money::Fraction::Full);
    case ValueType::Score: {
        const qint64 v = value.toLongLong();
        return QStringLiteral("%1.%2").arg(v / 100).arg(v % 100, 2, 10, QLatin1Char('0'));
    }
    case ValueType::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ValueType::Timestamp:
        return value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    case ValueType::Date:
        return value.toDate().toString(Qt::ISODate);
    case ValueType::Month:
        return value.toString();
    case ValueType::Text:
        return csv::formulaSafe(value.toString());
    }
    return value.toString();
}

namespace {

/// Won with thousands separators, as both messages write it ("132,000").
QString wonText(qint64 won)
{
    return QLocale(QLocale::English).toString(won);
}

} // namespace

QString reminderMessageKo(const ContactLine& line)
{
    return QStringLiteral("[Paydesk] %1님, %2개월분 %3원이 미납되었습니다(%4). 계좌이체 시 참조번호 %5를 "
                          "적어 주세요. 문의는 담당 센터로 연락 바랍니다.")
        .arg(line.name)
        .arg(line.monthsOwed)
        .arg(wonText(line.amountOwed), line.reasonKo, memberReference(line.parentId));
}

QString reminderMessageEn(const ContactLine& line)
{
    return QStringLiteral("[Paydesk] Dear %1, %2 month(s) totalling KRW %3 are unpaid (%4). If you pay by "
                          "transfer, quote reference %5. Please contact your center with any question.")
        .arg(line.name)
        .arg(line.monthsOwed)
        .arg(wonText(line.amountOwed), line.reasonEn, memberReference(line.parentId));
}

QByteArray contactListCsv(const ContactList& list)
{
    QByteArray out("\xEF\xBB\xBF");
    const QStringList header = {
        QStringLiteral("이름 / Name"),
        QStringLiteral("전화 / Phone"),
        QStringLiteral("금액(원) / Amount (won)"),
        QStringLiteral("개월 / Months"),
        QStringLiteral("연체일 / Days overdue"),
        QStringLiteral("사유 코드 / Reason code"),
        QStringLiteral("사유 / Reason (ko)"),
        QStringLiteral("Reason (en)"),
        QStringLiteral("안내문 / Message (ko)"),
        QStringLiteral("Message (en)"),
        QStringLiteral("회원번호 / Member"),
    };
    auto appendRow = [&out](const QStringList& fields) {
        QByteArray row;
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0) {
                row += ',';
            }
            csv::appendField(row, fields.at(i));
        }
        out += row + "\r\n";
    };
    appendRow(header);
    for (const ContactLine& l : list.lines) {
        appendRow({csv::formulaSafe(l.name), csv::formulaSafe(l.phone), QString::number(l.amountOwed),
                   QString::number(l.monthsOwed), QString::number(l.daysOverdue), csv::formulaSafe(l.reasonCode),
                   csv::formulaSafe(l.reasonKo), csv::formulaSafe(l.reasonEn), csv::formulaSafe(l.messageKo),
                   csv::formulaSafe(l.messageEn), QString::number(l.parentId)});
    }
    return out;
}

} // namespace pd
