#pragma once

#include "Operations.h"
#include "chain/ElectrumClient.h"

#include <any>
#include <functional>

namespace pd::sql {

class SqlSession;

/// What an operation's SQL needs besides its request: files on the computer that runs it.
struct OperationContext
{
    QString fieldKeyFile;                           ///< FieldCipher key for revealAccountNumber
    QVector<chain::ElectrumServer> electrumServers; ///< checkInvoiceOnChain's servers (none: refused)
    int confirmations = 1;                          ///< a payment is settled at this many
};

/// The SQL of one operation: takes the operation's request type in `request` and answers its
/// response type, or the error of the sql:: function it calls.
using OperationHandler =
    std::function<Result<std::any>(SqlSession& session, const std::any& request, const OperationContext& context)>;

/// The SQL that serves an operation of the table (core/Operations.h), shared by SqlBackend
/// and paydesk-server's routes; null for routes without SQL of their own (sign-in, health,
/// "me", files).
const OperationHandler* handlerFor(const ops::Operation& op);

} // namespace pd::sql
