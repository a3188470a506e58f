#include "Kyc.h"

#include <algorithm>

namespace pd {

QString kycActionKey(KycAction action)
{
    switch (action) {
    case KycAction::Approve:
        return QStringLiteral("approve");
    case KycAction::Reject:
        return QStringLiteral("reject");
    case KycAction::RequestInfo:
        return QStringLiteral("request_info");
    }
    return {};
}

QString kycActionStatus(KycAction action)
{
    switch (action) {
    case KycAction::Approve:
        return QStringLiteral("approved");
    case KycAction::Reject:
        return QStringLiteral("rejected");
    case KycAction::RequestInfo:
        return QStringLiteral("needs_info");
    }
    return {};
}

namespace {
struct RejectReason
{
    const char* code;
    const char* text;
};
constexpr RejectReason kRejectReasons[] = {
    {"document_expired", "document expired"},
    {"unreadable", "photo or scan unreadable"},
    {"name_mismatch", "name does not match the account"},
    {"type_not_accepted", "document type not accepted"},
    {"suspected_forgery", "suspected forgery or tampering"},
    {"sanctions_match", "sanctions or watch-list match"},
    {"other", "other"},
};
} // namespace

QStringList kycRejectReasons()
{
    QStringList codes;
    for (const auto& reason : kRejectReasons) {
        codes.append(QLatin1String(reason.code));
    }
    return codes;
}

QString kycRejectReasonText(const QString& code)
{
    for (const auto& reason : kRejectReasons) {
        if (code == QLatin1String(reason.code)) {
            return QLatin1String(reason.text);
        }
    }
    return code;
}

UserKyc userKycFrom(const QVector<KycDocumentState>& documentsOldestFirst)
{
    UserKyc kyc;
    for (const auto& document : documentsOldestFirst) {
        if (document.status == QLatin1String("approved")) {
            kyc.level = std::max(kyc.level, document.level);
        }
    }
    if (kyc.level > 0) {
        kyc.status = QStringLiteral("approved");
    } else if (!documentsOldestFirst.isEmpty()) {
        kyc.status = documentsOldestFirst.constLast().status;
    } else {
        kyc.status = QStringLiteral("pending");
    }
    return kyc;
}

KycSla kycSlaFor(qint64 ageSeconds, int slaHours)
{
    const qint64 sla = qint64(std::max(1, slaHours)) * 3600;
    if (ageSeconds > sla) {
        return KycSla::Overdue;
    }
    return ageSeconds * 2 > sla ? KycSla::DueSoon : KycSla::OnTime;
}

QString kycSlaKey(KycSla sla)
{
    switch (sla) {
    case KycSla::OnTime:
        return QStringLiteral("on_time");
    case KycSla::DueSoon:
        return QStringLiteral("due_soon");
    case KycSla::Overdue:
        return QStringLiteral("overdue");
    case KycSla::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

qint64 medianOf(QVector<qint64> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const int n = values.size();
    if (n % 2 == 1) {
        return values[n / 2];
    }
    return values[n / 2 - 1] + (values[n / 2] - values[n / 2 - 1]) / 2;
}

} // namespace pd
