#include "Users.h"

#include "Roles.h"

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

const QVector<Bank>& cmsBanks()
{
    static const QVector<Bank> banks = {
        {QStringLiteral("004"), QStringLiteral("KB국민은행")}, {QStringLiteral("088"), QStringLiteral("신한은행")},
        {QStringLiteral("020"), QStringLiteral("우리은행")},   {QStringLiteral("081"), QStringLiteral("하나은행")},
        {QStringLiteral("011"), QStringLiteral("NH농협은행")}, {QStringLiteral("003"), QStringLiteral("IBK기업은행")},
        {QStringLiteral("090"), QStringLiteral("카카오뱅크")}, {QStringLiteral("071"), QStringLiteral("우체국")},
        {QStringLiteral("089"), QStringLiteral("케이뱅크")},   {QStringLiteral("092"), QStringLiteral("토스뱅크")},
        {QStringLiteral("023"), QStringLiteral("SC제일은행")}, {QStringLiteral("031"), QStringLiteral("iM뱅크")},
        {QStringLiteral("032"), QStringLiteral("부산은행")},   {QStringLiteral("034"), QStringLiteral("광주은행")},
        {QStringLiteral("035"), QStringLiteral("제주은행")},   {QStringLiteral("037"), QStringLiteral("전북은행")},
        {QStringLiteral("039"), QStringLiteral("경남은행")},   {QStringLiteral("045"), QStringLiteral("새마을금고")},
        {QStringLiteral("048"), QStringLiteral("신협")},
    };
    return banks;
}

QString staffLoginProblem(const QString& login)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z_][a-z0-9_.]{0,62}$"));
    return shape.match(login).hasMatch()
               ? QString()
               : UsersText::tr("\"%1\" is not a login; use 1 to 63 lowercase letters, digits, \"_\" and \".\", "
                               "starting with a letter or \"_\", such as kim.center.")
                     .arg(login);
}

QString staffRoleProblem(const QString& role)
{
    return Permissions::roles().contains(role) ? QString()
                                               : UsersText::tr("\"%1\" is not a role; use one of %2.")
                                                     .arg(role, Permissions::roles().join(QStringLiteral(", ")));
}

QString staffPasswordProblem(const QString& password, const QString& what)
{
    if (password.size() < 12 || password.size() > 200 || password.trimmed().isEmpty()) {
        return UsersText::tr("%1 needs 12 to 200 characters; a passphrase of a few words is easiest to type.")
            .arg(what);
    }
    return {};
}

QString childOrganizationType(const QString& parentType)
{
    if (parentType == QLatin1String("hq")) {
        return QStringLiteral("region");
    }
    if (parentType == QLatin1String("region")) {
        return QStringLiteral("center");
    }
    if (parentType == QLatin1String("center")) {
        return QStringLiteral("institution");
    }
    return {};
}

QString contractTermsProblem(const ContractTerms& terms, bool registering)
{
    const bool knownBank = std::any_of(cmsBanks().cbegin(), cmsBanks().cend(),
                                       [&](const Bank& bank) { return bank.code == terms.bankCode; });
    if (!knownBank) {
        return UsersText::tr("\"%1\" is not a bank code Paydesk debits from; choose the bank from the list.")
            .arg(terms.bankCode);
    }
    const QString holder = terms.accountHolder.trimmed();
    if (holder.isEmpty() || holder.size() > 100 ||
        std::any_of(holder.cbegin(), holder.cend(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
        return UsersText::tr("Enter the account holder's name as the bank has it: 1 to 100 characters.");
    }
    const QString account = terms.accountNumber.trimmed();
    if (!account.isEmpty() || registering) {
        static const QRegularExpression shape(QStringLiteral("^[0-9][0-9-]*[0-9]$"));
        qsizetype digits = 0;
        for (QChar c : account) {
            digits += c.isDigit() ? 1 : 0;
        }
        if (!shape.match(account).hasMatch() || account.contains(QLatin1String("--")) || digits < 10 || digits > 14) {
            return account.isEmpty()
                       ? UsersText::tr("Enter the account number to debit: 10 to 14 digits, hyphens allowed.")
                       : UsersText::tr("\"%1\" is not an account number; a Korean account number has 10 to 14 "
                                       "digits, written with or without hyphens (123-456789-01-234).")
                             .arg(account);
        }
    }
    if (terms.paymentDay < 1 || terms.paymentDay > 28) {
        return UsersText::tr("The payment day is the day of the month the account is debited: 1 to 28 (every month "
                             "has those days).");
    }
    if (terms.monthlyAmount < 1 || terms.monthlyAmount > 10000000) {
        return UsersText::tr("The monthly amount is in won, from ₩1 to ₩10,000,000.");
    }
    return {};
}

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

QString childProblem(const ChildEdit& child, const QDate& today)
{
    const QString name = child.name.trimmed();
    if (name.isEmpty() || name.size() > 100 ||
        std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
        return UsersText::tr("Enter the child's name: 1 to 100 characters, no line breaks.");
    }
    if (child.birthDate.isValid() && (child.birthDate > today || child.birthDate.year() < 1900)) {
        return UsersText::tr("The birth date %1 is not possible; give a date between 1900-01-01 and today, or "
                             "leave it empty.")
            .arg(child.birthDate.toString(Qt::ISODate));
    }
    if (child.className.trimmed().size() > 100) {
        return UsersText::tr("The class name is longer than 100 characters; shorten it.");
    }
    return {};
}

} // namespace pd
