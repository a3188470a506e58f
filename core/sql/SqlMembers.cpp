#include "sql/SqlMembers.h"

#include "FieldCipher.h"

#include "sql/SqlAudit.h"
#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace pd::sql {

namespace {
struct MembersText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::Members)
};

/// NULL for an empty text or an invalid date, the value otherwise.
void bindOptional(SqlBuilder& b, const QString& text)
{
    if (text.isEmpty()) {
        b.sql("NULL");
    } else {
        b.bind(text);
    }
}

QJsonValue optionalJson(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

/// Inserts a child of member `memberId` and its audit row (child.create); returns its id.
Result<qint64> insertChild(SqlSession& session, qint64 memberId, const ChildEdit& child, const QString& reason)
{
    const QString name = child.name.trimmed();
    const QString className = child.className.trimmed();
    const QString birth = child.birthDate.isValid() ? child.birthDate.toString(Qt::ISODate) : QString();
    SqlBuilder insert("INSERT INTO children (parent_id, name, birth_date, class_name, is_active) VALUES (");
    insert.bind(memberId).sql(", ").bind(name).sql(", ");
    if (birth.isEmpty()) {
        insert.sql("NULL");
    } else {
        insert.sql(session.dialect() == Dialect::PostgreSQL ? "CAST(" : "(").bind(birth);
        insert.sql(session.dialect() == Dialect::PostgreSQL ? " AS DATE)" : ")");
    }
    insert.sql(", ");
    bindOptional(insert, className);
    insert.sql(", ").bind(true).sql(") RETURNING id");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, insert, &error)) {
        return inTheDatabasesWords(error);
    }
    if (!query.next()) {
        return Error(Error::Kind::Internal, MembersText::tr("The new child's id did not come back."));
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    PD_TRY(appendAudit(session, "child.create", "children", id, {},
                       QJsonObject{{QStringLiteral("parent_id"), memberId},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("birth_date"), optionalJson(birth)},
                                   {QStringLiteral("class_name"), optionalJson(className)}},
                       reason));
    return id;
}
} // namespace

/// Refuses an e-mail or phone another user has (other than `userId`), naming the user, before
/// the unique index does in words nobody can act on.
Result<Done> refuseDuplicates(SqlSession& session, qint64 userId, const QString& email, const QString& phone)
{
    SqlBuilder same("SELECT id, email, phone FROM users WHERE id <> ");
    same.bind(userId).sql(" AND (email = ").bind(email);
    if (!phone.isEmpty()) {
        same.sql(" OR phone = ").bind(phone);
    }
    same.sql(") LIMIT 1");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, same, &error)) {
        return error;
    }
    if (!query.next()) {
        return Done{};
    }
    const qint64 other = query.value(0).toLongLong();
    return Error(Error::Kind::Invalid,
                 query.value(1).toString() == email
                     ? MembersText::tr("The e-mail address %1 belongs to user #%2 already; each user has their own.")
                           .arg(email)
                           .arg(other)
                     : MembersText::tr("The phone number %1 belongs to user #%2 already; each user has their own.")
                           .arg(phone)
                           .arg(other));
}

/// Refuses an organisation that is not an open institution the session can see.
Result<Done> refuseNonInstitution(SqlSession& session, qint64 id)
{
    QSqlQuery query;
    Error error;
    if (!session.exec(query, SqlBuilder("SELECT org_type, is_active, name FROM organizations WHERE id = ").bind(id),
                      &error)) {
        return error;
    }
    if (!query.next()) {
        return Error(Error::Kind::Invalid, MembersText::tr("There is no organisation #%1 (or it is not in your part "
                                                           "of the tree); choose another institution.")
                                               .arg(id));
    }
    if (query.value(0).toString() != QLatin1String("institution")) {
        return Error(Error::Kind::Invalid, MembersText::tr("%1 is not an institution; a member belongs to an "
                                                           "institution (a kindergarten, a school).")
                                               .arg(query.value(2).toString()));
    }
    if (!query.value(1).toBool()) {
        return Error(Error::Kind::Invalid,
                     MembersText::tr("%1 is closed and takes no new members.").arg(query.value(2).toString()));
    }
    return Done{};
}

Error duplicateInWords(Error error, const QString& email, const QString& phone)
{
    // The unique indexes of users (PostgreSQL names them, SQLite names the column); the user
    // holding the value is outside the session's part of the tree, or refuseDuplicates() would
    // have named them.
    const bool sameEmail =
        error.detail.contains(QLatin1String("users_email_key")) || error.detail.contains(QLatin1String("users.email"));
    const bool samePhone =
        error.detail.contains(QLatin1String("users_phone_key")) || error.detail.contains(QLatin1String("users.phone"));
    if (sameEmail || samePhone) {
        error.kind = Error::Kind::Invalid;
        error.message =
            sameEmail ? MembersText::tr("The e-mail address %1 belongs to another user already, outside your part of "
                                        "the tree; each user has their own.")
                            .arg(email)
                      : MembersText::tr("The phone number %1 belongs to another user already, outside your part of "
                                        "the tree; each user has their own.")
                            .arg(phone);
    }
    return error;
}

Result<CreatedMember> createMember(SqlSession& session, const MemberDraft& draft)
{
    const MemberEdit fields{0,           0,           draft.lastName,      draft.firstName,
                            draft.phone, draft.email, draft.institutionId, draft.reason};
    if (const QString problem = memberEditProblem(fields); !problem.isEmpty()) {
        return Error(Error::Kind::Invalid, problem);
    }
    const QDate today = QDate::currentDate();
    const QDate enrolled = draft.enrolledOn.isValid() ? draft.enrolledOn : today;
    if (enrolled > today.addDays(366) || enrolled.year() < 2000) {
        return Error(Error::Kind::Invalid, MembersText::tr("The enrolment date %1 is not possible; give a date from "
                                                           "2000 to a year from today.")
                                               .arg(enrolled.toString(Qt::ISODate)));
    }
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!country.match(draft.countryCode).hasMatch()) {
        return Error(Error::Kind::Invalid, MembersText::tr("\"%1\" is not a country code; write the two capital "
                                                           "letters, such as KR or US.")
                                               .arg(draft.countryCode));
    }
    const ChildEdit child{0, 0, 0, draft.childName, draft.childBirthDate, draft.childClass, true, draft.reason};
    if (!draft.childName.trimmed().isEmpty() || draft.childBirthDate.isValid() ||
        !draft.childClass.trimmed().isEmpty()) {
        if (const QString problem = childProblem(child, today); !problem.isEmpty()) {
            return Error(Error::Kind::Invalid, problem);
        }
    }
    const auto checked = auditReason(draft.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    const QString lastName = draft.lastName.trimmed();
    const QString firstName = draft.firstName.trimmed();
    const QString phone = draft.phone.trimmed();
    const QString email = draft.email.trimmed();
    return inTransaction<CreatedMember>(session, [&]() -> Result<CreatedMember> {
        PD_TRY(refuseDuplicates(session, 0, email, phone));
        PD_TRY(refuseNonInstitution(session, draft.institutionId));
        SqlBuilder user("INSERT INTO users (email, phone, first_name, last_name, country_code, preferred_currency, "
                        "is_active, organization_id) VALUES (");
        user.bind(email).sql(", ");
        bindOptional(user, phone);
        user.sql(", ").bind(firstName).sql(", ").bind(lastName).sql(", ").bind(draft.countryCode);
        user.sql(", 'KRW', ").bind(true).sql(", ");
        user.bind(draft.institutionId).sql(") RETURNING id");
        QSqlQuery query;
        Error error;
        if (!session.exec(query, user, &error)) {
            if (error.kind == Error::Kind::Permission) {
                // Row-level security (users_visible): the institution is outside the subtree.
                return Error(Error::Kind::Permission,
                             MembersText::tr("Organisation #%1 is not in your part of the tree; you enrol members "
                                             "only into the institutions you look after.")
                                 .arg(draft.institutionId),
                             error.detail);
            }
            return duplicateInWords(inTheDatabasesWords(error), email, phone);
        }
        if (!query.next()) {
            return Error(Error::Kind::Internal, MembersText::tr("The new user's id did not come back."));
        }
        CreatedMember out;
        out.userId = query.value(0).toLongLong();
        query.finish();
        PD_TRY(appendAudit(session, "user.create", "users", out.userId, {},
                           QJsonObject{{QStringLiteral("email"), email},
                                       {QStringLiteral("phone"), optionalJson(phone)},
                                       {QStringLiteral("last_name"), lastName},
                                       {QStringLiteral("first_name"), firstName},
                                       {QStringLiteral("country_code"), draft.countryCode},
                                       {QStringLiteral("organization_id"), draft.institutionId}},
                           checked.value()));
        SqlBuilder member("INSERT INTO parents (user_id, organization_id, service_status, enrolled_at) VALUES (");
        member.bind(out.userId).sql(", ").bind(draft.institutionId).sql(", 'active', ");
        member.sql(session.dialect() == Dialect::PostgreSQL ? "CAST(" : "(").bind(enrolled.toString(Qt::ISODate));
        member.sql(session.dialect() == Dialect::PostgreSQL ? " AS DATE)" : ")").sql(") RETURNING id");
        if (!session.exec(query, member, &error)) {
            return inTheDatabasesWords(error);
        }
        if (!query.next()) {
            return Error(Error::Kind::Internal, MembersText::tr("The new member's id did not come back."));
        }
        out.memberId = query.value(0).toLongLong();
        query.finish();
        PD_TRY(appendAudit(session, "member.create", "parents", out.memberId, {},
                           QJsonObject{{QStringLiteral("user_id"), out.userId},
                                       {QStringLiteral("organization_id"), draft.institutionId},
                                       {QStringLiteral("service_status"), QStringLiteral("active")},
                                       {QStringLiteral("enrolled_at"), enrolled.toString(Qt::ISODate)}},
                           checked.value()));
        if (!draft.childName.trimmed().isEmpty()) {
            auto childId = insertChild(session, out.memberId, child, checked.value());
            if (!childId.ok()) {
                return childId.error();
            }
            out.childId = childId.value();
        }
        return out;
    });
}

Result<qint64> addChild(SqlSession& session, const ChildEdit& child)
{
    if (const QString problem = childProblem(child, QDate::currentDate()); !problem.isEmpty()) {
        return Error(Error::Kind::Invalid, problem);
    }
    const auto checked = auditReason(child.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    return inTransaction<qint64>(session, [&]() -> Result<qint64> {
        SqlBuilder read("SELECT service_status FROM parents WHERE id = ");
        read.bind(child.memberId);
        auto row = readLockedRow(
            session, read, " FOR SHARE",
            MembersText::tr("Member #%1 does not exist (or is not in your part of the tree).").arg(child.memberId));
        if (!row.ok()) {
            return row.error();
        }
        if (row.value().at(0).toString() == QLatin1String("withdrawn")) {
            return Error(Error::Kind::Invalid,
                         MembersText::tr("Member #%1 has withdrawn; enrol them again (resume the service) before "
                                         "adding a child.")
                             .arg(child.memberId));
        }
        return insertChild(session, child.memberId, child, checked.value());
    });
}

Result<Done> updateChild(SqlSession& session, const ChildEdit& child)
{
    if (const QString problem = childProblem(child, QDate::currentDate()); !problem.isEmpty()) {
        return Error(Error::Kind::Invalid, problem);
    }
    const auto checked = auditReason(child.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    const QString what = MembersText::tr("Child #%1").arg(child.id);
    const QString name = child.name.trimmed();
    const QString className = child.className.trimmed();
    const QString birth = child.birthDate.isValid() ? child.birthDate.toString(Qt::ISODate) : QString();
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        SqlBuilder read("SELECT version, name, ");
        read.sql(session.dialect() == Dialect::PostgreSQL ? "CAST(birth_date AS TEXT)" : "birth_date");
        read.sql(", class_name, is_active FROM children WHERE id = ").bind(child.id);
        auto row =
            readLockedRow(session, read, " FOR UPDATE", MembersText::tr("%1 does not exist any more.").arg(what));
        if (!row.ok()) {
            return row.error();
        }
        const QVariantList r = row.value();
        if (r.at(0).toInt() != child.version) {
            return conflict(session, "children", child.id, what);
        }
        QJsonObject before;
        QJsonObject after;
        auto note = [&](const char* key, const QVariant& was, const QJsonValue& wanted) {
            const QJsonValue old = was.isNull() ? QJsonValue() : QJsonValue::fromVariant(was);
            if (old.toVariant().toString() != wanted.toVariant().toString()) {
                before.insert(QLatin1String(key), old);
                after.insert(QLatin1String(key), wanted);
            }
        };
        note("name", r.at(1), name);
        note("birth_date", r.at(2).toString().left(10).isEmpty() ? QVariant() : QVariant(r.at(2).toString().left(10)),
             optionalJson(birth));
        note("class_name", r.at(3), optionalJson(className));
        note("is_active", r.at(4).toBool(), child.active);
        if (after.isEmpty()) {
            return Error(Error::Kind::Invalid,
                         MembersText::tr("Nothing changed: %1 is stored like this already.").arg(what));
        }
        SqlBuilder update("UPDATE children SET name = ");
        update.bind(name).sql(", birth_date = ");
        if (birth.isEmpty()) {
            update.sql("NULL");
        } else {
            update.sql(session.dialect() == Dialect::PostgreSQL ? "CAST(" : "(").bind(birth);
            update.sql(session.dialect() == Dialect::PostgreSQL ? " AS DATE)" : ")");
        }
        update.sql(", class_name = ");
        bindOptional(update, className);
        update.sql(", is_active = ").bind(child.active).sql(", version = version + 1, updated_at = ");
        bindInstant(update, session.dialect(), SqlSession::nowText());
        update.sql(" WHERE id = ").bind(child.id).sql(" AND version = ").bind(child.version);
        QSqlQuery query;
        Error error;
        if (!session.exec(query, update, &error)) {
            return inTheDatabasesWords(error);
        }
        if (query.numRowsAffected() != 1) {
            return conflict(session, "children", child.id, what);
        }
        const bool leaves = before.contains(QStringLiteral("is_active")) && !child.active;
        const bool returns = before.contains(QStringLiteral("is_active")) && child.active;
        return appendAudit(session,
                           leaves    ? "child.deactivate"
                           : returns ? "child.reactivate"
                                     : "child.update",
                           "children", child.id, before, after, checked.value());
    });
}

namespace {
/// The bank's name for its code (contractTermsProblem() has checked the code).
QString bankName(const QString& code)
{
    for (const Bank& bank : cmsBanks()) {
        if (bank.code == code) {
            return bank.name;
        }
    }
    return code;
}

/// The account number's digits (hyphens dropped), the form that is sealed.
QString accountDigits(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    return digits;
}

/// Seals `digits` for contract `contractId` (docs/DOMAIN.md: the associated data binds the value
/// to its row). Invalid, in words, when the key file cannot be read.
Result<QByteArray> sealAccount(const QString& keyFile, const QString& digits, const QString& contractId)
{
    if (keyFile.isEmpty()) {
        return Error(Error::Kind::Invalid,
                     MembersText::tr("No field key is set up here, so an account number cannot be stored (it is "
                                     "kept only encrypted). Set the key file under Settings, security/fieldKeyFile, "
                                     "or on paydesk-server with --field-key."));
    }
    auto cipher = FieldCipher::fromKeyFile(keyFile);
    if (!cipher.ok()) {
        return Error(Error::Kind::Invalid,
                     MembersText::tr("The field key cannot be read, so the account number cannot be stored: %1")
                         .arg(cipher.error().message));
    }
    return cipher.value().seal(digits.toUtf8(), QByteArray("cms_info.account_number:") + contractId.toUtf8());
}

/// A new contract id: "CMS", the member's id and the time to the millisecond.
QString newContractId(qint64 memberId)
{
    return QStringLiteral("CMS%1-%2")
        .arg(memberId, 9, 10, QLatin1Char('0'))
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyMMddHHmmsszzz")));
}

QJsonObject termsJson(const QString& bankCode, const QString& holder, const QString& last4, int day, qint64 amount)
{
    return QJsonObject{{QStringLiteral("bank_code"), bankCode},
                       {QStringLiteral("account_holder"), holder},
                       {QStringLiteral("account_last4"), last4},
                       {QStringLiteral("payment_day"), day},
                       {QStringLiteral("monthly_amount"), amount}};
}
} // namespace

Result<RegisteredContract> registerContract(SqlSession& session, const ContractTerms& terms, const QString& keyFile)
{
    if (const QString problem = contractTermsProblem(terms, true); !problem.isEmpty()) {
        return Error(Error::Kind::Invalid, problem);
    }
    const auto checked = auditReason(terms.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    const QString digits = accountDigits(terms.accountNumber);
    const QString last4 = digits.right(4);
    const QString holder = terms.accountHolder.trimmed();
    const QString what = MembersText::tr("Member #%1").arg(terms.memberId);
    return inTransaction<RegisteredContract>(session, [&]() -> Result<RegisteredContract> {
        SqlBuilder read("SELECT pa.service_status, c.id, c.cms_status, c.contract_id, c.bank_code, c.account_holder, "
                        "c.account_last4, c.payment_day, c.monthly_amount FROM parents pa LEFT JOIN cms_info c ON "
                        "c.parent_id = pa.id WHERE pa.id = ");
        read.bind(terms.memberId);
        auto row = readLockedRow(session, read, " FOR UPDATE OF pa",
                                 MembersText::tr("%1 does not exist (or is not in your part of the tree).").arg(what));
        if (!row.ok()) {
            return row.error();
        }
        const QVariantList r = row.value();
        if (r.at(0).toString() == QLatin1String("withdrawn")) {
            return Error(
                Error::Kind::Invalid,
                MembersText::tr("%1 has withdrawn; enrol them again before registering a contract.").arg(what));
        }
        const qint64 existing = r.at(1).isNull() ? 0 : r.at(1).toLongLong();
        if (existing > 0 && r.at(2).toString() != QLatin1String("terminated")) {
            return Error(Error::Kind::Invalid,
                         MembersText::tr("%1 has contract %2 (%3) already; change its terms, or terminate it first.")
                             .arg(what, r.at(3).toString(), r.at(2).toString()));
        }
        RegisteredContract out;
        out.contractId = newContractId(terms.memberId);
        auto sealed = sealAccount(keyFile, digits, out.contractId);
        if (!sealed.ok()) {
            return sealed.error();
        }
        const Dialect d = session.dialect();
        QSqlQuery query;
        Error error;
        SqlBuilder write(existing > 0 ? "UPDATE cms_info SET contract_id = "
                                      : "INSERT INTO cms_info (parent_id, contract_id, bank_code, bank_name, "
                                        "account_holder, account_number_enc, account_last4, payment_day, "
                                        "monthly_amount, cms_status) VALUES (");
        if (existing > 0) {
            write.bind(out.contractId).sql(", bank_code = ").bind(terms.bankCode);
            write.sql(", bank_name = ").bind(bankName(terms.bankCode)).sql(", account_holder = ").bind(holder);
            write.sql(", account_number_enc = ").bind(QVariant(sealed.value())).sql(", account_last4 = ").bind(last4);
            write.sql(", payment_day = ").bind(terms.paymentDay).sql(", monthly_amount = ").bind(terms.monthlyAmount);
            write.sql(", cms_status = 'pending_registration', version = version + 1, updated_at = ");
            bindInstant(write, d, SqlSession::nowText());
            write.sql(" WHERE id = ").bind(existing).sql(" RETURNING id");
        } else {
            write.bind(terms.memberId).sql(", ").bind(out.contractId).sql(", ").bind(terms.bankCode).sql(", ");
            write.bind(bankName(terms.bankCode)).sql(", ").bind(holder).sql(", ").bind(QVariant(sealed.value()));
            write.sql(", ").bind(last4).sql(", ").bind(terms.paymentDay).sql(", ").bind(terms.monthlyAmount);
            write.sql(", 'pending_registration') RETURNING id");
        }
        if (!session.exec(query, write, &error)) {
            return inTheDatabasesWords(error);
        }
        if (!query.next()) {
            return Error(Error::Kind::Internal, MembersText::tr("The contract's id did not come back."));
        }
        out.id = query.value(0).toLongLong();
        query.finish();
        QJsonObject before;
        if (existing > 0) {
            before = termsJson(r.at(4).toString(), r.at(5).toString(), r.at(6).toString(), r.at(7).toInt(),
                               r.at(8).toLongLong());
            before.insert(QStringLiteral("contract_id"), r.at(3).toString());
            before.insert(QStringLiteral("cms_status"), QStringLiteral("terminated"));
        }
        QJsonObject after = termsJson(terms.bankCode, holder, last4, terms.paymentDay, terms.monthlyAmount);
        after.insert(QStringLiteral("contract_id"), out.contractId);
        after.insert(QStringLiteral("parent_id"), terms.memberId);
        after.insert(QStringLiteral("cms_status"), QStringLiteral("pending_registration"));
        PD_TRY(appendAudit(session, "cms.register", "cms_info", out.id, before, after, checked.value()));
        return out;
    });
}

Result<Done> changeContractTerms(SqlSession& session, const ContractTerms& terms, const QString& keyFile)
{
    if (const QString problem = contractTermsProblem(terms, false); !problem.isEmpty()) {
        return Error(Error::Kind::Invalid, problem);
    }
    const auto checked = auditReason(terms.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    const QString what = MembersText::tr("Auto-debit contract #%1").arg(terms.id);
    const QString holder = terms.accountHolder.trimmed();
    const QString digits = accountDigits(terms.accountNumber);
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        SqlBuilder read("SELECT version, cms_status, contract_id, bank_code, account_holder, account_last4, "
                        "payment_day, monthly_amount FROM cms_info WHERE id = ");
        read.bind(terms.id);
        auto row =
            readLockedRow(session, read, " FOR UPDATE", MembersText::tr("%1 does not exist any more.").arg(what));
        if (!row.ok()) {
            return row.error();
        }
        const QVariantList r = row.value();
        if (r.at(0).toInt() != terms.version) {
            return conflict(session, "cms_info", terms.id, what);
        }
        if (r.at(1).toString() == QLatin1String("terminated")) {
            return Error(
                Error::Kind::Invalid,
                MembersText::tr("%1 is terminated; its terms do not change. Register a new contract.").arg(what));
        }
        const QString last4 = digits.isEmpty() ? r.at(5).toString() : digits.right(4);
        const QJsonObject was = termsJson(r.at(3).toString(), r.at(4).toString(), r.at(5).toString(), r.at(6).toInt(),
                                          r.at(7).toLongLong());
        const QJsonObject wanted = termsJson(terms.bankCode, holder, last4, terms.paymentDay, terms.monthlyAmount);
        QJsonObject before;
        QJsonObject after;
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            if (was.value(it.key()) != it.value()) {
                before.insert(it.key(), was.value(it.key()));
                after.insert(it.key(), it.value());
            }
        }
        if (!digits.isEmpty()) {
            // A new account, even with the same last four digits, is a change worth a line.
            after.insert(QStringLiteral("account_number"), QStringLiteral("changed"));
        }
        if (after.isEmpty()) {
            return Error(Error::Kind::Invalid,
                         MembersText::tr("Nothing changed: %1 has these terms already.").arg(what));
        }
        SqlBuilder update("UPDATE cms_info SET bank_code = ");
        update.bind(terms.bankCode).sql(", bank_name = ").bind(bankName(terms.bankCode));
        update.sql(", account_holder = ").bind(holder).sql(", payment_day = ").bind(terms.paymentDay);
        update.sql(", monthly_amount = ").bind(terms.monthlyAmount);
        if (!digits.isEmpty()) {
            auto sealed = sealAccount(keyFile, digits, r.at(2).toString());
            if (!sealed.ok()) {
                return sealed.error();
            }
            update.sql(", account_number_enc = ").bind(QVariant(sealed.value())).sql(", account_last4 = ").bind(last4);
        }
        update.sql(", version = version + 1, updated_at = ");
        bindInstant(update, session.dialect(), SqlSession::nowText());
        update.sql(" WHERE id = ").bind(terms.id).sql(" AND version = ").bind(terms.version);
        QSqlQuery query;
        Error error;
        if (!session.exec(query, update, &error)) {
            return inTheDatabasesWords(error);
        }
        if (query.numRowsAffected() != 1) {
            return conflict(session, "cms_info", terms.id, what);
        }
        return appendAudit(session, "cms.change_terms", "cms_info", terms.id, before, after, checked.value());
    });
}

} // namespace pd::sql
