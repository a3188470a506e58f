#include "Payments.h"

#include "Csv.h"

#include <QDateTime>

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

} // namespace pd
