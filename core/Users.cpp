#include "Users.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace pd {

bool contractTransitionAllowed(const QString& from, const QString& to)
{
    static const struct
    {
        const char* from;
        const char* to;
    } allowed[] = {
        {"pending_registration", "active"},
        {"pending_registration", "terminated"},
        {"active", "suspended"},
        {"active", "terminated"},
        {"suspended", "active"},
        {"suspended", "terminated"},
    };
    for (const auto& step : allowed) {
        if (from == QLatin1String(step.from) && to == QLatin1String(step.to)) {
            return true;
        }
    }
    return false;
}

namespace {
struct UsersText
{
    Q_DECLARE_TR_FUNCTIONS(pd::Users)
};
} // namespace

QString memberEditProblem(const MemberEdit& edit)
{
    auto badName = [](const QString& name) {
        return name.trimmed().isEmpty() || name.size() > 100 ||
               std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    };
    if (badName(edit.lastName)) {
        return UsersText::tr("Enter the last (family) name: 1 to 100 characters, no line breaks.");
    }
    if (badName(edit.firstName)) {
        return UsersText::tr("Enter the first (given) name: 1 to 100 characters, no line breaks.");
    }
    // Korean numbers as written here (010-1234-5678, 02-123-4567), or international with a
    // country code (+1-555-0100); E.164 allows at most 15 digits.
    static const QRegularExpression korean(QStringLiteral("^0\\d{1,2}-\\d{3,4}-\\d{4}$"));
    static const QRegularExpression international(QStringLiteral("^\\+[1-9][0-9 -]{5,19}$"));
    const QString phone = edit.phone.trimmed();
    if (!phone.isEmpty()) {
        qsizetype digits = 0;
        for (QChar c : phone) {
            digits += c.isDigit() ? 1 : 0;
        }
        if (!korean.match(phone).hasMatch() && !(international.match(phone).hasMatch() && digits <= 15)) {
            return UsersText::tr("\"%1\" is not a phone number; write a Korean number as 010-1234-5678 or an "
                                 "international one with its country code, such as +1-555-0100.")
                .arg(phone);
        }
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    if (edit.email.trimmed().size() > 255 || !email.match(edit.email.trimmed()).hasMatch()) {
        return UsersText::tr("\"%1\" is not an e-mail address; write it as name@example.com.")
            .arg(edit.email.trimmed());
    }
    if (edit.institutionId <= 0) {
        return UsersText::tr("Choose the institution the member belongs to.");
    }
    return {};
}

} // namespace pd
