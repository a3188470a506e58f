#pragma once

#include "Kyc.h"
#include "ListTypes.h"

#include <QColor>
#include <QLocale>
#include <QString>

namespace pd::models {

/// The words people see for the database's keys, in the user's language: column titles, status
/// values, payment methods, document types, overdue bands. Unknown keys are shown as they are.
class Labels
{
public:
    /// Title of a list column ("Due date" / "납부기한").
    static QString columnTitle(Area area, const QString& key);
    /// Title of a detail field or related-table column.
    static QString fieldTitle(const QString& key);
    /// Title of a detail section ("level1" -> "Personal data (level 1)").
    static QString sectionTitle(const QString& group);
    /// Title of an area ("Payments").
    static QString areaTitle(Area area);

    /// Label of a stored value of a text column: statuses, methods, document types, ...
    /// `columnKey` tells which vocabulary applies; others are returned unchanged.
    static QString valueLabel(Area area, const QString& columnKey, const QString& value);
    /// True when valueLabel() translates values of this column.
    static bool hasVocabulary(const QString& columnKey);

    /// "1–7 days overdue" for a band key; empty for none.
    static QString bandLabel(OverdueBand band);
    /// Background colour of a band (always shown together with bandLabel(), never alone).
    static QColor bandColor(OverdueBand band);

    /// "on time", "due soon", "over SLA" for a pending KYC document.
    static QString kycSlaLabel(KycSla sla);
    /// Background tint of an SLA state (always shown together with kycSlaLabel()).
    static QColor kycSlaColor(KycSla sla);
    /// A duration for people: "2 d 5 h", "3 h 10 min", "12 min".
    static QString formatDuration(qint64 seconds);

    /// A cell value as text for people: money in its currency's format, times in local time,
    /// numbers with the locale's grouping, vocabulary translated. `column` gives the type.
    static QString formatValue(Area area, const ColumnInfo& column, const QVariant& value,
                               const QLocale& locale = QLocale());
    /// formatValue() for a money column shown in its row's currency (ColumnInfo::currencyColumn):
    /// `currencyCode` is the row's value of that column; an empty code shows the column's currency.
    static QString formatValueIn(Area area, const ColumnInfo& column, const QVariant& value,
                                 const QString& currencyCode, const QLocale& locale = QLocale());
    /// The same for a detail field of an area's record.
    static QString formatField(Area area, const DetailField& field, const QLocale& locale = QLocale());

    /// Local date and time as shown in tables: "2025-03-14 09:30".
    static QString formatTimestamp(const QDateTime& utc);
};

} // namespace pd::models
