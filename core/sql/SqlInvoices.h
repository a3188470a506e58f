#pragma once

#include "Invoices.h"
#include "Result.h"

#include <optional>

namespace pd::sql {

class SqlSession;

/// The active BCH account, or nullopt when none is set up.
Result<std::optional<BchAccount>> activeBchAccount(SqlSession& session);

/// Makes `xpubText` the account new invoices take addresses from. The key must be an account
/// extended public key (depth 3, as exported for m/44'/145'/0'); xpub goes with mainnet, tpub
/// with testnet or regtest. Setting a key used before re-activates it with its next index, so
/// no address is ever handed out twice. Audited.
Result<BchAccount> setBchAccount(SqlSession& session, const QString& name, const QString& xpubText,
                                 bch::Network network);

/// Creates an invoice in one transaction: takes the account's next index (row-locked, so
/// concurrent operators get different ones), derives the address at 0/index, inserts the
/// invoice and its audit row. Validation errors say what to fix; on any error nothing is
/// stored and the index is not consumed.
Result<CreatedInvoice> createInvoice(SqlSession& session, const InvoiceDraft& draft);

/// Applies a manual status change with its audit row in one transaction. Refuses a change the
/// workflow does not allow, a missing or malformed transaction hash or reason, and a stale
/// version (Error::Kind::Conflict, naming who changed the invoice and when).
Result<Done> changeInvoice(SqlSession& session, const InvoiceChange& change);

/// The invoices for a printed sheet, with member, institution and center names.
Result<QVector<InvoiceSheetItem>> invoiceSheetItems(SqlSession& session, const InvoiceSheetRequest& request);

} // namespace pd::sql
